import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type {
  SignalCategory,
  SignalStatus,
  SignalStatusEntry,
  SignalSubmission,
} from '../../utils/schemas/signal';
import type { SignalListQuery, StatusUpdate, TriageSignal } from '../../utils/schemas/triage';
import type { GroupableSignal } from '../grouping/group-signals';
import { normaliseRule } from '../grouping/normalise-rule';
import type { Revision } from './revision';

/** What happened to a submission: stored, a harmless repeat, or a different body under a used id. */
export type InsertOutcome = 'created' | 'duplicate' | 'conflict';

interface SignalRow {
  id: string;
  received_at: string;
  created_at: string;
  category: SignalCategory;
  summary: string;
  description: string;
  rule: string | null;
  effects: string;
  frequency: TriageSignal['frequency'];
  suggestion: string | null;
  source_kind: TriageSignal['context']['source']['kind'];
  source_ref: string | null;
  role: TriageSignal['context']['role'];
  municipality: string;
  app_version: string;
  team: string;
  status: SignalStatus;
  answer: string | null;
  article_id: string | null;
  status_updated_at: string;
  group_id: number | null;
}

const TRIAGE_COLUMNS = `id, received_at, created_at, category, summary, description, rule, effects, frequency,
  suggestion, source_kind, source_ref, role, municipality, app_version, team, status, answer, article_id,
  status_updated_at, group_id`;

// One static statement for every filter combination: a NULL parameter switches its condition off,
// so no SQL is ever assembled from request data.
const FILTER = `
  (@status IS NULL OR status = @status)
  AND (@category IS NULL OR category = @category)
  AND (@from IS NULL OR occurred_at >= @from)
  AND (@to IS NULL OR occurred_at < @to)
  AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
  AND (@words IS NULL OR NOT EXISTS (
    SELECT 1 FROM json_each(@words) AS word
    WHERE (summary || ' ' || description || ' ' || coalesce(rule, '') || ' ' || coalesce(suggestion, ''))
      NOT LIKE '%' || word.value || '%' ESCAPE '\\'
  ))`;

export interface SignalFilter extends Omit<SignalListQuery, 'group'> {
  /** Restrict to these ids (a group's members). */
  ids?: readonly string[];
}

export interface SignalRepository {
  insert(submission: SignalSubmission, team: string): InsertOutcome;
  /** Statuses of those of `ids` that were sent with `submitterKey`; others are silently left out. */
  statusesFor(ids: readonly string[], submitterKey: string): SignalStatusEntry[];
  list(filter: SignalFilter): { signals: TriageSignal[]; total: number };
  byIds(ids: readonly string[]): TriageSignal[];
  /** Ids of `ids` that exist. */
  existing(ids: readonly string[]): string[];
  /** Every signal, in arrival order. */
  groupingRows(): GroupableSignal[];
  /** Sets status (and answer/article when given) on every signal of `ids`; returns the updated ids. */
  setStatus(ids: readonly string[], update: StatusUpdate, team: string): string[];
  count(): number;
}

export function bodyHash(submission: SignalSubmission): string {
  // zod returns keys in schema order, so equal submissions serialise to equal strings.
  return createHash('sha256').update(JSON.stringify(submission)).digest('hex');
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Start of the day after `day`, so `to` includes the whole day. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

function toTriageSignal(row: SignalRow): TriageSignal {
  return {
    id: row.id,
    createdAt: row.created_at,
    category: row.category,
    summary: row.summary,
    description: row.description,
    ...(row.rule === null ? {} : { rule: row.rule }),
    effects: JSON.parse(row.effects) as TriageSignal['effects'],
    frequency: row.frequency,
    ...(row.suggestion === null ? {} : { suggestion: row.suggestion }),
    context: {
      source: { kind: row.source_kind, ...(row.source_ref === null ? {} : { ref: row.source_ref }) },
      role: row.role,
      municipality: row.municipality,
      appVersion: row.app_version,
    },
    receivedAt: row.received_at,
    team: row.team,
    status: row.status,
    ...(row.answer === null ? {} : { answer: row.answer }),
    ...(row.article_id === null ? {} : { articleId: row.article_id }),
    statusUpdatedAt: row.status_updated_at,
    ...(row.group_id === null ? {} : { mergedInto: `merged-${row.group_id}` }),
  };
}

export function createSignalRepository(
  db: Database,
  revision: Revision,
  now: () => Date = () => new Date(),
): SignalRepository {
  const insert = db.prepare(`
    INSERT INTO signals (id, body_sha256, received_at, created_at, occurred_at, category, summary, description,
      rule, rule_key, effects, frequency, suggestion, source_kind, source_ref, role, municipality, app_version,
      submitter_key, team, status_updated_at)
    VALUES (@id, @bodySha256, @receivedAt, @createdAt, @occurredAt, @category, @summary, @description,
      @rule, @ruleKey, @effects, @frequency, @suggestion, @sourceKind, @sourceRef, @role, @municipality, @appVersion,
      @submitterKey, @team, @receivedAt)
    ON CONFLICT (id) DO NOTHING`);
  const hashOf = db.prepare<[string], { body_sha256: string }>('SELECT body_sha256 FROM signals WHERE id = ?');
  const statuses = db.prepare<
    [string, string],
    { id: string; status: SignalStatus; answer: string | null; article_id: string | null; status_updated_at: string }
  >(`
    SELECT id, status, answer, article_id, status_updated_at FROM signals
    WHERE submitter_key = ? AND id IN (SELECT value FROM json_each(?))`);
  const list = db.prepare<Record<string, unknown>, SignalRow>(`
    SELECT ${TRIAGE_COLUMNS} FROM signals WHERE ${FILTER}
    ORDER BY occurred_at DESC, id LIMIT @limit OFFSET @offset`);
  const countFiltered = db.prepare<Record<string, unknown>, { total: number }>(
    `SELECT count(*) AS total FROM signals WHERE ${FILTER}`,
  );
  const byIds = db.prepare<[string], SignalRow>(`
    SELECT ${TRIAGE_COLUMNS} FROM signals WHERE id IN (SELECT value FROM json_each(?))
    ORDER BY occurred_at, id`);
  const existing = db.prepare<[string], { id: string }>(
    'SELECT id FROM signals WHERE id IN (SELECT value FROM json_each(?))',
  );
  const groupingRows = db.prepare<[], GroupableSignal>(`
    SELECT id, category, rule, rule_key AS ruleKey, summary, occurred_at AS occurredAt, status, group_id AS groupId
    FROM signals ORDER BY rowid`);
  const setStatus = db.prepare(`
    UPDATE signals SET status = @status,
      answer = coalesce(@answer, answer),
      article_id = coalesce(@articleId, article_id),
      status_updated_at = @at, status_team = @team
    WHERE id IN (SELECT value FROM json_each(@ids))
    RETURNING id`);
  const count = db.prepare<[], { total: number }>('SELECT count(*) AS total FROM signals');

  function filterParams(filter: SignalFilter): Record<string, unknown> {
    const words = filter.q?.split(/\s+/).filter((word) => word !== '').map(escapeLike);
    return {
      status: filter.status ?? null,
      category: filter.category ?? null,
      from: filter.from === undefined ? null : `${filter.from}T00:00:00.000Z`,
      to: filter.to === undefined ? null : dayAfter(filter.to),
      ids: filter.ids === undefined ? null : JSON.stringify(filter.ids),
      words: words === undefined ? null : JSON.stringify(words),
    };
  }

  return {
    insert(submission, team) {
      const receivedAt = now().toISOString();
      const createdAt = new Date(submission.createdAt).toISOString();
      const bodySha256 = bodyHash(submission);
      const result = insert.run({
        id: submission.id,
        bodySha256,
        receivedAt,
        createdAt: submission.createdAt,
        occurredAt: createdAt < receivedAt ? createdAt : receivedAt,
        category: submission.category,
        summary: submission.summary,
        description: submission.description,
        rule: submission.rule ?? null,
        ruleKey: submission.rule === undefined ? null : normaliseRule(submission.rule),
        effects: JSON.stringify(submission.effects),
        frequency: submission.frequency,
        suggestion: submission.suggestion ?? null,
        sourceKind: submission.context.source.kind,
        sourceRef: submission.context.source.ref ?? null,
        role: submission.context.role,
        municipality: submission.context.municipality,
        appVersion: submission.context.appVersion,
        submitterKey: submission.submitterKey,
        team,
      });
      if (result.changes === 1) {
        revision.bump();
        return 'created';
      }
      return hashOf.get(submission.id)?.body_sha256 === bodySha256 ? 'duplicate' : 'conflict';
    },

    statusesFor(ids, submitterKey) {
      return statuses.all(submitterKey, JSON.stringify(ids)).map((row) => ({
        id: row.id,
        status: row.status,
        ...(row.answer === null ? {} : { answer: row.answer }),
        ...(row.article_id === null ? {} : { articleId: row.article_id }),
        updatedAt: row.status_updated_at,
      }));
    },

    list(filter) {
      const params = filterParams(filter);
      return {
        signals: list.all({ ...params, limit: filter.limit, offset: filter.offset }).map(toTriageSignal),
        total: countFiltered.get(params)?.total ?? 0,
      };
    },

    byIds(ids) {
      return byIds.all(JSON.stringify(ids)).map(toTriageSignal);
    },

    existing(ids) {
      return existing.all(JSON.stringify(ids)).map((row) => row.id);
    },

    groupingRows() {
      return groupingRows.all();
    },

    setStatus(ids, update, team) {
      const updated = setStatus
        .all({
          ids: JSON.stringify(ids),
          status: update.status,
          answer: update.answer ?? null,
          articleId: update.articleId ?? null,
          at: now().toISOString(),
          team,
        })
        .map((row) => (row as { id: string }).id);
      if (updated.length > 0) revision.bump();
      return updated;
    },

    count() {
      return count.get()?.total ?? 0;
    },
  };
}

/** @vitest-environment node */
/**
 * The triage client (utils/triage) against the real inbox application (server/), in process, on a
 * temporary SQLite file: every request shape the Triage view sends is one the inbox accepts, and
 * every answer it gives passes the client's checks. The submitter's outbox sees the result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestInbox, type TestInbox } from '../../server/testing/test-inbox';
import { KommaDB } from '../../utils/db/komma-db';
import { createOutbox } from '../../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../../utils/outbox/dexie-outbox-store';
import type { FetchLike } from '../../utils/outbox/post-signal';
import { createTriageClient } from '../../utils/triage/create-triage-client';
import { makeSubmission } from '../fixtures/signals';

const ENDPOINT = 'http://inbox.test';
let inbox: TestInbox;
const dbs: KommaDB[] = [];

afterEach(async () => {
  inbox?.close();
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(options: Parameters<typeof createTestInbox>[0] = {}) {
  inbox = createTestInbox(options);
  const fetch: FetchLike = async (input, init) => inbox.app.request(input, init);
  const db = new KommaDB(`triage-contract-${crypto.randomUUID()}`);
  dbs.push(db);
  const outbox = createOutbox({
    store: createDexieOutboxStore(db),
    fetch,
    config: async () => ({ endpoint: ENDPOINT, token: inbox.tokens.submit }),
  });
  const triage = createTriageClient({
    fetch,
    config: async () => ({ endpoint: ENDPOINT, token: inbox.tokens.triage }),
  });
  const submitOnly = createTriageClient({
    fetch,
    config: async () => ({ endpoint: ENDPOINT, token: inbox.tokens.submit }),
  });
  return { outbox, triage, submitOnly };
}

/** Two signals about the same rule, sent through the outbox as the extension does. */
async function sendTwoSimilar(outbox: ReturnType<typeof setup>['outbox']) {
  const submitterKey = await outbox.identity();
  const first = makeSubmission({
    submitterKey,
    category: 'lokaal-beleid',
    rule: 'Verordening bijzondere bijstand art. 4',
    summary: 'De verordening noemt geen termijn voor bijzondere bijstand',
  });
  const second = makeSubmission({
    submitterKey,
    category: 'lokaal-beleid',
    rule: 'verordening bijzondere bijstand artikel 4',
    summary: 'Geen beslistermijn voor bijzondere bijstand in de verordening',
  });
  await outbox.submit(first);
  await outbox.submit(second);
  expect(await outbox.flush()).toMatchObject({ delivered: 2 });
  return [first, second] as const;
}

describe('triage client → inbox', () => {
  it('a submit token gets the Dutch "only sending" explanation, not the groups', async () => {
    const { submitOnly } = setup();
    const result = await submitOnly.groups();
    expect(result.ok || result.problem).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: expect.stringMatching(/alleen signalen versturen/),
    });
  });

  it('groups similar signals, answers the group, and the submitter sees the answer and the article', async () => {
    const { outbox, triage } = setup();
    const [first, second] = await sendTwoSimilar(outbox);
    const groups = await triage.groups();
    if (!groups.ok) throw new Error(groups.problem.message);
    expect(groups.value.groups).toHaveLength(1);
    const [group] = groups.value.groups;
    expect(group).toMatchObject({ kind: 'rule', count: 2, statuses: { nieuw: 2 } });

    const members = await triage.signals({ group: group!.key, limit: 500 });
    expect(members.ok && members.value.signals.map((signal) => signal.id).sort()).toEqual([first.id, second.id].sort());
    expect(JSON.stringify(members)).not.toContain(first.submitterKey);

    const answer = 'De verordening noemt nu een termijn van acht weken.';
    const set = await triage.setStatus(
      { group: group!.key },
      { status: 'beleid-aangepast', answer, articleId: 'bijzondere-bijstand' },
    );
    expect(set.ok && set.value.updated).toBe(2);

    expect(await outbox.pollStatuses()).toBe(2);
    const items = await outbox.list();
    expect(items.map((item) => item.remote)).toEqual([
      expect.objectContaining({ status: 'beleid-aangepast', answer, articleId: 'bijzondere-bijstand' }),
      expect.objectContaining({ status: 'beleid-aangepast', answer, articleId: 'bijzondere-bijstand' }),
    ]);
    expect(await outbox.unseenCount()).toBe(2);
  });

  it('passes on the inbox reasons when an answer holds a BSN, and nothing changes', async () => {
    const { outbox, triage } = setup();
    const [first] = await sendTwoSimilar(outbox);
    const result = await triage.setStatus(
      { signal: first.id },
      { status: 'opgelost', answer: 'Opgelost voor BSN 111222333.' },
    );
    expect(result.ok || result.problem).toMatchObject({
      kind: 'rejected',
      status: 400,
      message: 'Het antwoord bevat persoonsgegevens.',
      reasons: [expect.objectContaining({ path: 'answer' })],
    });
    const after = await triage.signals();
    expect(after.ok && after.value.signals.every((signal) => signal.status === 'nieuw')).toBe(true);
  });

  it('makes a hand-made group of a selection, takes one out again, and exports for the policy adviser', async () => {
    const { outbox, triage } = setup();
    const [first, second] = await sendTwoSimilar(outbox);
    const merged = await triage.merge({ signalIds: [first.id, second.id], title: 'Termijn bijzondere bijstand' });
    if (!merged.ok) throw new Error(merged.problem.message);
    expect(merged.value.group).toMatchObject({ kind: 'merged', title: 'Termijn bijzondere bijstand', count: 2 });

    const markdown = await triage.export({ format: 'markdown', group: merged.value.group.key });
    expect(markdown.ok && markdown.value.fileName).toMatch(/^komma-signalen-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.ok && markdown.value.text).toContain('Termijn bijzondere bijstand');
    const csv = await triage.export({ format: 'csv', ids: `${first.id},${second.id}` });
    expect(csv.ok && csv.value.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.ok && csv.value.text).toContain(first.id);

    expect(await triage.removeFromGroup(merged.value.group.key, second.id)).toEqual({
      ok: true,
      value: { removed: true },
    });
    const again = await triage.removeFromGroup(merged.value.group.key, second.id);
    expect(again.ok || again.problem.kind).toBe('not-found');
    const computed = await triage.removeFromGroup(`text-${first.id}`, first.id);
    expect(computed.ok || computed.problem).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('samengevoegde groep'),
    });
  });

  it('429 from the inbox rate limit comes back with the wait it asks for', async () => {
    const { triage } = setup({ rateLimit: { limit: 2, windowMs: 60_000 } });
    await triage.groups();
    await triage.groups();
    const limited = await triage.groups();
    expect(limited.ok || limited.problem).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: expect.any(Number),
    });
    expect(limited.ok || limited.problem.retryAfterMs).toBeGreaterThan(0);
  });
});

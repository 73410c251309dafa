import { computed, createModel, signal } from '@preact/signals';
import { findPersonalData, redact } from '../utils/privacy';
import type { Article } from '../utils/schemas/article';
import type { UserRole } from '../utils/schemas/roles';
import { SIGNAL_STATUS_LABELS, type SignalCategory, type SignalStatus } from '../utils/schemas/signal';
import { isFinalStatus, statusUpdateSchema, type SignalGroup, type TriageSignal } from '../utils/schemas/triage';
import type { StatusTarget } from '../utils/triage/status-target';
import { periodStart, type TriagePeriod } from '../utils/triage/triage-period';
import type { TriageExportFile, TriageProblem, TriageResult } from '../utils/triage/triage-result';
import { blockedKindsPhrase } from '../utils/signals/scan-signal';
import type { KnowledgeModel } from './KnowledgeModel';
import type { PanelModel } from './PanelModel';
import type { KommaServices } from './services';

/** Roles whose work is triage; with a token that has triage scope they see the Triage view. */
export const TRIAGE_ROLES: readonly UserRole[] = ['signaleringsconsulent', 'beleidsmedewerker'];

/**
 * What the last groups request said about this token:
 * granted (triage scope), forbidden (submit only), unauthorized (unknown token), no-endpoint,
 * unavailable (network, 429, 5xx: try again).
 */
export type TriageAccess = 'unknown' | 'granted' | 'forbidden' | 'unauthorized' | 'no-endpoint' | 'unavailable';

export interface TriageFilters {
  status?: SignalStatus;
  category?: SignalCategory;
  period: TriagePeriod;
  /** Words that must occur in a signal of the group. */
  text: string;
}

export interface StatusDraft {
  target: StatusTarget;
  status: SignalStatus;
  answer: string;
  articleId: string;
}

type StatusField = 'status' | 'answer' | 'articleId';

/** The inbox answers at most this many signals per request. */
const PAGE = 500;
/** Enough pages for any municipality's signals; a text filter never loops for ever. */
const MAX_PAGES = 40;

const DEFAULT_FILTERS: TriageFilters = { period: 'alles', text: '' };

function transportProblem(error: unknown): TriageProblem {
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

/** A call of the triage services that never throws: a failing transport becomes a problem too. */
async function attempt<T>(call: () => Promise<TriageResult<T>>): Promise<TriageResult<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problem: transportProblem(error) };
  }
}

function accessOf(problem: TriageProblem): TriageAccess {
  switch (problem.kind) {
    case 'forbidden':
    case 'unauthorized':
    case 'no-endpoint':
      return problem.kind;
    default:
      return 'unavailable';
  }
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** The same answer for every member, or nothing: a group answer must not guess. */
function shared<T>(values: readonly T[]): T | undefined {
  return values.length > 0 && values.every((value) => value === values[0]) ? values[0] : undefined;
}

/**
 * Triage for signaleringsconsulenten (Leeuwarden step b and c): groups of similar signals with
 * their counts and trend, one group's signals, merging, a status with a public answer, and an
 * export for the policy adviser. Talks to the inbox only through services.triage.
 */
export const TriageModel = createModel((services: KommaServices, panel: PanelModel, knowledge: KnowledgeModel) => {
  const access = signal<TriageAccess>('unknown');
  const accessProblem = signal<TriageProblem | undefined>(undefined);
  const filters = signal<TriageFilters>(DEFAULT_FILTERS);
  const groups = signal<SignalGroup[]>([]);
  const groupsLoaded = signal(false);
  const loadingGroups = signal(false);
  const listProblem = signal<TriageProblem | undefined>(undefined);

  const openKey = signal<string | undefined>(undefined);
  /** The open group as last seen; kept while the list reloads, so the view does not jump. */
  const openGroup = signal<SignalGroup | undefined>(undefined);
  const members = signal<TriageSignal[]>([]);
  const loadingMembers = signal(false);
  const groupProblem = signal<TriageProblem | undefined>(undefined);
  const selected = signal<ReadonlySet<string>>(new Set());
  const busy = signal(false);
  const notice = signal<string | undefined>(undefined);

  const statusDraft = signal<StatusDraft | undefined>(undefined);
  const statusErrors = signal<Partial<Record<StatusField, string>>>({});
  const statusProblem = signal<TriageProblem | undefined>(undefined);
  const saving = signal(false);

  const eligible = computed(() => {
    const role = panel.role.value;
    return role !== undefined && TRIAGE_ROLES.includes(role);
  });

  const answerFindings = computed(() => findPersonalData(statusDraft.value?.answer ?? ''));
  /** Why the answer may not be sent (a BSN or IBAN in it); the inbox would refuse it as well. */
  const answerBlocked = computed<string | undefined>(() => {
    const named = blockedKindsPhrase(answerFindings.value);
    return (
      named &&
      `Het antwoord bevat ${named}. Dat mag nooit naar de melder. Haal het weg of vervang het door een plaatshouder.`
    );
  });

  /**
   * Articles to link an answer to: those the group's signals were made from come first, then the
   * rest of the pack in alphabetical order.
   */
  const articleSuggestions = computed<Article[]>(() => {
    const referenced = new Set(
      members.value.flatMap((member) =>
        member.context.source.kind === 'article' && member.context.source.ref ? [member.context.source.ref] : [],
      ),
    );
    const byTitle = [...knowledge.pack.value.articles].sort((a, b) => a.title.localeCompare(b.title, 'nl'));
    return [
      ...byTitle.filter((article) => referenced.has(article.id)),
      ...byTitle.filter((article) => !referenced.has(article.id)),
    ];
  });

  let groupsRequest = 0;
  let membersRequest = 0;

  /** Ids of the signals matching the text and period filters, across every page the inbox has. */
  async function matchingIds(current: TriageFilters): Promise<TriageResult<Set<string>>> {
    const ids = new Set<string>();
    const from = periodStart(current.period, services.now());
    const text = current.text.trim();
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await attempt(() =>
        services.triage.signals({
          ...(current.status ? { status: current.status } : {}),
          ...(current.category ? { category: current.category } : {}),
          ...(from ? { from } : {}),
          ...(text ? { q: text } : {}),
          limit: PAGE,
          offset: page * PAGE,
        }),
      );
      if (!result.ok) return result;
      for (const found of result.value.signals) ids.add(found.id);
      if (result.value.signals.length < PAGE || ids.size >= result.value.total) break;
    }
    return { ok: true, value: ids };
  }

  /** Loads the groups with the current filters; the first answer also tells whether this token may triage. */
  async function loadGroups(): Promise<void> {
    const request = ++groupsRequest;
    const current = filters.value;
    loadingGroups.value = true;
    try {
      const result = await attempt(() =>
        services.triage.groups({
          ...(current.status ? { status: current.status } : {}),
          ...(current.category ? { category: current.category } : {}),
        }),
      );
      let found = result.ok ? result.value.groups : [];
      let problem = result.ok ? undefined : result.problem;
      if (result.ok && (current.text.trim() !== '' || current.period !== 'alles')) {
        const ids = await matchingIds(current);
        if (ids.ok) found = found.filter((group) => group.signalIds.some((id) => ids.value.has(id)));
        else problem = ids.problem;
      }
      if (request !== groupsRequest) return;
      if (problem) {
        listProblem.value = problem;
        // A passing network fault must not take away a view that worked a moment ago.
        if (!(access.value === 'granted' && accessOf(problem) === 'unavailable')) {
          access.value = accessOf(problem);
          accessProblem.value = problem;
        }
        return;
      }
      access.value = 'granted';
      accessProblem.value = undefined;
      listProblem.value = undefined;
      groups.value = found;
      groupsLoaded.value = true;
      const key = openKey.value;
      if (key) {
        const fresh = found.find((group) => group.key === key);
        if (fresh) openGroup.value = fresh;
      }
    } finally {
      if (request === groupsRequest) loadingGroups.value = false;
    }
  }

  function setFilters(next: Partial<TriageFilters>) {
    filters.value = { ...filters.value, ...next };
    void loadGroups();
  }

  function resetFilters() {
    filters.value = DEFAULT_FILTERS;
    void loadGroups();
  }

  async function loadMembers(key: string): Promise<boolean> {
    const request = ++membersRequest;
    loadingMembers.value = true;
    try {
      const result = await attempt(() => services.triage.signals({ group: key, limit: PAGE }));
      if (request !== membersRequest) return false;
      if (!result.ok) {
        groupProblem.value = result.problem;
        return false;
      }
      members.value = result.value.signals;
      const present = new Set(result.value.signals.map((member) => member.id));
      selected.value = new Set([...selected.value].filter((id) => present.has(id)));
      return true;
    } finally {
      if (request === membersRequest) loadingMembers.value = false;
    }
  }

  async function open(key: string) {
    openKey.value = key;
    openGroup.value = groups.value.find((group) => group.key === key);
    members.value = [];
    selected.value = new Set();
    groupProblem.value = undefined;
    statusDraft.value = undefined;
    notice.value = undefined;
    await loadMembers(key);
  }

  function close() {
    openKey.value = undefined;
    openGroup.value = undefined;
    members.value = [];
    selected.value = new Set();
    statusDraft.value = undefined;
    groupProblem.value = undefined;
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(selected.value);
    if (on) next.add(id);
    else next.delete(id);
    selected.value = next;
  }

  function selectAll(on: boolean) {
    selected.value = on ? new Set(members.value.map((member) => member.id)) : new Set();
  }

  /** After a change at the inbox: the list and the open group's signals, read again. */
  async function reloadAfterChange(key: string | undefined) {
    if (key !== undefined && key !== openKey.value) {
      openKey.value = key;
      openGroup.value = undefined;
    }
    await loadGroups();
    const current = openKey.value;
    if (current === undefined) return;
    if (!groups.value.some((group) => group.key === current) && groupsLoaded.value && !listProblem.value) {
      // Groups follow the data: a computed group can dissolve when its last signals are moved out.
      close();
      notice.value = `${notice.value ?? ''} De groep bestaat niet meer in deze vorm.`.trim();
      return;
    }
    await loadMembers(current);
  }

  // ---- status and answer ----

  function startStatus(target: StatusTarget) {
    const concerned = 'group' in target ? members.value : members.value.filter((member) => member.id === target.signal);
    const status = shared(concerned.map((member) => member.status)) ?? 'in-behandeling';
    statusDraft.value = {
      target,
      // Moving on from "nieuw" is what opening the form is for.
      status: status === 'nieuw' ? 'in-behandeling' : status,
      answer: shared(concerned.map((member) => member.answer ?? '')) ?? '',
      articleId: shared(concerned.map((member) => member.articleId ?? '')) ?? '',
    };
    statusErrors.value = {};
    statusProblem.value = undefined;
    notice.value = undefined;
  }

  function editStatus<K extends StatusField>(field: K, value: StatusDraft[K]) {
    if (!statusDraft.value) return;
    statusDraft.value = { ...statusDraft.value, [field]: value };
    if (statusErrors.value[field]) statusErrors.value = { ...statusErrors.value, [field]: undefined };
    statusProblem.value = undefined;
  }

  function cancelStatus() {
    statusDraft.value = undefined;
    statusErrors.value = {};
    statusProblem.value = undefined;
  }

  /** Replaces every finding in the answer with its placeholder ("[BSN]"). */
  function redactAnswer() {
    const draft = statusDraft.value;
    if (!draft || answerFindings.value.length === 0) return;
    editStatus('answer', redact(draft.answer, answerFindings.value));
  }

  function validateStatus(draft: StatusDraft): Partial<Record<StatusField, string>> {
    const errors: Partial<Record<StatusField, string>> = {};
    const answer = draft.answer.trim();
    if (isFinalStatus(draft.status) && answer === '') {
      errors.answer = `Schrijf een kort antwoord voor de melder. Bij "${SIGNAL_STATUS_LABELS[draft.status]}" is dat verplicht.`;
    } else if (answer.length > 2000) {
      errors.answer = `Gebruik maximaal 2000 tekens. Nu zijn het er ${answer.length}.`;
    } else if (answerBlocked.value) {
      errors.answer = answerBlocked.value;
    }
    const articleId = draft.articleId.trim();
    if (articleId !== '' && !statusUpdateSchema.shape.articleId.safeParse(articleId).success) {
      errors.articleId =
        'Gebruik het id van een kennisartikel, zoals "bijzondere-bijstand": kleine letters, cijfers en streepjes.';
    }
    return errors;
  }

  /** Sends the status and answer; returns true when the inbox took it. */
  async function saveStatus(): Promise<boolean> {
    const draft = statusDraft.value;
    if (!draft || saving.value) return false;
    const errors = validateStatus(draft);
    statusErrors.value = errors;
    if (Object.values(errors).some(Boolean)) return false;
    const answer = draft.answer.trim();
    const articleId = draft.articleId.trim();
    saving.value = true;
    try {
      const result = await attempt(() =>
        services.triage.setStatus(draft.target, {
          status: draft.status,
          ...(answer ? { answer } : {}),
          ...(articleId ? { articleId } : {}),
        }),
      );
      if (!result.ok) {
        statusProblem.value = result.problem;
        return false;
      }
      statusDraft.value = undefined;
      const label = SIGNAL_STATUS_LABELS[draft.status];
      notice.value = `Status "${label}" opgeslagen voor ${plural(result.value.updated, 'signaal', 'signalen')}.${
        answer ? ' De melders zien uw antwoord bij Mijn signalen.' : ''
      }`;
      await reloadAfterChange(undefined);
      return true;
    } finally {
      saving.value = false;
    }
  }

  // ---- merging ----

  async function merge(
    request: { target?: string; signalIds: string[]; title?: string },
    done: (group: SignalGroup) => string,
  ) {
    if (busy.value) return false;
    busy.value = true;
    groupProblem.value = undefined;
    notice.value = undefined;
    try {
      const result = await attempt(() =>
        services.triage.merge({
          ...(request.target ? { target: request.target } : {}),
          signalIds: request.signalIds,
          ...(request.title?.trim() ? { title: request.title.trim() } : {}),
        }),
      );
      if (!result.ok) {
        groupProblem.value = result.problem;
        return false;
      }
      notice.value = done(result.value.group);
      selected.value = new Set();
      await reloadAfterChange(result.value.group.key);
      return true;
    } finally {
      busy.value = false;
    }
  }

  /** A new hand-made group of the selected signals, which then opens. */
  function mergeSelectionIntoNewGroup(title = '') {
    const ids = [...selected.value];
    if (ids.length < 2) {
      groupProblem.value = { kind: 'invalid-request', message: 'Kies ten minste twee signalen voor een nieuwe groep.' };
      return Promise.resolve(false);
    }
    return merge(
      { signalIds: ids, title },
      (group) => `Nieuwe groep "${group.title}" gemaakt met ${plural(group.count, 'signaal', 'signalen')}.`,
    );
  }

  /** The signals of other groups into the open one (which becomes a hand-made group). */
  function addGroupsToOpen(keys: readonly string[]) {
    const target = openKey.value;
    const ids = groups.value.filter((group) => keys.includes(group.key)).flatMap((group) => group.signalIds);
    if (!target || ids.length === 0) {
      groupProblem.value = { kind: 'invalid-request', message: 'Kies eerst een of meer groepen om toe te voegen.' };
      return Promise.resolve(false);
    }
    return merge(
      { target, signalIds: ids },
      (group) => `Toegevoegd. De groep heeft nu ${plural(group.count, 'signaal', 'signalen')}.`,
    );
  }

  /** The selected signals into another group, which then opens. */
  function moveSelectionTo(targetKey: string) {
    const ids = [...selected.value];
    const target = groups.value.find((group) => group.key === targetKey);
    if (!target || ids.length === 0) {
      groupProblem.value = {
        kind: 'invalid-request',
        message: 'Kies signalen en een groep om ze naartoe te verplaatsen.',
      };
      return Promise.resolve(false);
    }
    return merge(
      { target: targetKey, signalIds: ids },
      (group) => `${plural(ids.length, 'signaal', 'signalen')} verplaatst naar "${group.title}".`,
    );
  }

  /** Takes one signal out of the open hand-made group; it goes back to being grouped automatically. */
  async function removeFromOpen(signalId: string) {
    const key = openKey.value;
    if (!key || busy.value) return false;
    busy.value = true;
    groupProblem.value = undefined;
    notice.value = undefined;
    try {
      const result = await attempt(() => services.triage.removeFromGroup(key, signalId));
      if (!result.ok) {
        groupProblem.value = result.problem;
        return false;
      }
      const summary = members.value.find((member) => member.id === signalId)?.summary;
      notice.value = `"${summary ?? 'Het signaal'}" is uit de groep gehaald.`;
      await reloadAfterChange(undefined);
      return true;
    } finally {
      busy.value = false;
    }
  }

  // ---- export ----

  /** The open group, or the selected signals in it, as a file for the policy adviser. */
  async function exportFile(
    format: 'markdown' | 'csv',
    scope: 'group' | 'selection',
  ): Promise<TriageExportFile | undefined> {
    const key = openKey.value;
    const ids = [...selected.value];
    if (!key || busy.value || (scope === 'selection' && ids.length === 0)) return undefined;
    busy.value = true;
    groupProblem.value = undefined;
    try {
      const result = await attempt(() =>
        services.triage.export(scope === 'group' ? { format, group: key } : { format, ids: ids.join(',') }),
      );
      if (!result.ok) {
        groupProblem.value = result.problem;
        return undefined;
      }
      notice.value = `${result.value.fileName} is gemaakt. U vindt het bij uw downloads.`;
      return result.value;
    } finally {
      busy.value = false;
    }
  }

  function dismissNotice() {
    notice.value = undefined;
  }

  return {
    eligible,
    access,
    accessProblem,
    filters,
    groups,
    groupsLoaded,
    loadingGroups,
    listProblem,
    openKey,
    openGroup,
    members,
    loadingMembers,
    groupProblem,
    selected,
    busy,
    notice,
    statusDraft,
    statusErrors,
    statusProblem,
    saving,
    answerFindings,
    answerBlocked,
    articleSuggestions,
    loadGroups,
    setFilters,
    resetFilters,
    open,
    close,
    toggle,
    selectAll,
    startStatus,
    editStatus,
    cancelStatus,
    redactAnswer,
    saveStatus,
    mergeSelectionIntoNewGroup,
    addGroupsToOpen,
    moveSelectionTo,
    removeFromOpen,
    exportFile,
    dismissNotice,
  };
});

export type TriageModel = InstanceType<typeof TriageModel>;

import { computed, createModel, signal } from '@preact/signals';
import { redact as redactText } from '../utils/privacy';
import { signalSubmissionSchema, type SignalEffect, type SignalSource } from '../utils/schemas/signal';
import {
  buildSubmission,
  draftFrom,
  emptyDraft,
  type SignalDraft,
  type UncheckedSubmission,
} from '../utils/signals/build-submission';
import { AUTOMATIC_STATES, HELD_STATES, type DeliveryState, type OutboxItem } from '../utils/signals/outbox-item';
import { blockingReason, scanSignal, type FieldFinding, type ScannedField } from '../utils/signals/scan-signal';
import type { PanelModel } from './PanelModel';
import type { KommaServices } from './services';

export type DraftField = Exclude<keyof SignalDraft, 'source'>;
type TextField = Exclude<DraftField, 'category' | 'effects' | 'frequency'>;

/** Ask the inbox for news this often while the panel is open. */
export const STATUS_POLL_MS = 2 * 60_000;

const FIELD_MESSAGES: Partial<Record<DraftField, string>> = {
  category: 'Kies een categorie.',
  frequency: 'Kies hoe vaak dit voorkomt.',
  rule: 'Gebruik maximaal 200 tekens.',
};

function sentence(text: string) {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Signalen: the form for a new (or corrected) signal with its privacy preview, and "Mijn signalen"
 * with what became of each one. Talks to the outbox only through services.signals.
 */
/** Still to deliver: waiting for a retry, or held until the inbox is configured; "nu opnieuw" applies to these. */
const RETRYABLE_STATES: readonly DeliveryState[] = [...AUTOMATIC_STATES, ...HELD_STATES];

export const SignalsModel = createModel((services: KommaServices, panel: PanelModel) => {
  const items = signal<OutboxItem[]>([]);
  const loaded = signal(false);
  const listError = signal<string | undefined>(undefined);
  const submitterKey = signal<string | undefined>(undefined);
  const draft = signal<SignalDraft | undefined>(undefined);
  const draftId = signal('');
  /** Id of the rejected signal being corrected, when the form is a correction. */
  const replacing = signal<string | undefined>(undefined);
  const errors = signal<Partial<Record<DraftField, string>>>({});
  const formError = signal<string | undefined>(undefined);
  const submitting = signal(false);
  const notice = signal<string | undefined>(undefined);
  const retrying = signal(false);
  /** Answers that arrived while the panel was open stay marked "nieuw" until it closes. */
  const freshAnswers = signal<ReadonlySet<string>>(new Set());

  const hasEndpoint = computed(() => Boolean(panel.settings.value?.values.signalEndpoint));
  const role = computed(() => panel.role.value);

  function envelope(createdAt: string) {
    const key = submitterKey.value;
    const currentRole = role.value;
    if (!key || !currentRole) return undefined;
    return {
      id: draftId.value,
      createdAt,
      role: currentRole,
      municipality: panel.settings.value?.values.municipality ?? '',
      appVersion: services.appVersion,
      submitterKey: key,
    };
  }

  /** Exactly what would be sent now; the time is filled in again at the click. */
  const preview = computed<UncheckedSubmission | undefined>(() => {
    const current = draft.value;
    const attached = envelope(services.now().toISOString());
    return current && attached ? buildSubmission(current, attached) : undefined;
  });
  const findings = computed<FieldFinding[]>(() => (preview.value ? scanSignal(preview.value) : []));
  const blocked = computed(() => blockingReason(findings.value));

  const unseen = computed(() => items.value.filter((item) => item.unseenUpdate).length);
  const retryable = computed(() => items.value.filter((item) => RETRYABLE_STATES.includes(item.state)));

  async function reload() {
    try {
      items.value = await services.signals.list();
      listError.value = undefined;
    } catch (error) {
      listError.value = errorMessage(error);
    } finally {
      loaded.value = true;
    }
  }

  async function refreshStatuses() {
    try {
      await services.signals.refreshStatuses();
    } catch {
      // Best effort: the background asks again on its own alarm.
    }
  }

  /** Loads "Mijn signalen", follows changes and polls for answers while the panel is open. */
  function start(): () => void {
    void services.signals
      .identity()
      .then((key) => (submitterKey.value = key))
      .catch((error) => (listError.value = errorMessage(error)));
    void reload().then(refreshStatuses);
    // While a big flush runs, changes arrive faster than a list loads: one load at a time, and one
    // more after it if anything changed meanwhile.
    let loading: Promise<void> | undefined;
    let stale = false;
    const follow = () => {
      if (loading) {
        stale = true;
        return;
      }
      loading = reload().finally(() => {
        loading = undefined;
        if (stale) {
          stale = false;
          follow();
        }
      });
    };
    const unsubscribe = services.signals.subscribe(follow);
    const timer = setInterval(() => void refreshStatuses(), STATUS_POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }

  function openDraft(next: SignalDraft, corrects?: string) {
    draft.value = next;
    draftId.value = crypto.randomUUID();
    replacing.value = corrects;
    errors.value = {};
    formError.value = undefined;
    notice.value = undefined;
  }

  function openNew(source: SignalSource = { kind: 'general' }) {
    openDraft(emptyDraft(source));
  }

  /**
   * Correcting a rejected signal makes a new signal with a new id: the body changes, and an
   * Idempotency-Key stands for one body. The rejected one stays in the list, marked as replaced.
   */
  function openCorrection(item: OutboxItem) {
    openDraft(draftFrom(item.submission), item.id);
  }

  function cancel() {
    draft.value = undefined;
    replacing.value = undefined;
    errors.value = {};
    formError.value = undefined;
  }

  function edit<K extends DraftField>(field: K, value: SignalDraft[K]) {
    if (!draft.value) return;
    draft.value = { ...draft.value, [field]: value };
    if (errors.value[field]) errors.value = { ...errors.value, [field]: undefined };
    formError.value = undefined;
  }

  function toggleEffect(effect: SignalEffect, on: boolean) {
    const current = draft.value?.effects ?? [];
    edit('effects', on ? [...new Set([...current, effect])] : current.filter((e) => e !== effect));
  }

  function clearSource() {
    if (draft.value) draft.value = { ...draft.value, source: { kind: 'general' } };
  }

  function replaceInField(field: ScannedField, found: FieldFinding[]) {
    const current = draft.value;
    if (!current || found.length === 0) return;
    // The preview trims; find the findings' offsets in the untrimmed draft text.
    const raw = field === 'sourceRef' ? (current.source.ref ?? '') : current[field as TextField];
    const offset = raw.length - raw.trimStart().length;
    const shifted = found.map((finding) => ({ ...finding, start: finding.start + offset, end: finding.end + offset }));
    const text = redactText(raw, shifted);
    draft.value =
      field === 'sourceRef' ? { ...current, source: { ...current.source, ref: text } } : { ...current, [field]: text };
  }

  /** Replaces one finding with its placeholder ("[BSN]"). */
  function redact(finding: FieldFinding) {
    replaceInField(finding.field, [finding]);
  }

  /** "Alles vervangen": every finding in every field. */
  function redactAll() {
    const byField = new Map<ScannedField, FieldFinding[]>();
    for (const finding of findings.value) byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
    for (const [field, found] of byField) replaceInField(field, found);
  }

  function validate(candidate: UncheckedSubmission) {
    const parsed = signalSubmissionSchema.safeParse(candidate);
    if (parsed.success) {
      errors.value = {};
      return parsed.data;
    }
    const next: Partial<Record<DraftField, string>> = {};
    let general: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in (draft.value ?? {}) && field !== 'source') {
        const key = field as DraftField;
        next[key] ??= FIELD_MESSAGES[key] ?? sentence(issue.message);
      } else {
        general ??= `Komma kon de gegevens over uw rol en gemeente niet toevoegen (${issue.path.join('.')}). Kies uw rol opnieuw of vraag uw beheerder om hulp.`;
      }
    }
    errors.value = next;
    formError.value = general;
    return undefined;
  }

  /**
   * Stores the signal in the outbox; the background sends it. Returns true when stored. The
   * performance marks let the benchmark measure click-to-outbox in the real browser.
   */
  async function submit(): Promise<boolean> {
    performance.mark('komma:signal-click');
    const current = draft.value;
    const attached = envelope(services.now().toISOString());
    if (!current || !attached || submitting.value) return false;
    const candidate = buildSubmission(current, attached);
    const reason = blockingReason(scanSignal(candidate));
    if (reason) {
      formError.value = reason;
      return false;
    }
    const submission = validate(candidate);
    if (!submission) return false;
    submitting.value = true;
    try {
      await services.signals.submit(submission, replacing.value);
      performance.measure('komma:signal-queued', 'komma:signal-click');
      notice.value = hasEndpoint.value
        ? 'Uw signaal is opgeslagen en wordt verstuurd. Hieronder ziet u hoe het ervoor staat.'
        : 'Uw signaal is opgeslagen op deze computer. Er is nog geen ontvanger ingesteld, dus het is nog niet verstuurd.';
      cancel();
      await reload();
      return true;
    } catch (error) {
      formError.value = `Het signaal is niet opgeslagen: ${errorMessage(error)}`;
      return false;
    } finally {
      submitting.value = false;
    }
  }

  /** "Nu opnieuw proberen": everything still on its way, including what waited for settings. */
  async function retryNow() {
    retrying.value = true;
    try {
      const report = await services.signals.flush('all');
      notice.value =
        report.attempted === 0
          ? hasEndpoint.value
            ? 'Er was niets om opnieuw te versturen.'
            : 'Er is geen ontvanger ingesteld, dus Komma kan nog niets versturen.'
          : `${report.delivered} van ${report.attempted} ${report.attempted === 1 ? 'signaal' : 'signalen'} verstuurd.`;
      await reload();
    } catch (error) {
      notice.value = `Opnieuw versturen lukte niet: ${errorMessage(error)}`;
    } finally {
      retrying.value = false;
    }
  }

  /** The user is looking at "Mijn signalen": clear the badge, keep the "nieuw" label for now. */
  async function markSeen() {
    const ids = items.value.filter((item) => item.unseenUpdate).map((item) => item.id);
    if (ids.length === 0) return;
    freshAnswers.value = new Set([...freshAnswers.value, ...ids]);
    try {
      await services.signals.markSeen(ids);
    } catch {
      // The badge stays; nothing is lost.
    }
  }

  function dismissNotice() {
    notice.value = undefined;
  }

  return {
    items,
    loaded,
    listError,
    submitterKey,
    draft,
    draftId,
    replacing,
    errors,
    formError,
    submitting,
    notice,
    retrying,
    freshAnswers,
    hasEndpoint,
    preview,
    findings,
    blocked,
    unseen,
    retryable,
    start,
    reload,
    openNew,
    openCorrection,
    cancel,
    edit,
    toggleEffect,
    clearSource,
    redact,
    redactAll,
    submit,
    retryNow,
    markSeen,
    dismissNotice,
  };
});

export type SignalsModel = InstanceType<typeof SignalsModel>;

/**
 * The one message protocol between extension pages and the background: a map from message name
 * to the zod schema of its request. Response types are declared beside it; they come from our own
 * background, so only requests are parsed at runtime (in the background, before any handler runs).
 */
import { z } from '../zod';
import { MAX_SEARCH_INDEX_CHARACTERS } from '../knowledge/remote-search-index';
import type { KnowledgePack } from '../schemas/pack';
import { signalSubmissionSchema } from '../schemas/signal';
import {
  exportQuerySchema,
  mergeRequestSchema,
  signalGroupKeySchema,
  signalGroupQuerySchema,
  signalListQuerySchema,
  statusUpdateSchema,
  type MergeResponse,
  type SignalGroupListResponse,
  type SignalListResponse,
  type StatusUpdateResponse,
} from '../schemas/triage';
import { FLUSH_MODES, type FlushReport, type OutboxItem } from '../signals/outbox-item';
import { statusTargetSchema } from '../triage/status-target';
import type { TriageExportFile, TriageResult } from '../triage/triage-result';

export const requestSchemas = {
  /** The remote knowledge pack the background keeps (if a pack URL is configured). */
  'knowledge.getRemote': z.strictObject({}),
  /** Fetch the configured pack now instead of waiting for the daily alarm. */
  'knowledge.refresh': z.strictObject({}),
  /** The search index kept for the configured pack under `key` (see KommaServices.knowledge.searchIndex). */
  'knowledge.getSearchIndex': z.strictObject({ key: z.string().min(1).max(1000) }),
  /** Keep this search index for the configured pack, replacing any kept before. */
  'knowledge.keepSearchIndex': z.strictObject({
    key: z.string().min(1).max(1000),
    text: z.string().max(MAX_SEARCH_INDEX_CHARACTERS),
  }),
  /** This installation's random submitterKey (created on first use). */
  'signals.identity': z.strictObject({}),
  /** Store a signal in the outbox; with `replaces`, as the corrected version of a rejected one. */
  'signals.submit': z.strictObject({ submission: signalSubmissionSchema, replaces: z.uuid().optional() }),
  /** Everything in the outbox, newest first ("Mijn signalen"). */
  'signals.list': z.strictObject({}),
  /** Deliver now. "all" is the "Nu opnieuw proberen" button (and the end-to-end tests' way to skip alarm waits). */
  'signals.flush': z.strictObject({ mode: z.enum(FLUSH_MODES).default('all') }),
  /** Ask the inbox for status and answers of delivered signals. */
  'signals.refreshStatuses': z.strictObject({}),
  /** The user has seen these answers: clears the badge for them. */
  'signals.markSeen': z.strictObject({ ids: z.array(z.uuid()).max(10_000) }),
  // Triage (signaleringsconsulent): the background calls the inbox; failures come back as values.
  'triage.groups': signalGroupQuerySchema,
  'triage.signals': signalListQuerySchema,
  'triage.setStatus': z.strictObject({ target: statusTargetSchema, update: statusUpdateSchema }),
  'triage.merge': mergeRequestSchema,
  'triage.removeFromGroup': z.strictObject({ group: signalGroupKeySchema, signalId: z.uuid() }),
  'triage.export': exportQuerySchema,
} as const;

export type MessageName = keyof typeof requestSchemas;
export type RequestOf<K extends MessageName> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequestOf<K extends MessageName> = z.output<(typeof requestSchemas)[K]>;

/** State of the remote pack for the configured URL; the last good pack is kept when a refresh fails. */
export interface RemotePackState {
  /** The configured pack URL; empty when none is configured. */
  url: string;
  pack?: KnowledgePack;
  /** When the kept pack was fetched (ISO). */
  fetchedAt?: string;
  /** Dutch explanation of why the last attempt failed, when it did. */
  error?: string;
  /** When the last attempt was made (ISO). */
  checkedAt?: string;
}

export interface Responses {
  'knowledge.getRemote': RemotePackState;
  'knowledge.refresh': RemotePackState;
  'knowledge.getSearchIndex': { text?: string };
  'knowledge.keepSearchIndex': { kept: boolean };
  'signals.identity': { submitterKey: string };
  'signals.submit': OutboxItem;
  'signals.list': OutboxItem[];
  'signals.flush': FlushReport;
  'signals.refreshStatuses': { updated: number };
  'signals.markSeen': { unseen: number };
  'triage.groups': TriageResult<SignalGroupListResponse>;
  'triage.signals': TriageResult<SignalListResponse>;
  'triage.setStatus': TriageResult<StatusUpdateResponse>;
  'triage.merge': TriageResult<MergeResponse>;
  'triage.removeFromGroup': TriageResult<{ removed: true }>;
  'triage.export': TriageResult<TriageExportFile>;
}

export type ResponseOf<K extends MessageName> = Responses[K];

/** What travels over runtime messaging. */
export interface Envelope<K extends MessageName = MessageName> {
  komma: 1;
  name: K;
  payload: RequestOf<K>;
}

export type Reply<K extends MessageName = MessageName> =
  { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).komma === 1 &&
    typeof (message as Envelope).name === 'string' &&
    Object.hasOwn(requestSchemas, (message as Envelope).name)
  );
}

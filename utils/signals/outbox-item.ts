/**
 * One signal in the local outbox, as the background stores it and the UI shows it in
 * "Mijn signalen". Shared by both ends of the message protocol (and by the embed), so it lives
 * outside utils/outbox, which only the background may import.
 */
import type { Rejection, SignalStatusEntry, SignalSubmission } from '../schemas/signal';

/**
 * - queued: written, not tried yet (or due again after a settings change)
 * - waiting: the receiver could not be reached (offline, DNS, refused); retried with backoff
 * - retrying: the receiver answered 5xx or 429; retried with backoff or after Retry-After
 * - delivered: 201 or 200 (already had it); nothing more to send
 * - rejected: 400/413/422 or another answer that resending cannot fix; the user may edit and resend
 * - config: 401/403/404 and the like: the address or token is wrong; retried after a settings change
 * - no-endpoint: no receiver configured; kept here until one is
 * - superseded: the user edited a rejected signal and sent a new version (see replacedBy)
 */
export const DELIVERY_STATES = [
  'queued',
  'waiting',
  'retrying',
  'delivered',
  'rejected',
  'config',
  'no-endpoint',
  'superseded',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** States the background still tries to deliver on its own (alarm, online, start-up). */
export const AUTOMATIC_STATES = ['queued', 'waiting', 'retrying'] as const satisfies readonly DeliveryState[];
/** States that wait for the user or the settings: tried again on "Nu opnieuw proberen" or a settings change. */
export const HELD_STATES = ['config', 'no-endpoint'] as const satisfies readonly DeliveryState[];

/** `nextAttemptAt` of an item nothing will pick up automatically. A number, so it stays indexable and JSON-safe. */
export const NEVER = Number.MAX_SAFE_INTEGER;

export interface DeliveryProblem {
  /** Dutch, for the user. */
  message: string;
  /** HTTP status, when the receiver answered. */
  status?: number;
  /** Per-field reasons from a 400/422 answer. */
  reasons?: Rejection['reasons'];
}

export interface OutboxItem {
  /** The signal id, which is also the Idempotency-Key. */
  id: string;
  submission: SignalSubmission;
  state: DeliveryState;
  /** When the user submitted (epoch ms). */
  queuedAt: number;
  /** Failed attempts in a row; drives the backoff. */
  attempts: number;
  /**
   * Earliest next attempt (epoch ms). While a delivery holds the lease this is the lease's end,
   * so a crashed attempt becomes due again by itself.
   */
  nextAttemptAt: number;
  /** Who holds the lease on this item, while a POST is under way. */
  leaseOwner?: string;
  lastAttemptAt?: number;
  deliveredAt?: number;
  problem?: DeliveryProblem;
  /** Status and answer from the inbox, when known. */
  remote?: SignalStatusEntry;
  /** True when the inbox answered or moved the signal on and the user has not looked yet. */
  unseenUpdate?: boolean;
  /** Id of the rejected signal this one corrects. */
  replaces?: string;
  /** Id of the corrected version, once the user sent one. */
  replacedBy?: string;
}

/**
 * Why a flush runs, which decides what it may pick up:
 * - due: alarm, new submit: only items whose time has come
 * - reconnect: browser start or back online: also items that were waiting for a connection
 * - all: the user pressed "Nu opnieuw proberen": everything not final, except a server's explicit Retry-After
 */
export const FLUSH_MODES = ['due', 'reconnect', 'all'] as const;
export type FlushMode = (typeof FLUSH_MODES)[number];

/** What a flush did, for the "Nu opnieuw proberen" button and tests. */
export interface FlushReport {
  attempted: number;
  delivered: number;
  /** Still in the outbox after this flush (any state except delivered/superseded). */
  pending: number;
}

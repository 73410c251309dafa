/**
 * What a triage request came to. Failures are values, not exceptions: they cross the message
 * protocol intact (kind, the inbox's reasons, the wait after a 429), so the view can say exactly
 * what went wrong and which field to fix.
 */
import type { Reason } from '../schemas/parse-dutch';

export const TRIAGE_PROBLEM_KINDS = [
  /** No inbox address in the settings. */
  'no-endpoint',
  /** The request did not pass the contract before it was sent. */
  'invalid-request',
  /** 401: no token, or one the inbox does not know. */
  'unauthorized',
  /** 403: the token may send signals but not triage them. */
  'forbidden',
  /** 404: the group or signal is gone (groups follow the data). */
  'not-found',
  /** 400/409/413/422: the inbox refused; reasons say why. */
  'rejected',
  /** 429: wait `retryAfterMs`. */
  'rate-limited',
  /** 5xx and other statuses: the inbox has trouble. */
  'server-error',
  /** fetch failed: offline, refused, CORS, timeout. */
  'network',
  /** The inbox answered something that is not the contract. */
  'invalid-response',
] as const;
export type TriageProblemKind = (typeof TRIAGE_PROBLEM_KINDS)[number];

export interface TriageProblem {
  kind: TriageProblemKind;
  /** Dutch, for the user. */
  message: string;
  status?: number;
  reasons?: Reason[];
  /** After a 429: how long to wait, when the inbox said so. */
  retryAfterMs?: number;
}

export type TriageResult<T> = { ok: true; value: T } | { ok: false; problem: TriageProblem };

/** A file from `GET /triage/export`, ready to hand to the browser's download. */
export interface TriageExportFile {
  fileName: string;
  contentType: string;
  text: string;
}

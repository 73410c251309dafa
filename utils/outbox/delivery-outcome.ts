import { rejectionSchema, signalStatusEntrySchema, type Rejection, type SignalStatusEntry } from '../schemas/signal';

/** What one delivery attempt came to, before the state machine decides what it means for the item. */
export type DeliveryOutcome =
  /** 201 accepted, or 200: the receiver already had this id. */
  | { kind: 'accepted'; status: number; entry?: SignalStatusEntry }
  /** 400/422 (and other answers resending cannot fix): the receiver's reasons, for the user. */
  | { kind: 'rejected'; status: number; rejection?: Rejection }
  | { kind: 'too-large'; status: 413 }
  /** 401/403/404/405…: the address or token is wrong; only a settings change can help. */
  | { kind: 'config'; status: number }
  | { kind: 'rate-limited'; status: 429; retryAfter?: string }
  /** 5xx, 408, 425: the receiver has trouble now; try again later. */
  | { kind: 'server-error'; status: number }
  /** fetch threw: offline, refused, DNS, CORS, timeout. */
  | { kind: 'network'; message: string }
  | { kind: 'no-endpoint' };

const TRANSIENT = new Set([408, 425]);
const CONFIG = new Set([401, 403, 404, 405, 407, 410, 414, 415]);

/** Reads the receiver's answer. Body parsing never throws: a proxy may answer with HTML. */
export function outcomeOfResponse(status: number, retryAfter: string | null, body: string): DeliveryOutcome {
  if (status === 200 || status === 201) {
    const entry = signalStatusEntrySchema.safeParse(parseJson(body));
    return { kind: 'accepted', status, entry: entry.success ? entry.data : undefined };
  }
  if (status >= 200 && status < 300) return { kind: 'accepted', status };
  if (status === 413) return { kind: 'too-large', status };
  if (status === 429) return { kind: 'rate-limited', status, retryAfter: retryAfter ?? undefined };
  if (status >= 500 || TRANSIENT.has(status)) return { kind: 'server-error', status };
  if (CONFIG.has(status) || status < 400) return { kind: 'config', status };
  const rejection = rejectionSchema.safeParse(parseJson(body));
  return { kind: 'rejected', status, rejection: rejection.success ? rejection.data : undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

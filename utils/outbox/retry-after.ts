/** Longest wait Komma accepts from a Retry-After header; a larger value is treated as this. */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;

/**
 * Milliseconds to wait according to a Retry-After header (RFC 9110 §10.2.3): either delay-seconds
 * or an HTTP-date. Undefined when absent or unreadable, so the caller falls back to its backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MAX_MS);
  // Only the IMF-fixdate and the two obsolete formats carry a weekday or a GMT zone; a bare
  // number with a sign or decimals is neither and must not reach Date.parse.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), RETRY_AFTER_MAX_MS);
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
/** No retry sooner than this, even when the jitter draws zero: never a tight loop. */
export const BACKOFF_FLOOR_MS = 1_000;

/**
 * Exponential backoff with full jitter ("Exponential Backoff and Jitter", AWS Architecture Blog):
 * a uniform draw between 0 and min(cap, base · 2^(n-1)) after the n-th failure in a row. The
 * jitter spreads the retries of many installations that lost the same server at the same moment.
 */
export function backoffDelay(failures: number, random: () => number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS) {
  const exponent = Math.max(0, failures - 1);
  // 2 ** 1024 is Infinity; min() handles it, but keep the exponent sane for readability in tests.
  const window = Math.min(cap, base * 2 ** Math.min(exponent, 32));
  return Math.max(BACKOFF_FLOOR_MS, Math.floor(random() * window));
}

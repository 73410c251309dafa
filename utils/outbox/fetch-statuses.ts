import { signalStatusResponseSchema, type SignalStatusEntry } from '../schemas/signal';
import { MAX_STATUS_IDS } from '../schemas/signal-status-query';
import { authHeaders, type DeliveryConfig, type FetchLike } from './post-signal';

/**
 * `GET {endpoint}/signals/status?ids=…&submitterKey=…` for the given ids, in chunks. The
 * submitterKey proves the signals are this installation's own. Throws on any failure: polling is
 * best effort and simply tried again on the next alarm.
 */
export async function fetchStatuses(
  fetchFn: FetchLike,
  config: DeliveryConfig,
  submitterKey: string,
  ids: string[],
  timeoutMs: number,
): Promise<SignalStatusEntry[]> {
  const entries: SignalStatusEntry[] = [];
  for (let start = 0; start < ids.length; start += MAX_STATUS_IDS) {
    const query = new URLSearchParams({
      ids: ids.slice(start, start + MAX_STATUS_IDS).join(','),
      submitterKey,
    });
    const response = await fetchFn(`${config.endpoint}/signals/status?${query}`, {
      method: 'GET',
      headers: { Accept: 'application/json', ...authHeaders(config) },
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`De ontvanger gaf code ${response.status} op de vraag naar statussen.`);
    entries.push(...signalStatusResponseSchema.parse(await response.json()).statuses);
  }
  return entries;
}

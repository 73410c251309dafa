import { IDEMPOTENCY_HEADER, type SignalSubmission } from '../schemas/signal';
import { outcomeOfResponse, type DeliveryOutcome } from './delivery-outcome';

/** Where signals go; read from the settings at the moment of each flush. */
export interface DeliveryConfig {
  /** Base address without trailing slash; empty when none is configured. */
  endpoint: string;
  token: string;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function authHeaders(config: DeliveryConfig): Record<string, string> {
  return config.token ? { Authorization: `Bearer ${config.token}` } : {};
}

/** One POST of the delivery contract. Never throws: every failure becomes an outcome. */
export async function postSignal(
  fetchFn: FetchLike,
  config: DeliveryConfig,
  submission: SignalSubmission,
  timeoutMs: number,
): Promise<DeliveryOutcome> {
  if (!config.endpoint) return { kind: 'no-endpoint' };
  try {
    const response = await fetchFn(`${config.endpoint}/signals`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [IDEMPOTENCY_HEADER]: submission.id,
        ...authHeaders(config),
      },
      body: JSON.stringify(submission),
      credentials: 'omit',
      cache: 'no-store',
      // A redirect would turn the POST into a GET elsewhere; treat it as a wrong address instead.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text().catch(() => '');
    return outcomeOfResponse(response.status, response.headers.get('Retry-After'), body);
  } catch (error) {
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  }
}

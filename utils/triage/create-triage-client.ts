/**
 * The triage half of the inbox contract as plain functions: one per endpoint, each validating
 * what it sends and what it gets with the zod schemas both ends share. Network and settings are
 * injected, so the extension's background and the embedded assistant run this same client.
 */
import { z } from '../zod';
import { authHeaders, type DeliveryConfig, type FetchLike } from '../outbox/post-signal';
import { parseDutch } from '../schemas/parse-dutch';
import {
  exportQuerySchema,
  mergeRequestSchema,
  mergeResponseSchema,
  signalGroupKeySchema,
  signalGroupListResponseSchema,
  signalGroupQuerySchema,
  signalListQuerySchema,
  signalListResponseSchema,
  statusUpdateResponseSchema,
  statusUpdateSchema,
  type MergeResponse,
  type SignalGroupListResponse,
  type SignalListResponse,
  type StatusUpdateResponse,
} from '../schemas/triage';
import { statusTargetSchema, type StatusTarget } from './status-target';
import { NO_ENDPOINT_PROBLEM, networkProblem, problemOfResponse } from './triage-problem';
import type { TriageExportFile, TriageProblem, TriageResult } from './triage-result';

export type GroupsRequest = z.input<typeof signalGroupQuerySchema>;
export type SignalsRequest = z.input<typeof signalListQuerySchema>;
export type StatusRequest = z.input<typeof statusUpdateSchema>;
export type MergeRequestInput = z.input<typeof mergeRequestSchema>;
export type ExportRequest = z.input<typeof exportQuerySchema>;

export interface TriageClient {
  groups(query?: GroupsRequest): Promise<TriageResult<SignalGroupListResponse>>;
  signals(query?: SignalsRequest): Promise<TriageResult<SignalListResponse>>;
  setStatus(target: StatusTarget, update: StatusRequest): Promise<TriageResult<StatusUpdateResponse>>;
  merge(request: MergeRequestInput): Promise<TriageResult<MergeResponse>>;
  /** Takes a signal out of a hand-made (merged-…) group. */
  removeFromGroup(group: string, signalId: string): Promise<TriageResult<{ removed: true }>>;
  export(query: ExportRequest): Promise<TriageResult<TriageExportFile>>;
}

export interface TriageClientDeps {
  fetch: FetchLike;
  /** Read before every request, so a new address or token applies at once. */
  config: () => Promise<DeliveryConfig>;
  timeoutMs?: number;
  now?: () => number;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: TriageProblem };

function check<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const parsed = parseDutch(schema, value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: {
      kind: 'invalid-request',
      message: 'Het verzoek is niet volledig. Verbeter het en probeer opnieuw.',
      reasons: parsed.reasons,
    },
  };
}

/** Query-string form of a parsed query: only the fields that are set. */
function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Only a plain file name from the inbox: no paths, quotes or control characters. */
const FILE_NAME = /filename="([\w.-]{1,120})"/;

export function createTriageClient(deps: TriageClientDeps): TriageClient {
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const now = deps.now ?? Date.now;

  /** One request; the raw Response when it was a 2xx, else the problem. */
  async function send(
    path: string,
    init: { method: string; body?: unknown; accept?: string },
  ): Promise<Parsed<Response>> {
    const config = await deps.config();
    if (!config.endpoint) return { ok: false, problem: NO_ENDPOINT_PROBLEM };
    let response: Response;
    try {
      response = await deps.fetch(`${config.endpoint}/triage${path}`, {
        method: init.method,
        headers: {
          Accept: init.accept ?? 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...authHeaders(config),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { ok: false, problem: networkProblem(error) };
    }
    if (response.status >= 200 && response.status < 300) return { ok: true, value: response };
    const body = await response.text().catch(() => '');
    return { ok: false, problem: problemOfResponse(response.status, response.headers.get('Retry-After'), body, now()) };
  }

  async function json<S extends z.ZodType>(
    schema: S,
    path: string,
    init: { method: string; body?: unknown },
  ): Promise<TriageResult<z.output<S>>> {
    const sent = await send(path, init);
    if (!sent.ok) return sent;
    const parsed = schema.safeParse(await sent.value.json().catch(() => undefined));
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      problem: {
        kind: 'invalid-response',
        status: sent.value.status,
        message:
          'De inbox gaf een antwoord dat Komma niet begrijpt. Misschien zijn Komma en de inbox niet van dezelfde versie.',
      },
    };
  }

  return {
    async groups(query = {}) {
      const checked = check(signalGroupQuerySchema, query);
      if (!checked.ok) return checked;
      return json(signalGroupListResponseSchema, `/groups${queryString(checked.value)}`, { method: 'GET' });
    },

    async signals(query = {}) {
      const checked = check(signalListQuerySchema, query);
      if (!checked.ok) return checked;
      return json(signalListResponseSchema, `/signals${queryString(checked.value)}`, { method: 'GET' });
    },

    async setStatus(target, update) {
      const where = check(statusTargetSchema, target);
      if (!where.ok) return where;
      const checked = check(statusUpdateSchema, update);
      if (!checked.ok) return checked;
      const path =
        'group' in where.value
          ? `/groups/${encodeURIComponent(where.value.group)}`
          : `/signals/${encodeURIComponent(where.value.signal)}`;
      return json(statusUpdateResponseSchema, path, { method: 'PATCH', body: checked.value });
    },

    async merge(request) {
      const checked = check(mergeRequestSchema, request);
      if (!checked.ok) return checked;
      return json(mergeResponseSchema, '/groups/merge', { method: 'POST', body: checked.value });
    },

    async removeFromGroup(group, signalId) {
      const checked = check(z.strictObject({ group: signalGroupKeySchema, signalId: z.uuid() }), { group, signalId });
      if (!checked.ok) return checked;
      const sent = await send(
        `/groups/${encodeURIComponent(checked.value.group)}/signals/${encodeURIComponent(checked.value.signalId)}`,
        { method: 'DELETE' },
      );
      return sent.ok ? { ok: true, value: { removed: true } } : sent;
    },

    async export(query) {
      const checked = check(exportQuerySchema, query);
      if (!checked.ok) return checked;
      const { format, group, ids } = checked.value;
      const sent = await send(`/export${queryString({ format, group, ids: ids?.join(',') })}`, {
        method: 'GET',
        accept: format === 'csv' ? 'text/csv' : 'text/markdown',
      });
      if (!sent.ok) return sent;
      const extension = format === 'csv' ? 'csv' : 'md';
      return {
        ok: true,
        value: {
          fileName:
            FILE_NAME.exec(sent.value.headers.get('Content-Disposition') ?? '')?.[1] ?? `komma-signalen.${extension}`,
          contentType: sent.value.headers.get('Content-Type') ?? (format === 'csv' ? 'text/csv' : 'text/markdown'),
          // ignoreBOM keeps the byte-order mark of the CSV, which Dutch Excel needs to read UTF-8.
          text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await sent.value.arrayBuffer()),
        },
      };
    },
  };
}

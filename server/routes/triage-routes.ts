import { Hono, type Context } from 'hono';
import { z } from '../../utils/zod';
import {
  exportQuerySchema,
  mergeRequestSchema,
  mergeResponseSchema,
  signalGroupListResponseSchema,
  signalGroupQuerySchema,
  signalListQuerySchema,
  signalListResponseSchema,
  statusUpdateResponseSchema,
  statusUpdateSchema,
  type SignalGroup,
  type StatusUpdate,
} from '../../utils/schemas/triage';
import { signalsToCsv } from '../export/export-csv';
import { signalsToMarkdown } from '../export/export-markdown';
import type { InboxEnv } from '../http/inbox-env';
import { readJsonBody } from '../http/read-json-body';
import { parseDutch, reject } from '../http/rejection';
import type { InboxServices } from '../inbox-services';
import { blockedPersonalData } from '../privacy/blocked-personal-data';

const GROUP_GONE = 'Deze groep bestaat niet (meer). Vernieuw de lijst met groepen.';

/** Parses a JSON body; the Response when it is not acceptable. */
async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S> | Response> {
  const body = await readJsonBody(c);
  if ('response' in body) return body.response;
  const parsed = parseDutch(schema, body.value);
  return parsed.success ? parsed.data : reject(c, 400, 'Het verzoek is niet uitgevoerd.', parsed.reasons);
}

function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> | Response {
  const parsed = parseDutch(schema, c.req.query());
  return parsed.success ? parsed.data : reject(c, 400, 'Ongeldige zoekvraag.', parsed.reasons);
}

/** Triage answers flow back to consultants and titles into exports: they get the same guard. */
function personalDataIn(services: InboxServices, fields: Array<readonly [string, string | undefined]>) {
  return blockedPersonalData(services.findPersonalData, services.blockingKinds, fields);
}

function exportFileName(format: 'markdown' | 'csv', now: Date): string {
  return `komma-signalen-${now.toISOString().slice(0, 10)}.${format === 'markdown' ? 'md' : 'csv'}`;
}

/** Everything a signaleringsconsulent does (scope triage). */
export function triageRoutes(services: InboxServices): Hono<InboxEnv> {
  const { signals, groups, grouping } = services;
  const routes = new Hono<InboxEnv>();

  function applyStatus(c: Context<InboxEnv>, ids: readonly string[], update: StatusUpdate): Response {
    const personal = personalDataIn(services, [['answer', update.answer]]);
    if (personal.length > 0) return reject(c, 400, 'Het antwoord bevat persoonsgegevens.', personal);
    const updated = signals.setStatus(ids, update, c.get('principal').team);
    if (updated.length === 0) return reject(c, 404, 'Dit signaal bestaat niet.');
    return c.json(statusUpdateResponseSchema.parse({ updated: updated.length, signalIds: updated }));
  }

  routes.get('/signals', (c) => {
    const query = readQuery(c, signalListQuerySchema);
    if (query instanceof Response) return query;
    const { group: groupKey, ...filter } = query;
    let ids: string[] | undefined;
    if (groupKey !== undefined) {
      const group = grouping.find(groupKey);
      if (group === undefined) return reject(c, 404, GROUP_GONE);
      ids = group.signalIds;
    }
    return c.json(signalListResponseSchema.parse(signals.list({ ...filter, ...(ids === undefined ? {} : { ids }) })));
  });

  routes.patch('/signals/:id', async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    if (!id.success) return reject(c, 404, 'Dit signaal bestaat niet.');
    const update = await readBody(c, statusUpdateSchema);
    if (update instanceof Response) return update;
    return applyStatus(c, [id.data], update);
  });

  routes.get('/groups', (c) => {
    const query = readQuery(c, signalGroupQuerySchema);
    if (query instanceof Response) return query;
    const matching = grouping
      .all()
      .filter(
        (group) =>
          group.count >= query.minCount &&
          (query.category === undefined || group.category === query.category) &&
          (query.status === undefined || group.statuses[query.status] !== undefined),
      );
    return c.json(signalGroupListResponseSchema.parse({ groups: matching }));
  });

  routes.post('/groups/merge', async (c) => {
    const request = await readBody(c, mergeRequestSchema);
    if (request instanceof Response) return request;
    const personal = personalDataIn(services, [['title', request.title]]);
    if (personal.length > 0) return reject(c, 400, 'De titel bevat persoonsgegevens.', personal);
    const found = new Set(signals.existing(request.signalIds));
    const missing = request.signalIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return reject(
        c,
        404,
        'Niet alle signalen bestaan.',
        missing.map((id) => ({ path: 'signalIds', message: `signaal ${id} bestaat niet` })),
      );
    }
    let target: SignalGroup | undefined;
    if (request.target !== undefined) {
      target = grouping.find(request.target);
      if (target === undefined) return reject(c, 404, GROUP_GONE);
    }
    let mergedId: number;
    if (target?.kind === 'merged') {
      mergedId = Number(target.key.slice('merged-'.length));
      groups.add(mergedId, request.signalIds);
    } else {
      // Merging into a computed group freezes it: from now on its members stay together by hand.
      const members = [...new Set([...(target?.signalIds ?? []), ...request.signalIds])];
      const title = request.title ?? target?.title ?? signals.byIds(members)[0]!.summary;
      mergedId = groups.create(title, members);
    }
    const merged = grouping.find(`merged-${mergedId}`);
    if (merged === undefined) throw new Error(`merged group ${mergedId} vanished right after the merge`);
    return c.json(mergeResponseSchema.parse({ group: merged }));
  });

  routes.patch('/groups/:key', async (c) => {
    const group = grouping.find(c.req.param('key'));
    if (group === undefined) return reject(c, 404, GROUP_GONE);
    const update = await readBody(c, statusUpdateSchema);
    if (update instanceof Response) return update;
    return applyStatus(c, group.signalIds, update);
  });

  routes.delete('/groups/:key/signals/:id', (c) => {
    const key = /^merged-(\d{1,12})$/.exec(c.req.param('key'));
    if (key === null) {
      return reject(c, 400, 'Alleen uit een samengevoegde groep kun je een signaal halen.', [
        { path: 'key', message: 'gebruik een sleutel die begint met merged-' },
      ]);
    }
    if (!groups.remove(Number(key[1]), c.req.param('id'))) return reject(c, 404, 'Dit signaal zit niet in deze groep.');
    return c.body(null, 204);
  });

  routes.get('/export', (c) => {
    const query = readQuery(c, exportQuerySchema);
    if (query instanceof Response) return query;
    let group: SignalGroup | undefined;
    let ids: readonly string[];
    if (query.group !== undefined) {
      group = grouping.find(query.group);
      if (group === undefined) return reject(c, 404, GROUP_GONE);
      ids = group.signalIds;
    } else {
      ids = query.ids!;
    }
    const selected = signals.byIds(ids);
    if (selected.length === 0) return reject(c, 404, 'Geen van deze signalen bestaat.');
    const now = services.now();
    c.header('Content-Disposition', `attachment; filename="${exportFileName(query.format, now)}"`);
    if (query.format === 'csv') {
      const groupOf = new Map(grouping.all().flatMap((g) => g.signalIds.map((id) => [id, g.key] as const)));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(signalsToCsv(selected, (id) => groupOf.get(id)));
    }
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    const title = group?.title ?? `selectie van ${selected.length} ${selected.length === 1 ? 'signaal' : 'signalen'}`;
    return c.body(signalsToMarkdown({ title, signals: selected, generatedAt: now, ...(group === undefined ? {} : { group }) }));
  });

  return routes;
}

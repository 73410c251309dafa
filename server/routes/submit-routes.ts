import { Hono } from 'hono';
import {
  IDEMPOTENCY_HEADER,
  signalStatusEntrySchema,
  signalStatusResponseSchema,
  signalSubmissionSchema,
  type SignalSubmission,
} from '../../utils/schemas/signal';
import { signalStatusQuerySchema } from '../../utils/schemas/signal-status-query';
import type { InboxEnv } from '../http/inbox-env';
import { readJsonBody } from '../http/read-json-body';
import { parseDutch, reject, type Reason } from '../http/rejection';
import type { InboxServices } from '../inbox-services';
import { blockedPersonalData } from '../privacy/blocked-personal-data';

function freeText(signal: SignalSubmission): Array<readonly [string, string | undefined]> {
  return [
    ['summary', signal.summary],
    ['description', signal.description],
    ['rule', signal.rule],
    ['suggestion', signal.suggestion],
    ['context.source.ref', signal.context.source.ref],
    ['context.municipality', signal.context.municipality],
  ];
}

/** `POST /signals` and `GET /signals/status`: the extension's delivery contract (scope submit). */
export function submitRoutes(services: InboxServices): Hono<InboxEnv> {
  const routes = new Hono<InboxEnv>();

  routes.post('/', async (c) => {
    const body = await readJsonBody(c);
    if ('response' in body) return body.response;

    const key = c.req.header(IDEMPOTENCY_HEADER);
    const keyReasons: Reason[] =
      key === undefined ? [{ path: IDEMPOTENCY_HEADER, message: 'ontbreekt; stuur het id van het signaal mee' }] : [];
    const parsed = parseDutch(signalSubmissionSchema, body.value);
    if (!parsed.success || keyReasons.length > 0) {
      return reject(c, 400, 'Het signaal is niet aangenomen.', [...keyReasons, ...(parsed.success ? [] : parsed.reasons)]);
    }
    const signal = parsed.data;
    if (key !== signal.id) {
      return reject(c, 400, 'Het signaal is niet aangenomen.', [
        { path: IDEMPOTENCY_HEADER, message: 'moet gelijk zijn aan het id van het signaal' },
      ]);
    }
    const personal = blockedPersonalData(services.findPersonalData, services.blockingKinds, freeText(signal));
    if (personal.length > 0) {
      return reject(c, 400, 'Het signaal bevat persoonsgegevens die niet verstuurd mogen worden.', personal);
    }

    const outcome = await services.store(signal, c.get('principal').team);
    if (outcome === 'conflict') {
      // 422 as in the IETF Idempotency-Key draft: the key is known, the body differs. Retrying can
      // never succeed, so the outbox must show it instead of retrying.
      return reject(c, 422, 'Dit id is al gebruikt voor een ander signaal.', [
        { path: 'id', message: 'maak een nieuw id aan voor een nieuw of gewijzigd signaal' },
      ]);
    }
    const [entry] = services.signals.statusesFor([signal.id], signal.submitterKey);
    return c.json(signalStatusEntrySchema.parse(entry), outcome === 'created' ? 201 : 200);
  });

  routes.get('/status', (c) => {
    const parsed = parseDutch(signalStatusQuerySchema, {
      ...c.req.query(),
      // Accept both ids=a,b and ids=a&ids=b.
      ...(c.req.queries('ids') === undefined ? {} : { ids: c.req.queries('ids')!.join(',') }),
    });
    if (!parsed.success) return reject(c, 400, 'Ongeldige vraag naar statussen.', parsed.reasons);
    const statuses = services.signals.statusesFor(parsed.data.ids, parsed.data.submitterKey);
    return c.json(signalStatusResponseSchema.parse({ statuses }));
  });

  return routes;
}

import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';
import { IDEMPOTENCY_HEADER, type SignalSubmission } from '../utils/schemas/signal';
import { requireScope } from './auth/require-scope';
import type { TokenStore } from './auth/token-store';
import { createGroupCommit } from './db/group-commit';
import { createGroupRepository } from './db/group-repository';
import { createRevision } from './db/revision';
import { createSignalRepository } from './db/signal-repository';
import { createGroupingService } from './grouping/grouping-service';
import { isAllowedOrigin } from './http/allowed-origin';
import type { InboxEnv } from './http/inbox-env';
import { reject } from './http/rejection';
import { jsonLinesToStdout, requestLog, type LogWriter } from './http/request-log';
import type { InboxServices } from './inbox-services';
import { buildOpenApiDocument } from './openapi/openapi-document';
import type { PersonalDataKind } from '../utils/privacy';
import type { PersonalDataFinder } from './privacy/blocked-personal-data';
import { submitRoutes } from './routes/submit-routes';
import { triageRoutes } from './routes/triage-routes';

export const MAX_BODY_BYTES = 64 * 1024;

export interface RateLimit {
  /** Requests allowed per token per window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 300, windowMs: 60_000 };

export interface AppDeps {
  /** An open database (see openDatabase); the app never closes it. */
  db: Database;
  tokens: TokenStore;
  findPersonalData: PersonalDataFinder;
  blockingKinds: readonly PersonalDataKind[];
  /** Origins besides browser extensions that may call the inbox from a web page. */
  allowedOrigins?: readonly string[];
  rateLimit?: RateLimit;
  log?: LogWriter;
  now?: () => Date;
}

export interface InboxApp {
  app: Hono<InboxEnv>;
  services: InboxServices;
}

/** The whole inbox as a Hono app; no listening, no globals, so tests drive it with app.request. */
export function createApp(deps: AppDeps): InboxApp {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? jsonLinesToStdout;
  const rateLimit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  const revision = createRevision(deps.db);
  const signals = createSignalRepository(deps.db, revision, now);
  const groups = createGroupRepository(deps.db, revision, now);
  const insert = createGroupCommit(deps.db, (item: { signal: SignalSubmission; team: string }) =>
    signals.insert(item.signal, item.team),
  );
  const services: InboxServices = {
    signals,
    store: (signal, team) => insert({ signal, team }),
    groups,
    grouping: createGroupingService(signals, groups, revision, now),
    findPersonalData: deps.findPersonalData,
    blockingKinds: deps.blockingKinds,
    now,
  };

  const app = new Hono<InboxEnv>();
  app.use(requestLog(log, now));
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  app.use(
    cors({
      origin: (origin) => (isAllowedOrigin(origin, deps.allowedOrigins ?? []) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', IDEMPOTENCY_HEADER],
      exposeHeaders: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Content-Disposition'],
      maxAge: 600,
    }),
  );

  const perToken = rateLimiter<InboxEnv>({
    windowMs: rateLimit.windowMs,
    limit: rateLimit.limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => c.get('principal').id,
    handler: (c) => reject(c, 429, 'Te veel verzoeken met dit token. Probeer het zo opnieuw.'),
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => reject(c, 413, 'Het verzoek is groter dan 64 KB.'),
  });

  const submit = new Hono<InboxEnv>();
  submit.use(requireScope(deps.tokens, 'submit'), perToken, limitBody);
  submit.route('/', submitRoutes(services));
  const triage = new Hono<InboxEnv>();
  triage.use(requireScope(deps.tokens, 'triage'), perToken, limitBody);
  triage.route('/', triageRoutes(services));

  let openApi: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((openApi ??= buildOpenApiDocument())));
  app.route('/signals', submit);
  app.route('/triage', triage);

  app.notFound((c) => reject(c, 404, 'Dit adres bestaat niet in de inbox. Zie /openapi.json.'));
  app.onError((error, c) => {
    // Our own errors never carry signal text (JSON parse errors, which quote input, are caught earlier).
    log({ time: now().toISOString(), level: 'error', path: c.req.path, error: `${error.name}: ${error.message}` });
    return reject(c, 500, 'Er ging iets mis in de inbox. Probeer het later opnieuw.');
  });

  return { app, services };
}

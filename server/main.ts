/**
 * CLI of the Komma signal inbox:
 *   npm run inbox -- [--port 8787] [--host 127.0.0.1] [--db ./data/komma-inbox.sqlite]
 *                    [--tokens ./tokens.json] [--allow-origin URL]... [--rate-limit 300] [--dev-tokens]
 *   npm run inbox -- token --scope submit|triage --team "Team Inkomen" [--tokens ./tokens.json]
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RATE_LIMIT } from './app';
import { appendToken, TOKEN_SCOPES, TokenFileError, type TokenScope } from './auth/token-file';
import { startInbox } from './start-inbox';

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  db: './data/komma-inbox.sqlite',
  tokens: './tokens.json',
} as const;

const USAGE = `Gebruik:
  npm run inbox -- [--port ${DEFAULTS.port}] [--host ${DEFAULTS.host}] [--db ${DEFAULTS.db}] [--tokens ${DEFAULTS.tokens}]
                   [--allow-origin http://127.0.0.1:5173]... [--rate-limit ${DEFAULT_RATE_LIMIT.limit}] [--dev-tokens]
  npm run inbox -- token --scope submit|triage --team "Team Inkomen" [--tokens ${DEFAULTS.tokens}]`;

class UsageError extends Error {}

function positiveInteger(value: string, option: string, allowZero = false): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) throw new UsageError(`--${option} moet een geheel getal zijn`);
  return number;
}

function createToken(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { scope: { type: 'string' }, team: { type: 'string' }, tokens: { type: 'string', default: DEFAULTS.tokens } },
    strict: true,
  });
  if (!TOKEN_SCOPES.includes(values.scope as TokenScope)) throw new UsageError('--scope moet submit of triage zijn');
  if (values.team === undefined || values.team.trim() === '') throw new UsageError('--team is verplicht');
  const entry = appendToken(values.tokens, values.scope as TokenScope, values.team);
  console.log(`Nieuw ${entry.scope}-token voor ${entry.team} toegevoegd aan ${values.tokens}:\n\n  ${entry.token}\n`);
  console.log('Bewaar het nu: de inbox laat het niet nog eens zien. Herstart de inbox om het te gebruiken.');
}

async function serveInbox(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: String(DEFAULTS.port) },
      host: { type: 'string', default: DEFAULTS.host },
      db: { type: 'string', default: DEFAULTS.db },
      tokens: { type: 'string', default: DEFAULTS.tokens },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'rate-limit': { type: 'string', default: String(DEFAULT_RATE_LIMIT.limit) },
      'dev-tokens': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const inbox = await startInbox({
    port: positiveInteger(values.port, 'port', true),
    host: values.host,
    dbPath: values.db,
    tokensPath: values.tokens,
    allowedOrigins: values['allow-origin'],
    rateLimit: { limit: positiveInteger(values['rate-limit'], 'rate-limit'), windowMs: DEFAULT_RATE_LIMIT.windowMs },
    devTokens: values['dev-tokens'],
  });
  for (const entry of inbox.createdTokens) {
    console.log(`Ontwikkeltoken (${entry.scope}, ${entry.team}): ${entry.token}`);
  }
  console.log(`Komma-inbox luistert op ${inbox.url} (database ${resolve(values.db)})`);
  const stop = () => {
    void inbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'token') createToken(argv.slice(1));
    else if (argv[0] === 'help' || argv[0] === '--help') console.log(USAGE);
    else await serveInbox([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof TokenFileError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`Poort is al in gebruik: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Only when run as a program: importing this module (tests, npm start) starts nothing.
if (isEntryPoint()) {
  const code = await main(process.argv.slice(2));
  if (code !== 0) process.exit(code);
}

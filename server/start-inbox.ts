import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { BLOCKING_KINDS, findPersonalData } from '../utils/privacy';
import { createApp, DEFAULT_RATE_LIMIT, type RateLimit } from './app';
import { ensureDevTokenFile, readTokenFile, TokenFileError, type TokenEntry } from './auth/token-file';
import { createTokenStore } from './auth/token-store';
import { openDatabase } from './db/open-database';
import type { LogWriter } from './http/request-log';

export interface InboxOptions {
  port: number;
  host: string;
  dbPath: string;
  tokensPath: string;
  allowedOrigins: readonly string[];
  rateLimit?: RateLimit;
  /** Create a token file with development tokens when there is none. */
  devTokens?: boolean;
  log?: LogWriter;
}

export interface RunningInbox {
  url: string;
  /** Tokens written by devTokens this start (empty when the file already existed). */
  createdTokens: TokenEntry[];
  close(): Promise<void>;
}

export function missingTokensMessage(tokensPath: string): string {
  return [
    `Geen tokenbestand gevonden: ${tokensPath}`,
    'Maak een token aan, bijvoorbeeld:',
    `  npm run inbox -- token --scope submit --team "Team Inkomen" --tokens ${tokensPath}`,
    `  npm run inbox -- token --scope triage --team "Signalering" --tokens ${tokensPath}`,
    'Of start voor lokaal ontwikkelen met --dev-tokens.',
  ].join('\n');
}

/** Opens the database, reads the tokens and listens. Rejects with a Dutch message on bad setup. */
export async function startInbox(options: InboxOptions): Promise<RunningInbox> {
  const createdTokens = options.devTokens === true ? ensureDevTokenFile(options.tokensPath) : [];
  if (!existsSync(options.tokensPath)) throw new TokenFileError(missingTokensMessage(options.tokensPath));
  // Read once; only the hashes live on in the token store.
  const tokens = createTokenStore(readTokenFile(options.tokensPath));
  if (tokens.size === 0) throw new TokenFileError(missingTokensMessage(options.tokensPath));

  const db = openDatabase(options.dbPath);
  const { app } = createApp({
    db,
    tokens,
    findPersonalData,
    blockingKinds: BLOCKING_KINDS,
    allowedOrigins: options.allowedOrigins,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    ...(options.log === undefined ? {} : { log: options.log }),
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(listening as Server),
    ) as Server;
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}`,
    createdTokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

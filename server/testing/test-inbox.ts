import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BLOCKING_KINDS, findPersonalData } from '../../utils/privacy';
import type { SignalSubmission } from '../../utils/schemas/signal';
import { createApp, type AppDeps, type InboxApp } from '../app';
import { generateToken, type TokenEntry } from '../auth/token-file';
import { createTokenStore } from '../auth/token-store';
import { openDatabase } from '../db/open-database';
import type { RequestLogEntry } from '../http/request-log';

export interface TestInbox extends InboxApp {
  dbPath: string;
  tokens: { submit: string; triage: string; otherTeam: string };
  logs: Array<RequestLogEntry | Record<string, unknown>>;
  /** app.request with a bearer token (submit by default) and JSON body. */
  call(path: string, init?: { method?: string; token?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** POST /signals the way the extension does. */
  post(signal: SignalSubmission, token?: string): Promise<Response>;
  /** Count rows through a separate connection, as an outside observer of the file. */
  countOnDisk(sql?: string): number;
  close(): void;
}

/** An app on a fresh temporary database file, with a submit and a triage token. */
export function createTestInbox(overrides: Partial<Omit<AppDeps, 'db' | 'tokens'>> = {}): TestInbox {
  const dir = mkdtempSync(join(tmpdir(), 'komma-inbox-'));
  const dbPath = join(dir, 'inbox.sqlite');
  const db = openDatabase(dbPath);
  const entries: TokenEntry[] = [
    { token: generateToken('submit'), scope: 'submit', team: 'Team Inkomen' },
    { token: generateToken('triage'), scope: 'triage', team: 'Signalering' },
    { token: generateToken('submit'), scope: 'submit', team: 'Team Werk' },
  ];
  const logs: TestInbox['logs'] = [];
  const inbox = createApp({
    db,
    tokens: createTokenStore(entries),
    findPersonalData,
    blockingKinds: BLOCKING_KINDS,
    log: (entry) => logs.push(entry),
    ...overrides,
  });
  const call: TestInbox['call'] = (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? entries[0]!.token : init.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (init.body !== undefined && headers['Content-Type'] === undefined) headers['Content-Type'] = 'application/json';
    return Promise.resolve(
      inbox.app.request(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      }),
    );
  };
  return {
    ...inbox,
    dbPath,
    tokens: { submit: entries[0]!.token, triage: entries[1]!.token, otherTeam: entries[2]!.token },
    logs,
    call,
    post: (signal, token) => call('/signals', { body: signal, token, headers: { 'Idempotency-Key': signal.id } }),
    countOnDisk(sql = 'SELECT count(*) AS n FROM signals') {
      const reader = new BetterSqlite3(dbPath, { readonly: true });
      try {
        return (reader.prepare(sql).get() as { n: number }).n;
      } finally {
        reader.close();
      }
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * @vitest-environment node
 *
 * API tests against the real program: `server/main.ts` in its own Node process, over HTTP, with
 * a temporary database file that the tests read directly to check what was (not) written.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionSchema, signalStatusResponseSchema, type SignalSubmission } from '../utils/schemas/signal';
import { readTokenFile } from './auth/token-file';
import { makeSubmission } from './testing/signal-fixture';
import { spawnInbox, type SpawnedInbox } from './testing/spawn-inbox';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function countRows(dbPath: string, where = '1 = 1', params: unknown[] = []): number {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM signals WHERE ${where}`).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

function post(inbox: SpawnedInbox, signal: SignalSubmission, init: { token?: string | null; body?: string; key?: string | null; contentType?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': init.contentType ?? 'application/json' };
  const token = init.token === undefined ? inbox.tokens.submit : init.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const key = init.key === undefined ? signal.id : init.key;
  if (key !== null) headers['Idempotency-Key'] = key;
  return fetch(`${inbox.url}/signals`, { method: 'POST', headers, body: init.body ?? JSON.stringify(signal) });
}

/** A body streamed without Content-Length, so the limit must be enforced while reading. */
function postChunked(inbox: SpawnedInbox, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${inbox.url}/signals`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${inbox.tokens.submit}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': makeSubmission().id,
          'Transfer-Encoding': 'chunked',
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    const chunk = 'x'.repeat(8 * 1024);
    for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk);
    req.end();
  });
}

describe('the inbox as a running program', { timeout: 60_000 }, () => {
  let inbox: SpawnedInbox;
  beforeAll(async () => {
    inbox = await spawnInbox();
  });
  afterAll(async () => {
    await inbox?.kill();
  });

  it('is idempotent on sequential repeats and refuses a changed body with 422', async () => {
    const signal = makeSubmission();
    expect((await post(inbox, signal)).status).toBe(201);
    expect((await post(inbox, signal)).status).toBe(200);
    expect((await post(inbox, signal)).status).toBe(200);
    const changed = await post(inbox, { ...signal, summary: 'Iets heel anders dan eerst gemeld' });
    expect(changed.status).toBe(422);
    expect(countRows(inbox.dbPath, 'id = ?', [signal.id])).toBe(1);
    expect(countRows(inbox.dbPath, 'id = ? AND summary = ?', [signal.id, signal.summary])).toBe(1);
  });

  it('keeps one record when 50 identical requests arrive at the same time', async () => {
    const signal = makeSubmission();
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => post(inbox, signal)))).map((r) => r.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    expect(countRows(inbox.dbPath, 'id = ?', [signal.id])).toBe(1);
  });

  it('checks tokens and scopes', async () => {
    const signal = makeSubmission();
    expect((await post(inbox, signal, { token: null })).status).toBe(401);
    expect((await post(inbox, signal, { token: 'komma_submit_niet-echt-maar-wel-lang-genoeg' })).status).toBe(401);
    const headers = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
    expect((await fetch(`${inbox.url}/triage/groups`, headers(inbox.tokens.submit))).status).toBe(403);
    expect((await fetch(`${inbox.url}/triage/groups`, headers(inbox.tokens.triage))).status).toBe(200);
    expect(countRows(inbox.dbPath, 'id = ?', [signal.id])).toBe(0);
  });

  it('writes nothing for any bad input, and says why in Dutch', async () => {
    const before = countRows(inbox.dbPath);
    const cases: Array<[string, () => Promise<Response | number>, number]> = [
      ['malformed JSON', () => post(inbox, makeSubmission(), { body: '{"id":' }), 400],
      ['not JSON', () => post(inbox, makeSubmission(), { contentType: 'text/plain' }), 415],
      ['invalid fields', () => post(inbox, makeSubmission({ summary: '' })), 400],
      ['unknown field', () => post(inbox, { ...makeSubmission(), pagina: 'https://zaak/1' } as SignalSubmission), 400],
      ['no Idempotency-Key', () => post(inbox, makeSubmission(), { key: null }), 400],
      ['Idempotency-Key not the id', () => post(inbox, makeSubmission(), { key: makeSubmission().id }), 400],
      ['BSN', () => post(inbox, makeSubmission({ summary: 'Klant 111222333 krijgt te weinig toeslag' })), 400],
      ['IBAN', () => post(inbox, makeSubmission({ description: 'Rekening NL91ABNA0417164300 geblokkeerd.' })), 400],
      ['body over 64 KB', () => post(inbox, makeSubmission({ description: 'x'.repeat(70 * 1024) })), 413],
      ['streamed body over 64 KB', () => postChunked(inbox, 100 * 1024), 413],
    ];
    for (const [name, send, expected] of cases) {
      const response = await send();
      const status = typeof response === 'number' ? response : response.status;
      expect(status, name).toBe(expected);
      if (typeof response !== 'number') {
        const body = rejectionSchema.parse(await response.json());
        expect(body.error, name).toMatch(/[a-z]/);
      }
    }
    expect(countRows(inbox.dbPath)).toBe(before);
  });

  it('names the field holding a BSN so the sender can fix it', async () => {
    const response = await post(inbox, makeSubmission({ rule: 'Beschikking 111222333' }));
    expect(rejectionSchema.parse(await response.json()).reasons).toEqual([{ path: 'rule', message: expect.stringContaining('BSN') }]);
  });

  it('serves its OpenAPI document', async () => {
    const response = await fetch(`${inbox.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});

describe('rate limiting in the running program', { timeout: 60_000 }, () => {
  it('answers 429 with Retry-After past --rate-limit', async () => {
    const inbox = await spawnInbox({ args: ['--rate-limit', '5'] });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 7; i += 1) {
        const response = await post(inbox, makeSubmission());
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('Retry-After');
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(countRows(inbox.dbPath)).toBe(5);
    } finally {
      await inbox.kill();
    }
  });
});

describe('durability', { timeout: 120_000 }, () => {
  it('keeps every acknowledged signal when the process is killed during a burst', async () => {
    // The per-token budget would stop the burst long before the kill: lift it for this test.
    const first = await spawnInbox({ args: ['--rate-limit', '1000000'] });
    const submitterKey = makeSubmission().submitterKey;
    const acknowledged: SignalSubmission[] = [];
    let inFlightAtKill = 0;
    let killed = false;
    let failure: unknown;

    const worker = async () => {
      while (!killed) {
        const signal = makeSubmission({ submitterKey });
        try {
          const response = await post(first, signal);
          if (response.status === 201) acknowledged.push(signal);
          else if (!killed) failure ??= new Error(`unexpected ${response.status}`);
        } catch (error) {
          if (killed) inFlightAtKill += 1;
          else failure ??= error;
        }
        if (failure !== undefined) return;
      }
    };
    const workers = Array.from({ length: 32 }, worker);
    try {
      // Kill mid-burst, once a fair number of signals has been acknowledged.
      while (acknowledged.length < 400 && failure === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    } finally {
      killed = true;
      await first.kill('SIGKILL');
      await Promise.all(workers);
    }
    expect(failure).toBeUndefined();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(inFlightAtKill).toBeGreaterThan(0);

    const ids = acknowledged.map((signal) => signal.id);
    // Straight from the file, after the crash, before any restart.
    expect(countRows(first.dbPath, 'id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)])).toBe(ids.length);

    const second = await spawnInbox({ dir: first.dir });
    try {
      const seen = new Set<string>();
      for (let i = 0; i < ids.length; i += 100) {
        const chunk = ids.slice(i, i + 100).join(',');
        const response = await fetch(`${second.url}/signals/status?ids=${chunk}&submitterKey=${submitterKey}`, {
          headers: { Authorization: `Bearer ${second.tokens.submit}` },
        });
        for (const entry of signalStatusResponseSchema.parse(await response.json()).statuses) seen.add(entry.id);
      }
      expect(seen.size).toBe(ids.length);
      // A retry of an acknowledged signal after the restart is still a harmless repeat.
      expect((await post(second, acknowledged[0]!)).status).toBe(200);
      expect((await post(second, makeSubmission())).status).toBe(201);
    } finally {
      await second.kill();
    }
  });
});

describe('the command line', { timeout: 60_000 }, () => {
  const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: join(MAIN, '..', '..') });

  it('creates a token, appends it to the file and prints it once', async () => {
    const tokensPath = join(mkdtempSync(join(tmpdir(), 'komma-cli-')), 'tokens.json');
    const first = await cli(['token', '--scope', 'submit', '--team', 'Team Inkomen', '--tokens', tokensPath]);
    await cli(['token', '--scope', 'triage', '--team', 'Signalering', '--tokens', tokensPath]);
    const entries = readTokenFile(tokensPath);
    expect(entries.map((entry) => [entry.scope, entry.team])).toEqual([
      ['submit', 'Team Inkomen'],
      ['triage', 'Signalering'],
    ]);
    expect(first.stdout).toContain(entries[0]!.token);
    expect(first.stdout).not.toContain(entries[1]!.token);
  });

  it('refuses a wrong scope and explains how to start without a tokens file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komma-cli-'));
    await expect(cli(['token', '--scope', 'admin', '--team', 'X', '--tokens', join(dir, 't.json')])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--scope moet submit of triage zijn'),
    });
    await expect(cli(['--port', '0', '--db', join(dir, 'db.sqlite'), '--tokens', join(dir, 'geen.json')])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('npm run inbox -- token --scope submit'),
    });
    expect(existsSync(join(dir, 'db.sqlite'))).toBe(false);
  });

  it('makes development tokens with --dev-tokens and prints them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komma-cli-'));
    const inbox = await spawnInbox({ dir, args: ['--dev-tokens', '--tokens', join(dir, 'dev-tokens.json')] });
    try {
      const entries = readTokenFile(join(dir, 'dev-tokens.json'));
      expect(entries.map((entry) => entry.scope)).toEqual(['submit', 'triage']);
      for (const entry of entries) expect(inbox.output()).toContain(entry.token);
      const response = await fetch(`${inbox.url}/triage/groups`, { headers: { Authorization: `Bearer ${entries[1]!.token}` } });
      expect(response.status).toBe(200);
      expect(readFileSync(join(dir, 'dev-tokens.json'), 'utf8')).toContain('Ontwikkelteam');
    } finally {
      await inbox.kill();
    }
  });
});

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { appendToken, readTokenFile } from '../auth/token-file';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Keep only the tail of the child's output: a benchmark logs a line per request. */
const OUTPUT_TAIL = 64 * 1024;

export interface SpawnedInbox {
  url: string;
  dir: string;
  dbPath: string;
  tokensPath: string;
  tokens: { submit: string; triage: string };
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Last part of stdout and stderr, for failure messages. */
  output(): string;
  /** Sends a signal and waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface SpawnOptions {
  /** Folder for the database and tokens file; reuse it to restart on the same data. */
  dir?: string;
  args?: readonly string[];
  startTimeoutMs?: number;
}

/**
 * Starts `server/main.ts` as a separate Node process (the same Node binary, tsx as loader) on a
 * free port, with a database and tokens file in `dir`. Used by the API tests and the benchmark.
 */
export async function spawnInbox(options: SpawnOptions = {}): Promise<SpawnedInbox> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'komma-inbox-'));
  const dbPath = join(dir, 'data', 'inbox.sqlite');
  const tokensPath = join(dir, 'tokens.json');
  if (!existsSync(tokensPath)) {
    appendToken(tokensPath, 'submit', 'Team Inkomen');
    appendToken(tokensPath, 'triage', 'Signalering');
  }
  const entries = readTokenFile(tokensPath);
  const tokens = {
    submit: entries.find((entry) => entry.scope === 'submit')!.token,
    triage: entries.find((entry) => entry.scope === 'triage')!.token,
  };

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--port', '0', '--db', dbPath, '--tokens', tokensPath, ...(options.args ?? [])],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test that times out or a benchmark that throws must not leave a server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`inbox did not start within ${options.startTimeoutMs ?? 20_000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 20_000);
    const onData = () => {
      const match = /luistert op (http:\/\/\S+)/.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`inbox exited with code ${code} before listening:\n${output}`));
    });
  });

  return {
    url,
    dir,
    dbPath,
    tokensPath,
    tokens,
    child,
    output: () => output,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../test/e2e/fixtures';

const ROOT = join(import.meta.dirname, '..');

/** What ends up in the built extension: a change to any of these makes an older build stale. */
const BUILD_INPUTS = [
  'entrypoints',
  'components',
  'models',
  'utils',
  'knowledge',
  'public',
  'wxt.config.ts',
  'scripts/vite-plugin-bundled-pack.ts',
  'package-lock.json',
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path).map((name) => (name === 'node_modules' ? 0 : newestChange(join(path, name)))),
  );
}

/**
 * Why `buildDir` cannot be measured as it is, or undefined when it is newer than every input: a
 * benchmark of yesterday's build would report figures for code that no longer exists.
 */
export function staleBuildReason(buildDir: string, root: string, inputs: readonly string[] = BUILD_INPUTS) {
  const manifest = join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) return 'no build';
  const builtAt = statSync(manifest).mtimeMs;
  const changed = inputs.filter((input) => newestChange(join(root, input)) > builtAt);
  return changed.length > 0 ? `changed since the build: ${changed.join(', ')}` : undefined;
}

/** Builds the Chrome extension when it is missing or older than its sources; wxt's output goes to stderr. */
export function ensureExtensionBuild(): void {
  const reason = staleBuildReason(EXTENSION_DIR, ROOT);
  if (reason === undefined) return;
  process.stderr.write(`building the extension (${reason})…\n`);
  // CI=1: plain progress lines instead of a spinner in the benchmark's log.
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, CI: '1' },
  });
  if (result.status !== 0) throw new Error(`npx wxt build failed (exit ${result.status ?? result.signal})`);
}

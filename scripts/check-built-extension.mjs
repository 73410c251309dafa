#!/usr/bin/env node
// After the build: the Firefox build passes `web-ext lint` with no errors, and both manifests ask
// for no more than Komma needs (no <all_urls>, host access only as optional permissions) and
// open the panel the way each browser expects. Prints what it checked; exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) failures.push(message);
};
const manifest = (target) => JSON.parse(readFileSync(join(root, '.output', target, 'manifest.json'), 'utf8'));

for (const [target, browser] of [
  ['chrome-mv3', 'chrome'],
  ['firefox-mv3', 'firefox'],
]) {
  console.log(`\n${target}/manifest.json`);
  const m = manifest(target);
  const text = JSON.stringify(m);
  check(m.manifest_version === 3, 'Manifest V3');
  check(!text.includes('<all_urls>') && !text.includes('*://*/*'), 'no <all_urls> or *://*/* anywhere');
  check((m.host_permissions ?? []).length === 0, 'no host access at install (host_permissions is empty)');
  check(
    (m.permissions ?? []).every((p) => ['storage', 'alarms', 'sidePanel'].includes(p)),
    `only storage, alarms (and sidePanel) as permissions: ${JSON.stringify(m.permissions)}`,
  );
  check(m.storage?.managed_schema === 'managed_schema.json', 'admin policy schema declared');
  if (browser === 'chrome') {
    check(m.side_panel?.default_path === 'sidepanel.html', 'side_panel opens sidepanel.html');
    check((m.permissions ?? []).includes('sidePanel'), 'sidePanel permission');
    check(Boolean(m.commands?._execute_action?.suggested_key), 'keyboard shortcut for the toolbar action (opens the panel)');
  } else {
    check(m.sidebar_action?.default_panel === 'sidepanel.html', 'sidebar_action opens sidepanel.html');
    check(Boolean(m.commands?._execute_sidebar_action?.suggested_key), 'keyboard shortcut toggles the sidebar');
    check(Boolean(m.browser_specific_settings?.gecko?.id), 'gecko id set (needed for policies.json)');
  }
}

console.log('\nweb-ext lint .output/firefox-mv3');
const lint = spawnSync('web-ext', ['lint', '-s', join(root, '.output', 'firefox-mv3'), '--output', 'json', '--no-input'], {
  cwd: root,
  encoding: 'utf8',
});
try {
  const report = JSON.parse(lint.stdout);
  for (const message of [...report.errors, ...report.warnings]) {
    console.log(`    ${message._type} ${message.code} ${message.file ?? ''}: ${message.message}`);
  }
  check(report.summary.errors === 0, `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
} catch {
  check(false, `web-ext lint did not produce a report (exit ${lint.status}): ${lint.stderr?.slice(0, 500)}`);
}

if (failures.length > 0) {
  console.log(`\n${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('\nAll built-extension checks passed.');

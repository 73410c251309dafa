#!/usr/bin/env node
// `npm test`: every check the project has, in one run, ending with the line CI reads:
// `N passed, N failed`. Stages keep going after a failure so one run shows everything that is
// wrong; the exit code is non-zero if anything failed.
//   --skip-e2e   leave out the browser stages (quick local loop)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const skipE2e = process.argv.includes('--skip-e2e');
// Same PATH as under `npm test`, so the script also works when run directly with node.
process.env.PATH = `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`;

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];

function stage(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`=== ${name}: could not start ${command}: ${result.error.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`);
  return ok;
}

/** A check that is not a test runner counts as one test: passed or failed. */
function check(name, command, args, env) {
  const ok = stage(name, command, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A test runner contributes its own counts; if it produced no report, it counts as one failure. */
function suite(name, command, args, reportFile, count, env) {
  const ok = stage(name, command, args, env);
  const report = existsSync(reportFile) ? readJson(reportFile) : undefined;
  const counts = report ? count(report) : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1; // e.g. a crash after all tests passed
  results.push({ name, ...counts });
}

check('typecheck', 'tsc', ['--noEmit']);
check('lint', 'eslint', ['.', '--max-warnings=0']);

const vitestReport = join(reports, 'vitest.json');
suite(
  'unit',
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (r) => ({ passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0) }),
);

const built = check('build', 'npm', ['run', '--silent', 'build:all']);
if (built) check('built extension (manifests, web-ext lint)', 'node', ['scripts/check-built-extension.mjs']);

if (!skipE2e) {
  if (built) {
    const pwReport = join(reports, 'playwright.json');
    suite(
      'e2e',
      'playwright',
      ['test', '--reporter=list,json'],
      pwReport,
      (r) => ({ passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) }),
      { PLAYWRIGHT_JSON_OUTPUT_FILE: pwReport },
    );
  } else {
    results.push({ name: 'e2e (not run: build failed)', passed: 0, failed: 1 });
  }
}

console.log('\n=== Summary');
for (const r of results) console.log(`  ${r.name.padEnd(34)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

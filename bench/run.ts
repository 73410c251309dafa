/**
 * `npm run bench`: every benchmark area in one run, one table per area, each figure next to its
 * baseline or target measured in the same run, and a closing summary against the issue's targets.
 *   --only search,quality,privacy,inbox,signals,panel,sizes   run only these areas
 *   --quick                                                   smaller packs and time budgets
 * Timings are reported, never asserted: the machine may be shared (its load average is printed).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type BenchReport,
  type BenchTable,
  type TargetCheck,
  formatMs,
  formatNumber,
  formatTable,
  targetMet,
} from './bench-report';
import { ensureExtensionBuild } from './extension-build';
import type { BenchRow } from './inbox';

interface Area {
  name: string;
  run: (quick: boolean) => Promise<BenchReport>;
}

/** A figure from a module that reports plain rows; `target` (same unit), when given, fills the ratio column. */
type HookRow = BenchRow & { target?: number };

function rowsReport(title: string, rows: HookRow[]): BenchReport {
  return {
    tables: [
      {
        title,
        header: ['figure', 'value', 'unit', 'target', 'value / target'],
        rows: rows.map((row) => [
          row.name,
          formatNumber(row.value, Number.isInteger(row.value) ? 0 : 2),
          row.unit,
          row.target === undefined ? '—' : formatNumber(row.target, 2),
          row.target === undefined || row.target === 0 ? '—' : `${formatNumber(row.value / row.target, 2)}×`,
        ]),
      },
    ],
    targets: [],
  };
}

/**
 * Areas other sessions add as bench/<file>.ts exporting `bench<Name>(options?: { quick?: boolean })`,
 * returning a BenchReport or BenchRow[]: imported when the file exists, skipped with a note if not.
 */
function hook(name: string, file: string, exportName: string, title: string): Area {
  return {
    name,
    async run(quick) {
      const path = join(import.meta.dirname, file);
      if (!existsSync(path)) {
        return {
          tables: [{ title, header: ['figure'], rows: [], notes: [`skipped: bench/${file} does not exist yet`] }],
          targets: [],
        };
      }
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      const bench = module[exportName];
      if (typeof bench !== 'function') throw new Error(`bench/${file} does not export ${exportName}()`);
      const result = (await bench({ quick })) as BenchReport | HookRow[];
      return Array.isArray(result) ? rowsReport(title, result) : result;
    },
  };
}

const AREAS: Area[] = [
  { name: 'search', run: async (quick) => (await import('./search')).benchSearch({ quick }) },
  { name: 'quality', run: async () => (await import('./search-quality')).benchSearchQuality() },
  { name: 'privacy', run: async (quick) => (await import('./privacy')).benchPrivacy({ quick }) },
  {
    name: 'inbox',
    run: async (quick) =>
      rowsReport(
        'Signal inbox',
        await (await import('./inbox')).benchInbox(quick ? { durationSeconds: 3, groupingSignals: 2_000 } : {}),
      ),
  },
  hook('signals', 'signals.ts', 'benchSignals', 'Signal outbox'),
  hook('panel', 'panel.ts', 'benchPanel', 'Side panel in Chromium'),
  { name: 'sizes', run: async () => (await import('./sizes')).benchSizes() },
];

function parseArguments(argv: string[]): { only: Set<string>; quick: boolean } {
  const quick = argv.includes('--quick');
  const onlyIndex = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  const value = onlyIndex === -1 ? undefined : (argv[onlyIndex]!.split('=')[1] ?? argv[onlyIndex + 1]);
  const only = new Set(value ? value.split(',').map((name) => name.trim()) : AREAS.map((area) => area.name));
  const unknown = [...only].filter((name) => !AREAS.some((area) => area.name === name));
  if (unknown.length > 0)
    throw new Error(`unknown area(s) ${unknown.join(', ')}; known: ${AREAS.map((a) => a.name).join(', ')}`);
  return { only, quick };
}

const load = () =>
  loadavg()
    .map((value) => formatNumber(value, 2))
    .join(' / ');

function summary(
  targets: TargetCheck[],
  timings: [string, number][],
  started: number,
  loadAtStart: string,
): BenchTable {
  const show = (value: number, unit: string) =>
    unit === 'ms'
      ? formatMs(value)
      : `${formatNumber(value, value < 10 ? 3 : 0)}${unit === '×' ? '×' : unit ? ` ${unit}` : ''}`;
  return {
    title: 'Summary against the targets',
    header: ['target', 'measured', 'target', 'measured / target', 'met'],
    rows: targets.map((check) => [
      check.note ? `${check.name} (${check.note})` : check.name,
      show(check.measured, check.unit),
      `${check.better === 'lower' ? '≤' : '≥'} ${show(check.target, check.unit)}`,
      `${formatNumber(check.measured / check.target, 2)}×`,
      targetMet(check) ? 'yes' : 'NO',
    ]),
    notes: [
      `areas: ${timings.map(([name, ms]) => `${name} ${formatMs(ms)}`).join(', ')}; total ${formatMs(performance.now() - started)}`,
      `load average (1/5/15 min) at start ${loadAtStart}, at end ${load()}; ${cpus().length} CPUs`,
    ],
  };
}

async function main(): Promise<void> {
  const { only, quick } = parseArguments(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = load();
  console.log(`Komma benchmarks${quick ? ' (quick)' : ''}, ${new Date().toISOString()}, Node ${process.version}`);
  console.log(`load average (1/5/15 min): ${loadAtStart} on ${cpus().length} CPUs\n`);
  const targets: TargetCheck[] = [];
  const timings: [string, number][] = [];
  let failed = false;
  // The browser areas measure the built extension: build it first when it is older than the code.
  if (only.has('signals') || only.has('panel')) ensureExtensionBuild();
  for (const area of AREAS.filter((candidate) => only.has(candidate.name))) {
    const areaStart = performance.now();
    process.stderr.write(`running ${area.name}…\n`);
    try {
      const report = await area.run(quick);
      for (const table of report.tables) console.log(`${formatTable(table)}\n`);
      targets.push(...report.targets);
    } catch (error) {
      failed = true;
      console.log(
        `== ${area.name}: FAILED\n   ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    timings.push([area.name, performance.now() - areaStart]);
  }
  console.log(formatTable(summary(targets, timings, started, loadAtStart)));
  // A failed area is a broken benchmark; a missed target is a finding, reported above.
  process.exitCode = failed ? 1 : 0;
}

await main();

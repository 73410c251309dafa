/**
 * Search speed: Komma against Fuse.js, a substring scan and MiniSearch without the Dutch layer,
 * over generated packs of 1,000 and 10,000 articles. Each engine and size runs in its own
 * process (see search-worker.ts), one after the other, so builds are cold and timings do not
 * share a core.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BenchReport,
  type BenchTable,
  type TargetCheck,
  formatBytes,
  formatMs,
  formatNumber,
  formatRatio,
} from './bench-report';
import { generatePack } from './generate-pack';
import { loadRealKnowledge, type RealKnowledge } from './real-knowledge';
import { fuseEngine, kommaEngine, naiveEngine, rawMiniSearchEngine } from './search-engines';
import { loadEvaluationQueries } from './search-quality';
import { type MixQuery, QUERY_CATEGORIES, buildQueryMix } from './search-query-mix';
import type { SearchWorkerResult, SearchWorkerTask } from './search-worker';
import { seededRandom } from './seeded-random';

export interface SearchBenchOptions {
  /** Only the 1,000-article pack, with shorter time budgets. */
  quick?: boolean;
  seed?: number;
}

interface EngineBudget {
  name: string;
  rounds: number;
  budgetMs: number;
  warmupMs: number;
}

const ROOT = join(import.meta.dirname, '..');

// Komma times the whole mix three times; the baselines are far slower, so they time as much of
// the (shuffled) mix as their budget allows. Fuse.js gets no warm-up: one query can take seconds.
const BUDGETS: readonly EngineBudget[] = [
  { name: kommaEngine.name, rounds: 3, budgetMs: 15_000, warmupMs: 2_000 },
  { name: fuseEngine.name, rounds: 1, budgetMs: 10_000, warmupMs: 0 },
  { name: naiveEngine.name, rounds: 1, budgetMs: 5_000, warmupMs: 1_000 },
  { name: rawMiniSearchEngine.name, rounds: 1, budgetMs: 8_000, warmupMs: 2_000 },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function runWorker(task: SearchWorkerTask, dir: string): Promise<SearchWorkerResult> {
  const taskFile = join(dir, `task-${task.engine.replace(/\W+/g, '-')}.json`);
  writeFileSync(taskFile, JSON.stringify(task));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'search-worker.ts'), taskFile],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as SearchWorkerResult);
      else reject(new Error(`search worker for ${task.engine} failed (exit ${code})`));
    });
  });
}

function sizeTable(size: number, results: SearchWorkerResult[], mix: readonly MixQuery[]): BenchTable {
  const [komma, ...baselines] = results;
  const figures: {
    label: string;
    value: (result: SearchWorkerResult) => number | undefined;
    show: (value: number | undefined) => string;
  }[] = [
    { label: 'index build (cold)', value: (r) => r.buildMs, show: formatMs },
    { label: 'index load from prebuilt JSON (cold)', value: (r) => r.loadMs, show: formatMs },
    { label: 'first typo query after the load', value: (r) => r.firstQueryAfterLoadMs, show: formatMs },
    { label: 'serialised index', value: (r) => r.indexBytes, show: formatBytes },
    { label: 'serialised index, gzipped', value: (r) => r.indexGzipBytes, show: formatBytes },
    { label: 'JS heap held by the index', value: (r) => r.heapBytes, show: formatBytes },
    { label: 'query p50', value: (r) => r.all.p50, show: formatMs },
    { label: 'query p95', value: (r) => r.all.p95, show: formatMs },
    { label: 'query p99', value: (r) => r.all.p99, show: formatMs },
    {
      label: 'queries timed',
      value: (r) => r.all.samples,
      show: (value) => (value === undefined ? '—' : formatNumber(value)),
    },
  ];
  return {
    title: `Search speed, ${formatNumber(size)} generated articles`,
    header: ['figure', ...results.map((r) => r.engine), ...baselines.map((r) => `Komma / ${r.engine}`)],
    rows: figures.map(({ label, value, show }) => [
      label,
      ...results.map((result) => show(value(result))),
      ...baselines.map((baseline) => (label === 'queries timed' ? '' : formatRatio(value(komma!), value(baseline)))),
    ]),
    notes: [
      `query mix: ${mix.length} queries (${QUERY_CATEGORIES.map((c) => `${c} ${mix.filter((q) => q.category === c).length}`).join(', ')}); Komma times it 3×, baselines as much as their time budget allows`,
      'Komma: typo tolerance on (1 edit from 5 letters, 2 from 9), prefixes while typing; ratio < 1× means Komma is faster or smaller',
    ],
  };
}

/**
 * Komma over a pack: timed as usual, then its serialised index loaded in a fresh process (the
 * load in the first process runs on code the build has already warmed up).
 */
async function runKomma(task: SearchWorkerTask, dir: string): Promise<SearchWorkerResult> {
  const indexFile = join(dir, 'komma-index.json');
  const built = await runWorker({ ...task, saveIndexTo: indexFile }, dir);
  const loaded = await runWorker({ ...task, loadIndexFrom: indexFile }, dir);
  rmSync(indexFile, { force: true });
  return { ...built, loadMs: loaded.loadMs, firstQueryAfterLoadMs: loaded.firstQueryAfterLoadMs };
}

/** The pack that ships with Komma: built in the panel on the first search, or loaded from the index built with it. */
async function bundledTable(dir: string, mix: readonly MixQuery[], source: RealKnowledge): Promise<BenchTable> {
  const packFile = join(dir, 'pack-bundled.json');
  writeFileSync(packFile, JSON.stringify({ articles: source.articles, synonyms: source.synonyms }));
  process.stderr.write(`  search: Komma over knowledge/ (${source.articles.length} articles)…\n`);
  const komma = await runKomma(
    { engine: kommaEngine.name, packFile, queries: [...mix], rounds: 1, budgetMs: 2_000, warmupMs: 0 },
    dir,
  );
  const ready = (komma.loadMs ?? Number.NaN) + (komma.firstQueryAfterLoadMs ?? 0);
  return {
    title: `Search over the bundled pack (knowledge/, ${source.articles.length} articles), each in a fresh process`,
    header: ['figure', 'value'],
    rows: [
      ['index build (cold), as a panel without a prebuilt index does on its first search', formatMs(komma.buildMs)],
      ['index load from the prebuilt index (cold) + first typo query', formatMs(ready)],
      ['build / load', formatRatio(komma.buildMs, ready)],
      ['serialised index (shipped in the side panel JS)', formatBytes(komma.indexBytes)],
      ['serialised index, gzipped', formatBytes(komma.indexGzipBytes)],
      ['query p50 / p95 (no warm-up)', `${formatMs(komma.all.p50)} / ${formatMs(komma.all.p95)}`],
    ],
  };
}

function categoryTable(bySize: Map<number, SearchWorkerResult[]>): BenchTable {
  const sizes = [...bySize.keys()];
  return {
    title: 'Komma query latency by kind of query',
    header: ['kind', ...sizes.flatMap((size) => [`n @${formatNumber(size)}`, 'p50', 'p95', 'p99'])],
    rows: QUERY_CATEGORIES.map((category) => [
      category,
      ...sizes.flatMap((size) => {
        const stats = bySize.get(size)![0]!.byCategory[category];
        return stats
          ? [formatNumber(stats.samples), formatMs(stats.p50), formatMs(stats.p95), formatMs(stats.p99)]
          : ['0', '—', '—', '—'];
      }),
    ]),
  };
}

export async function benchSearch(options: SearchBenchOptions = {}): Promise<BenchReport> {
  const seed = options.seed ?? 1;
  const sizes = options.quick ? [1_000] : [1_000, 10_000];
  const scale = options.quick ? 1 / 3 : 1;
  const source = await loadRealKnowledge();
  const mix = shuffled(buildQueryMix(loadEvaluationQueries()), seed);
  const dir = mkdtempSync(join(tmpdir(), 'komma-search-bench-'));
  const bySize = new Map<number, SearchWorkerResult[]>();
  let bundled: BenchTable;
  try {
    bundled = await bundledTable(dir, mix, source);
    for (const size of sizes) {
      const packFile = join(dir, `pack-${size}.json`);
      writeFileSync(packFile, JSON.stringify(generatePack(source, { articles: size, seed })));
      const results: SearchWorkerResult[] = [];
      for (const budget of BUDGETS) {
        process.stderr.write(`  search: ${budget.name} over ${formatNumber(size)} articles…\n`);
        const task: SearchWorkerTask = {
          engine: budget.name,
          packFile,
          queries: mix,
          rounds: budget.rounds,
          budgetMs: budget.budgetMs * scale,
          warmupMs: budget.warmupMs * scale,
        };
        results.push(await (budget.name === kommaEngine.name ? runKomma(task, dir) : runWorker(task, dir)));
      }
      bySize.set(size, results);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const largest = Math.max(...sizes);
  const [komma, fuse] = bySize.get(largest)!;
  const at = `at ${formatNumber(largest)} articles`;
  const targets: TargetCheck[] = [
    { name: `search p95 ${at}, typo tolerance on`, measured: komma!.all.p95, unit: 'ms', target: 10, better: 'lower' },
    {
      name: `Fuse.js p95 / Komma p95 ${at}`,
      measured: fuse!.all.p95 / komma!.all.p95,
      unit: '×',
      target: 20,
      better: 'higher',
      note: `Fuse.js timed on ${fuse!.all.samples} queries`,
    },
    {
      name: `index build ${at} (cold, in the panel)`,
      measured: komma!.buildMs,
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
    {
      name: `index ready ${at} from a prebuilt or kept index`,
      measured: (komma!.loadMs ?? Number.NaN) + (komma!.firstQueryAfterLoadMs ?? 0),
      unit: 'ms',
      target: 1000,
      better: 'lower',
      note: 'fresh process: JSON.parse + restore + first typo query',
    },
  ];
  return {
    tables: [bundled, ...[...bySize].map(([size, results]) => sizeTable(size, results, mix)), categoryTable(bySize)],
    targets,
  };
}

/**
 * One search engine over one generated pack, in a process of its own: the build is timed cold,
 * as in a freshly opened panel, and a baseline's memory cannot slow the next measurement.
 * Usage: tsx bench/search-worker.ts <file with a SearchWorkerTask as JSON>; prints a SearchWorkerResult
 * as JSON on the last line of stdout. Run with --expose-gc to report the heap the index holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { KnowledgePack } from '../utils/schemas/pack';
import { loadKnowledgeSearch } from '../utils/search/knowledge-search';
import { type LatencyStats, latencyStats } from './latency-stats';
import { type BuiltSearch, SEARCH_ENGINES } from './search-engines';
import type { MixQuery, QueryCategory } from './search-query-mix';

export interface SearchWorkerTask {
  engine: string;
  packFile: string;
  /** Queries in the order to time them; timing stops when the budget runs out. */
  queries: MixQuery[];
  rounds: number;
  budgetMs: number;
  warmupMs: number;
  /** Komma only: write the serialised index here, for a later load-only task. */
  saveIndexTo?: string;
  /**
   * Komma only: instead of building and timing queries, time loading this serialised index in a
   * fresh process, as a panel that opens with a prebuilt or kept index does.
   */
  loadIndexFrom?: string;
}

export interface SearchWorkerResult {
  engine: string;
  articles: number;
  buildMs: number;
  /** Komma only: JSON.parse plus restoring a serialised index, as a panel would from a cache (cold only in a load-only task). */
  loadMs?: number;
  /** Komma only: the first typo query after loading (anything built lazily is built then). */
  firstQueryAfterLoadMs?: number;
  indexBytes?: number;
  indexGzipBytes?: number;
  heapBytes?: number;
  all: LatencyStats;
  byCategory: Partial<Record<QueryCategory, LatencyStats>>;
}

declare const gc: (() => void) | undefined;

function heapUsed(): number | undefined {
  if (typeof gc !== 'function') return undefined;
  // One collection can leave garbage that a second one finds (weak references, finalisers).
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** JSON.parse and restore of a serialised Komma index, then a first typo query (anything lazy is built then). */
function timeLoad(
  serialised: string,
  pack: KnowledgePack,
): Pick<SearchWorkerResult, 'loadMs' | 'firstQueryAfterLoadMs'> {
  let start = performance.now();
  const loaded = loadKnowledgeSearch(JSON.parse(serialised), pack.articles);
  const loadMs = performance.now() - start;
  start = performance.now();
  loaded.search('kostendelersnrom');
  return { loadMs, firstQueryAfterLoadMs: performance.now() - start };
}

/** Size of the serialised index and, for Komma, the time to load it; the text is dropped after. */
function storedIndex(task: SearchWorkerTask, built: BuiltSearch, pack: KnowledgePack): Partial<SearchWorkerResult> {
  const serialised = built.serialise();
  if (serialised === undefined) return {};
  if (task.saveIndexTo) writeFileSync(task.saveIndexTo, serialised);
  return {
    indexBytes: Buffer.byteLength(serialised),
    indexGzipBytes: gzipSync(serialised).length,
    ...(task.engine === 'Komma' ? timeLoad(serialised, pack) : {}),
  };
}

const NO_QUERIES = latencyStats([]);

function run(task: SearchWorkerTask): SearchWorkerResult {
  const engine = SEARCH_ENGINES.find((candidate) => candidate.name === task.engine);
  if (!engine) throw new Error(`unknown engine ${task.engine}`);
  const pack = JSON.parse(readFileSync(task.packFile, 'utf8')) as KnowledgePack;
  if (task.loadIndexFrom) {
    const serialised = readFileSync(task.loadIndexFrom, 'utf8');
    return {
      engine: engine.name,
      articles: pack.articles.length,
      buildMs: Number.NaN,
      ...timeLoad(serialised, pack),
      all: NO_QUERIES,
      byCategory: {},
    };
  }

  const start = performance.now();
  let built: BuiltSearch | undefined = engine.build(pack.articles, pack.synonyms);
  const buildMs = performance.now() - start;
  const heapWithIndex = heapUsed();

  const result: Omit<SearchWorkerResult, 'all' | 'byCategory'> = {
    engine: engine.name,
    articles: pack.articles.length,
    buildMs,
    ...storedIndex(task, built, pack),
  };

  // Warm up the JIT on the same queries, within its own budget.
  const warmupEnd = performance.now() + task.warmupMs;
  for (const { query } of task.queries) {
    if (performance.now() > warmupEnd) break;
    built!.search(query);
  }

  const samples: number[] = [];
  const byCategory = new Map<QueryCategory, number[]>();
  const end = performance.now() + task.budgetMs;
  timing: for (let round = 0; round < task.rounds; round += 1) {
    for (const { query, category } of task.queries) {
      // Always at least one sample, however slow the engine.
      if (samples.length > 0 && performance.now() > end) break timing;
      const queryStart = performance.now();
      built!.search(query);
      const elapsed = performance.now() - queryStart;
      samples.push(elapsed);
      const times = byCategory.get(category) ?? [];
      times.push(elapsed);
      byCategory.set(category, times);
    }
  }
  // What the index holds: the heap with it, less the heap once it is gone (the pack stays).
  built = undefined;
  const heapWithoutIndex = heapUsed();
  return {
    ...result,
    heapBytes:
      heapWithIndex === undefined || heapWithoutIndex === undefined ? undefined : heapWithIndex - heapWithoutIndex,
    all: latencyStats(samples),
    byCategory: Object.fromEntries([...byCategory].map(([category, times]) => [category, latencyStats(times)])),
  };
}

const task = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SearchWorkerTask;
process.stdout.write(`${JSON.stringify(run(task))}\n`);

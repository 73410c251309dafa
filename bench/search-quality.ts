import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from '../utils/zod';
import { type BenchReport, formatNumber, formatRatio } from './bench-report';
import { loadRealKnowledge } from './real-knowledge';
import { type BuiltSearch, SEARCH_ENGINES } from './search-engines';

const evaluationQuerySchema = z.object({
  query: z.string().min(1),
  /** Ids that answer the query; a hit on any of them counts. */
  expect: z.array(z.string()).min(1),
  kind: z.string(),
});

export type EvaluationQuery = z.infer<typeof evaluationQuerySchema>;

export const SEARCH_QUERIES_FILE = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'search-queries.json');

export function loadEvaluationQueries(file = SEARCH_QUERIES_FILE): EvaluationQuery[] {
  return z.array(evaluationQuerySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface QualityScore {
  queries: number;
  /** Share of queries whose first result is an expected article. */
  top1: number;
  /** Share of queries with an expected article among the first three results. */
  top3: number;
}

export interface QualityEvaluation {
  perKind: Map<string, QualityScore>;
  total: QualityScore;
  /** Queries whose expected article is not among the first three. */
  misses: { query: string; kind: string; expected: string[]; got: string[] }[];
}

function score(hits: { top1: boolean; top3: boolean }[]): QualityScore {
  const share = (count: number) => (hits.length === 0 ? 0 : count / hits.length);
  return {
    queries: hits.length,
    top1: share(hits.filter((hit) => hit.top1).length),
    top3: share(hits.filter((hit) => hit.top3).length),
  };
}

/** Scores a search against labelled queries: how often the right article comes first, or in the top three. */
export function evaluateSearchQuality(search: BuiltSearch, queries: readonly EvaluationQuery[]): QualityEvaluation {
  const byKind = new Map<string, { top1: boolean; top3: boolean }[]>();
  const all: { top1: boolean; top3: boolean }[] = [];
  const misses: QualityEvaluation['misses'] = [];
  for (const { query, expect, kind } of queries) {
    const got = search.search(query).slice(0, 3);
    const hit = { top1: expect.includes(got[0] ?? ''), top3: got.some((id) => expect.includes(id)) };
    if (!hit.top3) misses.push({ query, kind, expected: expect, got });
    const list = byKind.get(kind) ?? [];
    list.push(hit);
    byKind.set(kind, list);
    all.push(hit);
  }
  return {
    perKind: new Map([...byKind].map(([kind, hits]) => [kind, score(hits)])),
    total: score(all),
    misses,
  };
}

/** Where search stood before this benchmark (143 and 147 of 149 queries); changes must not fall below it. */
const QUALITY_FLOOR = { top1: 143 / 149, top3: 147 / 149 };

/**
 * Search quality on the real knowledge base: for each kind of labelled query, how often the
 * expected article comes first and in the top three, for Komma and for each baseline.
 */
export async function benchSearchQuality(): Promise<BenchReport> {
  const source = await loadRealKnowledge();
  const queries = loadEvaluationQueries();
  const evaluations = SEARCH_ENGINES.map((engine) => ({
    engine,
    evaluation: evaluateSearchQuality(engine.build(source.articles, source.synonyms), queries),
  }));
  const [komma, ...baselines] = evaluations;
  const kinds = [...komma!.evaluation.perKind.keys()];
  const cell = (score: QualityScore | undefined) =>
    score ? `${formatNumber(score.top1, 3)} / ${formatNumber(score.top3, 3)}` : '—';
  const row = (label: string, pick: (evaluation: QualityEvaluation) => QualityScore | undefined) => [
    label,
    formatNumber(pick(komma!.evaluation)?.queries ?? 0),
    ...evaluations.map(({ evaluation }) => cell(pick(evaluation))),
    ...baselines.map(({ evaluation }) => formatRatio(pick(komma!.evaluation)?.top1, pick(evaluation)?.top1)),
  ];
  const total = komma!.evaluation.total;
  return {
    tables: [
      {
        title: `Search quality on knowledge/ (${source.articles.length} articles, ${queries.length} labelled queries): top-1 / top-3; ratios of top-1`,
        header: [
          'kind',
          'n',
          ...evaluations.map(({ engine }) => engine.name),
          ...baselines.map(({ engine }) => `Komma / ${engine.name}`),
        ],
        rows: [
          ...kinds.map((kind) => row(kind, (evaluation) => evaluation.perKind.get(kind))),
          row('all', (e) => e.total),
        ],
        notes: komma!.evaluation.misses.map(
          (miss) =>
            `Komma miss (${miss.kind}): "${miss.query}" → ${miss.got.join(', ') || 'nothing'}; expected ${miss.expected.join(' or ')}`,
        ),
      },
    ],
    targets: [
      {
        name: 'search quality top-1 (not below the starting point)',
        measured: total.top1,
        unit: '',
        target: QUALITY_FLOOR.top1,
        better: 'higher',
      },
      {
        name: 'search quality top-3 (not below the starting point)',
        measured: total.top3,
        unit: '',
        target: QUALITY_FLOOR.top3,
        better: 'higher',
      },
    ],
  };
}

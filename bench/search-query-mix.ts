import type { EvaluationQuery } from './search-quality';

export const QUERY_CATEGORIES = ['exact', 'prefix', 'typo', 'accent', 'synonym', 'law'] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

export interface MixQuery {
  query: string;
  category: QueryCategory;
}

/** Which kind of labelled query stands for which category of the timing mix. */
const CATEGORY_OF_KIND: Record<string, QueryCategory> = {
  exact: 'exact',
  wordform: 'exact',
  typo: 'typo',
  accent: 'accent',
  synonym: 'synonym',
  abbreviation: 'synonym',
  everyday: 'synonym',
  lawref: 'law',
};

/**
 * The fixed query mix the latency benchmark times: the labelled evaluation queries by category,
 * plus "prefix while typing": every start of a query as the panel searches it on each key
 * press ("k", "ko", "kos", … "kostendelersnorm"), for the prefix and exact queries.
 */
export function buildQueryMix(queries: readonly EvaluationQuery[]): MixQuery[] {
  const mix: MixQuery[] = [];
  for (const { query, kind } of queries) {
    const category = CATEGORY_OF_KIND[kind];
    if (category !== undefined) mix.push({ query, category });
    if (kind === 'prefix' || kind === 'exact') {
      for (let end = 1; end <= query.length; end += 1) {
        const typed = query.slice(0, end);
        // A trailing space searches the same as without; the panel does not search again.
        if (!typed.endsWith(' ')) mix.push({ query: typed, category: 'prefix' });
      }
    }
  }
  return mix;
}

import MiniSearch from 'minisearch';
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';

export interface TextItem {
  id: string;
  text: string;
}

/**
 * When two summaries count as "about the same thing". A candidate joins a cluster when MiniSearch's
 * BM25 score for the leader's summary reaches this share of the leader's score against itself, and
 * at least this many of the leader's (meaningful) words match. Tuned on hand-written Dutch pairs in
 * similar-text-clusters.test.ts: lower ratios start joining unrelated texts that share one word.
 */
export const SIMILARITY = { minScoreRatio: 0.2, minSharedTerms: 2 } as const;

const DUTCH_STOPWORDS = new Set(stopwords);

function processTerm(term: string): string | null {
  const plain = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length < 2 || DUTCH_STOPWORDS.has(plain)) return null;
  return stemmer(plain);
}

/**
 * Clusters texts by similarity, in the order given: the first text not yet in a cluster leads a
 * new one and takes every later unclustered text similar to it. Leading by arrival order keeps a
 * cluster's leader (and so its key) stable as new signals arrive. Returns every item exactly once;
 * a text like no other is a cluster of one.
 */
export function clusterSimilarTexts(items: readonly TextItem[]): string[][] {
  const index = new MiniSearch<TextItem>({ fields: ['text'], processTerm });
  index.addAll(items);
  const clustered = new Set<string>();
  const clusters: string[][] = [];
  for (const leader of items) {
    if (clustered.has(leader.id)) continue;
    clustered.add(leader.id);
    const cluster = [leader.id];
    const queryTerms = new Set(leader.text.split(/[^\p{L}\p{N}]+/u).map(processTerm).filter((t) => t !== null));
    const minShared = Math.min(SIMILARITY.minSharedTerms, queryTerms.size);
    const results = index.search(leader.text, {
      prefix: true,
      fuzzy: 0.2,
      filter: (result) => result.id === leader.id || !clustered.has(result.id as string),
    });
    const selfScore = results.find((result) => result.id === leader.id)?.score;
    if (selfScore !== undefined && minShared > 0) {
      for (const result of results) {
        const id = result.id as string;
        if (id === leader.id) continue;
        if (result.score >= SIMILARITY.minScoreRatio * selfScore && result.queryTerms.length >= minShared) {
          clustered.add(id);
          cluster.push(id);
        }
      }
    }
    clusters.push(cluster);
  }
  // Members in arrival order, whatever their score.
  const position = new Map(items.map((item, i) => [item.id, i]));
  return clusters.map((cluster) => cluster.sort((a, b) => position.get(a)! - position.get(b)!));
}

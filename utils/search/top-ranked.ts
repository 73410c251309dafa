export interface Ranked {
  score: number;
}

/**
 * The `limit` highest-scoring items, best first; `tieBreak` orders equal scores. A panel shows
 * twenty results out of thousands of matches: keeping a short sorted list while scanning costs
 * a fraction of sorting them all.
 */
export function topRanked<T extends Ranked>(items: Iterable<T>, limit: number, tieBreak: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (limit <= 0) return best;
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && tieBreak(a, b) < 0);
  for (const item of items) {
    if (best.length === limit && !before(item, best[limit - 1]!)) continue;
    let position = best.length === limit ? limit - 1 : best.length;
    while (position > 0 && before(item, best[position - 1]!)) {
      best[position] = best[position - 1]!;
      position -= 1;
    }
    best[position] = item;
  }
  return best;
}

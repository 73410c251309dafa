import { describe, expect, it } from 'vitest';
import { topRanked } from './top-ranked';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('topRanked', () => {
  it('keeps the best items, best first, in the order a full sort gives', () => {
    const items = Array.from({ length: 500 }, (_, index) => ({ name: `n${index}`, score: (index * 7919) % 97 }));
    const sorted = [...items].sort((a, b) => b.score - a.score || byName(a, b));
    expect(topRanked(items, 20, byName)).toEqual(sorted.slice(0, 20));
    expect(topRanked(items, 1000, byName)).toEqual(sorted);
  });

  it('breaks ties with the given order and returns nothing for a limit of 0', () => {
    const items = [
      { name: 'b', score: 1 },
      { name: 'a', score: 1 },
      { name: 'c', score: 2 },
    ];
    expect(topRanked(items, 2, byName).map((item) => item.name)).toEqual(['c', 'a']);
    expect(topRanked(items, 0, byName)).toEqual([]);
  });
});

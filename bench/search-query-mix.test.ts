import { describe, expect, it } from 'vitest';
import { buildQueryMix } from './search-query-mix';

describe('buildQueryMix', () => {
  it('times every start of a word as it is typed, and each labelled query by its kind', () => {
    const mix = buildQueryMix([
      { query: 'boete', expect: ['a'], kind: 'prefix' },
      { query: 'art 18', expect: ['b'], kind: 'lawref' },
      { query: 'kdn', expect: ['c'], kind: 'abbreviation' },
    ]);
    expect(mix.filter((item) => item.category === 'prefix').map((item) => item.query)).toEqual([
      'b',
      'bo',
      'boe',
      'boet',
      'boete',
    ]);
    expect(mix).toContainEqual({ query: 'art 18', category: 'law' });
    expect(mix).toContainEqual({ query: 'kdn', category: 'synonym' });
  });
});

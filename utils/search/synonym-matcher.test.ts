import { describe, expect, it } from 'vitest';
import { dutchWords } from './dutch-words';
import { createSynonymMatcher } from './synonym-matcher';

const matcher = createSynonymMatcher([
  { terms: ['bijzondere bijstand', 'bijz. bijstand'] },
  { terms: ['bijstand', 'uitkering'] },
  { terms: ['boete', 'bestuurlijke boete'] },
]);

describe('createSynonymMatcher', () => {
  it('finds multi-word terms by stem, abbreviations included', () => {
    const matches = matcher.findAll(dutchWords('Bijz. bijstand aanvragen'));
    expect(matches[0]).toMatchObject({ start: 0, end: 2, groups: [{ group: 0, term: 'bijz. bijstand' }] });
  });

  it('matches plurals of a term', () => {
    const matches = matcher.findAll(dutchWords('twee boetes'));
    expect(matches.map((match) => match.groups.map((entry) => entry.group))).toEqual([[2]]);
  });

  it('reports overlapping terms, longest first at each start', () => {
    const matches = matcher.findAll(dutchWords('bijzondere bijstand'));
    expect(matches.map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { InvertedIndex, InvertedIndexBuilder } from './inverted-index';

const BOOSTS = [3, 1];
const documents = [
  ['boete boete', 'een boete voor de inwoner'],
  ['bijstand', 'bijstand en een boete en nog meer woorden hier'],
  ['norm', 'de kostendelersnorm'],
  ['', 'boetes'],
];

function build(): InvertedIndex {
  const builder = new InvertedIndexBuilder(BOOSTS);
  for (const fields of documents) {
    fields.forEach((text, field) => {
      for (const term of text.split(' ').filter(Boolean)) builder.count(builder.termId(term));
      builder.endField(field);
    });
    builder.endDocument();
  }
  return builder.build();
}

function scores(index: InvertedIndex, term: string): number[] {
  const result = new Float64Array(index.documentCount);
  const id = index.termId(term);
  if (id !== undefined) index.accumulate(id, 1, result, []);
  return [...result];
}

describe('InvertedIndex', () => {
  it('scores a term as MiniSearch does (BM25 with field boosts)', () => {
    const miniSearch = new MiniSearch({
      fields: ['title', 'text'],
      tokenize: (text) => text.split(' ').filter(Boolean),
      searchOptions: { boost: { title: BOOSTS[0]!, text: BOOSTS[1]! } },
    });
    miniSearch.addAll(documents.map(([title, text], id) => ({ id, title, text })));
    const index = build();
    for (const term of ['boete', 'bijstand', 'de', 'boetes']) {
      const expected = new Array<number>(documents.length).fill(0);
      for (const result of miniSearch.search(term)) expected[result.id as number] = result.score;
      const got = scores(index, term);
      got.forEach((score, document) => expect(score, `${term} in ${document}`).toBeCloseTo(expected[document]!, 10));
    }
  });

  it('lists each document that holds a term once, in a score array it adds to', () => {
    const index = build();
    const result = new Float64Array(index.documentCount);
    const touched: number[] = [];
    index.accumulate(index.termId('boete')!, 1, result, touched);
    index.accumulate(index.termId('boete')!, 1, result, touched);
    expect(touched).toEqual([0, 1]);
    expect(result[0]).toBeCloseTo(2 * scores(index, 'boete')[0]!, 10);
  });

  it('finds terms by their start and by typos', () => {
    const index = build();
    expect(
      index
        .termsWithPrefix('boet')
        .map(([term]) => term)
        .sort(),
    ).toEqual(['boete', 'boetes']);
    expect(index.termsNear('bijstnd', 1)).toEqual([['bijstand', index.termId('bijstand'), 1]]);
  });

  it('scores the same after a round trip through JSON', () => {
    const index = build();
    const restored = InvertedIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), BOOSTS);
    for (const term of ['boete', 'kostendelersnorm', 'bijstand']) {
      expect(scores(restored, term)).toEqual(scores(index, term));
    }
  });
});

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
    const [from, to] = index.prefixRange('boet');
    expect(index.terms.slice(from, to)).toEqual(['boete', 'boetes']);
    expect(index.termsNear('bijstnd', 1)).toEqual([[index.termId('bijstand'), 1]]);
  });

  it('finds exactly the terms within the edit distance, in a larger vocabulary', () => {
    const letters = 'abeikn';
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = new Set<string>();
    while (words.size < 400) {
      words.add(Array.from({ length: 1 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * 6)]).join(''));
    }
    const builder = new InvertedIndexBuilder([1]);
    for (const word of words) builder.count(builder.termId(word));
    builder.endField(0);
    builder.endDocument();
    const index = builder.build();
    for (const query of ['bank', 'ik', 'aaaaaa', 'kinne', 'e', 'beneikan']) {
      for (const maxDistance of [1, 2]) {
        const expected = [...words]
          .map((word) => [word, levenshtein(query, word)] as const)
          .filter(([, distance]) => distance <= maxDistance)
          .sort(([a], [b]) => (a < b ? -1 : 1));
        const found = index.termsNear(query, maxDistance).map(([id, distance]) => [index.terms[id], distance]);
        expect(found, `${query} within ${maxDistance}`).toEqual(expected);
      }
    }
  });

  it('scores the same after a round trip through JSON', () => {
    const index = build();
    const restored = InvertedIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), BOOSTS);
    for (const term of ['boete', 'kostendelersnorm', 'bijstand']) {
      expect(scores(restored, term)).toEqual(scores(index, term));
    }
  });
});

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnowledgePack } from '../utils/knowledge/parse-pack';
import { findLawReferences } from '../utils/search/dutch-law-references';
import { generatePack } from './generate-pack';
import { type RealKnowledge, loadRealKnowledge } from './real-knowledge';

let source: RealKnowledge;
beforeAll(async () => {
  source = await loadRealKnowledge();
});

const words = (texts: string[]) =>
  new Set(
    texts
      .join(' ')
      .toLowerCase()
      .match(/\p{L}+/gu),
  );

describe('generatePack', () => {
  it('gives the same pack for the same seed and another for another seed', () => {
    const first = generatePack(source, { articles: 50, seed: 3 });
    expect(generatePack(source, { articles: 50, seed: 3 })).toEqual(first);
    expect(generatePack(source, { articles: 50, seed: 4 }).articles[0]).not.toEqual(first.articles[0]);
  });

  it('makes a pack that passes the checks a downloaded pack must pass', () => {
    const pack = generatePack(source, { articles: 300, seed: 1 });
    const { pack: parsed, problems } = parseKnowledgePack(pack, { today: '2026-12-31' });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(parsed?.articles).toHaveLength(300);
    expect(new Set(pack.articles.map((article) => article.id)).size).toBe(300);
  });

  it('reads like the real articles: their sections, words and law references', () => {
    const { articles } = generatePack(source, { articles: 200, seed: 1 });
    const real = words(source.articles.map((article) => article.body));
    const generated = [...words(articles.map((article) => article.body))];
    // Most words come from the real articles; the rest are new compounds of their words.
    expect(generated.filter((word) => real.has(word)).length / generated.length).toBeGreaterThan(0.4);
    expect(articles.every((article) => article.body.startsWith('## Wat is het beleid'))).toBe(true);
    const laws = articles.flatMap((article) => article.laws);
    expect(laws.every((law) => findLawReferences(law).length > 0)).toBe(true);
    // Varied spellings: "Participatiewet art. 18 lid 2", "art. 18 lid 2 Pw", "artikel 18, tweede lid, van …", "18.2 Pw".
    const shapes = new Set(
      laws.map((law) => law.replace(/\d+[a-z]?(?::\d+)?/g, 'N').replace(/ (Participatiewet|Pw|Awb|BW|.*wet.*)$/, ' L')),
    );
    expect(shapes.size).toBeGreaterThan(10);
  });

  it('grows its vocabulary with its size, as a real pack does', () => {
    const small = words(generatePack(source, { articles: 100, seed: 1 }).articles.map((article) => article.body));
    const large = words(generatePack(source, { articles: 400, seed: 1 }).articles.map((article) => article.body));
    expect(large.size).toBeGreaterThan(small.size * 1.5);
  });
});

import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/fixtures/make-article';
import { knowledgePackSchema } from '../schemas/pack';
import { buildPack } from './build-pack';

describe('buildPack', () => {
  it('builds a versioned pack the schema accepts, articles sorted by id', () => {
    const pack = buildPack({
      name: 'Gemeente Voorbeeld',
      version: '2026.1',
      builtAt: '2026-11-23T10:00:00.000Z',
      articles: [makeArticle({ id: 'b' }), makeArticle({ id: 'a' })],
      synonyms: [{ terms: ['pw', 'participatiewet'] }],
    });
    expect(pack).toMatchObject({
      format: 'komma-knowledge-pack',
      schemaVersion: 1,
      name: 'Gemeente Voorbeeld',
      version: '2026.1',
    });
    expect(pack.articles.map((article) => article.id)).toEqual(['a', 'b']);
    expect(knowledgePackSchema.parse(pack)).toEqual(pack);
  });

  it('gives the same output for the same input', () => {
    const input = {
      name: 'x',
      version: '1',
      builtAt: '2026-11-23T10:00:00.000Z',
      articles: [makeArticle({ id: 'b' }), makeArticle({ id: 'a' })],
      synonyms: [],
    };
    expect(JSON.stringify(buildPack(input))).toBe(
      JSON.stringify(buildPack({ ...input, articles: [...input.articles].reverse() })),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/fixtures/make-article';
import { knowledgePackSchema } from './pack';

const pack = {
  format: 'komma-knowledge-pack',
  schemaVersion: 1,
  name: 'Gemeente Voorbeeld',
  version: '2026.1',
  builtAt: '2026-11-23T10:00:00Z',
  articles: [makeArticle()],
  synonyms: [{ terms: ['pw', 'participatiewet'] }],
};

describe('knowledgePackSchema', () => {
  it('accepts a complete pack', () => {
    expect(knowledgePackSchema.safeParse(pack).success).toBe(true);
  });

  it('rejects unknown keys at every level and an empty pack', () => {
    expect(knowledgePackSchema.safeParse({ ...pack, extra: 1 }).success).toBe(false);
    expect(knowledgePackSchema.safeParse({ ...pack, articles: [{ ...makeArticle(), html: '<b>' }] }).success).toBe(
      false,
    );
    const empty = knowledgePackSchema.safeParse({ ...pack, articles: [] });
    expect(empty.error?.issues[0]?.message).toBe('articles: het pakket bevat geen artikelen');
  });

  it('rejects a build time that is not a date-time', () => {
    const result = knowledgePackSchema.safeParse({ ...pack, builtAt: 'gisteren' });
    expect(result.error?.issues[0]?.message).toMatch(/^builtAt: gebruik een tijdstip/);
  });
});

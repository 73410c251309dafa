import { describe, expect, it } from 'vitest';
import { VALID_BODY, makeArticle } from '../../test/fixtures/make-article';
import { buildPack } from './build-pack';
import { parseKnowledgePack } from './parse-pack';
import { formatProblem } from './problem';

const today = '2026-11-23';
const validPack = () =>
  buildPack({
    name: 'Test',
    version: '1',
    builtAt: '2026-11-23T10:00:00.000Z',
    articles: [makeArticle({ id: 'a', body: `${VALID_BODY}\n## Zie ook\n\n- [B](b.md)\n` }), makeArticle({ id: 'b' })],
    synonyms: [],
  });
const report = (input: unknown): string[] => parseKnowledgePack(input, { today }).problems.map(formatProblem);

describe('parseKnowledgePack', () => {
  it('accepts a pack built by buildPack', () => {
    const result = parseKnowledgePack(JSON.parse(JSON.stringify(validPack())), { today });
    expect(result.problems).toEqual([]);
    expect(result.pack?.articles).toHaveLength(2);
  });

  it('refuses what is not a Komma pack, or a newer version, in Dutch', () => {
    expect(report('<html>')).toEqual(['kennispakket: fout: moet sleutels met waarden zijn, maar is tekst']);
    expect(report({ ...validPack(), format: 'iets-anders' })).toEqual([
      "kennispakket: fout: format: dit is geen Komma-kennispakket (verwacht 'komma-knowledge-pack')",
    ]);
    expect(report({ ...validPack(), schemaVersion: 2 })).toEqual([
      'kennispakket: fout: schemaVersion: deze versie van Komma kent alleen versie 1; werk Komma bij of bouw het pakket opnieuw',
    ]);
    expect(report({ ...validPack(), extra: true })).toEqual(['kennispakket: fout: onbekende sleutel: extra']);
  });

  it('names the article a schema problem is in', () => {
    const pack = validPack();
    const broken = {
      ...pack,
      articles: [{ ...pack.articles[0], roles: ['hacker'], script: '<script>' }, pack.articles[1]],
    };
    expect(report(broken)).toEqual([
      'a.md: fout: roles (nr. 1): kies uit: inkomensconsulent, handhaver, signaleringsconsulent, werkcoach, beleidsmedewerker',
      'a.md: fout: onbekende sleutel: script',
    ]);
  });

  it('refuses oversized content', () => {
    const pack = validPack();
    const huge = { ...pack, articles: [{ ...pack.articles[0], body: 'x'.repeat(100_001) }, pack.articles[1]] };
    expect(report(huge)).toEqual(['a.md: fout: body: mag hoogstens 100000 tekens hebben']);
  });

  it('runs the checks across articles and on each body', () => {
    const pack = validPack();
    const duplicate = { ...pack, articles: [pack.articles[0], { ...pack.articles[1], id: 'a' }] };
    expect(report(duplicate)).toEqual([
      "a.md: fout: id 'a' wordt al gebruikt in a.md",
      "a.md: fout: link naar 'b.md' wijst naar een artikel dat niet bestaat",
    ]);
    const dangling = { ...pack, articles: [pack.articles[0]] };
    expect(report(dangling)).toEqual(["a.md: fout: link naar 'b.md' wijst naar een artikel dat niet bestaat"]);
    const noSections = { ...pack, articles: [pack.articles[1], { ...pack.articles[0], body: 'Alleen tekst.' }] };
    expect(report(noSections)).toContain("a.md: fout: sectie '## Wat is het beleid' ontbreekt");
  });
});

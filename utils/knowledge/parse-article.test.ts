import { describe, expect, it } from 'vitest';
import { makeArticleText } from '../../test/fixtures/make-article';
import { parseArticle } from './parse-article';
import { formatProblem } from './problem';

const report = (text: string, file = 'voorbeeld.md'): string[] => parseArticle(text, file).problems.map(formatProblem);

describe('parseArticle', () => {
  it('parses a valid article with defaults, body and key lines', () => {
    const result = parseArticle(makeArticleText({ frontmatter: { laws: null, keywords: null } }), 'voorbeeld.md');
    expect(result.problems).toEqual([]);
    expect(result.article).toMatchObject({ id: 'voorbeeld', laws: [], keywords: [], reviewed: '2026-01-15' });
    expect(result.article?.body).toMatch(/^## Wat is het beleid/);
    expect(result.meta?.keyLines).toMatchObject({ id: 2, title: 3, reviewed: 8 });
  });

  it('reports a missing key at the closing line of the frontmatter', () => {
    expect(report(makeArticleText({ frontmatter: { summary: null } }))).toEqual([
      'voorbeeld.md:10: fout: summary ontbreekt',
    ]);
  });

  it('treats an empty key as absent: a default for laws, missing for summary', () => {
    const result = parseArticle(makeArticleText({ frontmatter: { laws: '', summary: '' } }), 'voorbeeld.md');
    expect(result.problems.map(formatProblem)).toEqual(['voorbeeld.md:4: fout: summary ontbreekt']);
    expect(parseArticle(makeArticleText({ frontmatter: { laws: '' } }), 'voorbeeld.md').article?.laws).toEqual([]);
  });

  it('reports wrong values at the line of their key, in Dutch', () => {
    const text = makeArticleText({ frontmatter: { title: 'Ok', roles: '[directeur]', reviewed: '2026-02-30' } });
    expect(report(text)).toEqual([
      'voorbeeld.md:3: fout: title: te kort',
      'voorbeeld.md:8: fout: roles (nr. 1): kies uit: inkomensconsulent, handhaver, signaleringsconsulent, werkcoach, beleidsmedewerker',
      'voorbeeld.md:10: fout: reviewed: deze datum bestaat niet',
    ]);
  });

  it('reports unknown keys at their line', () => {
    expect(report(makeArticleText({ frontmatter: { tags: '[a]' } }))).toEqual([
      expect.stringMatching(/^voorbeeld\.md:11: fout: onbekende sleutel 'tags'; toegestaan zijn: id, title, /),
    ]);
  });

  it('reports YAML syntax errors with their line and stops there', () => {
    expect(report(makeArticleText({ frontmatter: { title: 'Maatregel: verlaging' } }))).toEqual([
      expect.stringMatching(/^voorbeeld\.md:3: fout: YAML-fout: zet een waarde met een dubbele punt/),
    ]);
  });

  it('reports an id that differs from the file name', () => {
    expect(report(makeArticleText(), 'knowledge/kostendelersnorm.md')).toEqual([
      "knowledge/kostendelersnorm.md:2: fout: id 'voorbeeld' moet gelijk zijn aan de bestandsnaam zonder .md ('kostendelersnorm')",
    ]);
  });

  it('reports body problems with file lines', () => {
    const text = makeArticleText({
      body: '## Wat is het beleid\n\nA.\n\n## Ruimte voor maatwerk\n\nB.\n\n## Zie ook\n\n- [Wet](https://wetten.nl)\n',
    });
    expect(report(text)).toEqual([
      "voorbeeld.md:23: fout: link 'https://wetten.nl' onder '## Zie ook' moet naar een artikel wijzen, zoals '(kostendelersnorm.md)'",
      "voorbeeld.md:17: fout: sectie '## Waarom (de bedoeling)' ontbreekt",
    ]);
  });

  it('reports a file without frontmatter or with a list as frontmatter', () => {
    expect(report('## Wat is het beleid\n')).toEqual([
      expect.stringMatching(/^voorbeeld\.md:1: fout: frontmatter ontbreekt/),
    ]);
    expect(report('---\n- a\n- b\n---\n')).toEqual([
      "voorbeeld.md:2: fout: frontmatter moet uit regels 'sleutel: waarde' bestaan",
    ]);
  });

  it('returns the article with its warnings when there are only warnings', () => {
    const result = parseArticle(
      makeArticleText({ body: `# Titel\n\n${makeArticleText().split('---\n\n')[1]}` }),
      'voorbeeld.md',
    );
    expect(result.article?.id).toBe('voorbeeld');
    expect(result.problems.map((problem) => problem.severity)).toEqual(['warning']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeArticleText } from '../../test/fixtures/make-article';
import { formatProblem } from './problem';
import { loadPackSources, validatePack } from './validate-pack';

const today = '2026-11-23';
const article = (id: string, extra: Record<string, string> = {}, body?: string) => ({
  file: `${id}.md`,
  text: makeArticleText({ frontmatter: { id, ...extra }, body }),
});

describe('loadPackSources', () => {
  it('parses articles and synonyms from their files', () => {
    const loaded = loadPackSources([article('a'), article('b'), { file: 'synonyms.yaml', text: '- terms: [a, b]\n' }], {
      today,
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.map((entry) => entry.article.id)).toEqual(['a', 'b']);
    expect(loaded.synonyms).toEqual([{ terms: ['a', 'b'] }]);
  });
});

describe('validatePack', () => {
  it('reports per-file problems and problems across files together', () => {
    const body = `${makeArticleText().split('---\n\n')[1]}\n## Zie ook\n\n- [Weg](weg.md)\n`;
    const problems = validatePack(
      [
        article('a', {}, body),
        { file: 'b.md', text: makeArticleText({ frontmatter: { id: 'a' } }) },
        article('c', { reviewed: '2027-01-01' }),
        article('d', { summary: '' }),
        { file: 'synonyms.yaml', text: '- terms: [alleen]\n' },
        { file: 'notities.txt', text: 'x' },
      ],
      { today },
    ).map(formatProblem);
    expect(problems).toEqual([
      "b.md:2: fout: id 'a' moet gelijk zijn aan de bestandsnaam zonder .md ('b')",
      'd.md:4: fout: summary ontbreekt',
      'notities.txt: waarschuwing: onbekend soort bestand; het wordt overgeslagen',
      'synonyms.yaml:1: fout: terms: een synoniemgroep heeft minstens twee termen',
      "a.md:27: fout: link naar 'weg.md' wijst naar een artikel dat niet bestaat",
      'c.md:10: fout: reviewed (2027-01-01) ligt in de toekomst; vul de datum van de laatste controle in',
    ]);
  });

  it('reports a duplicate id across files', () => {
    const problems = validatePack(
      [article('a'), { file: 'sub-a.md', text: makeArticleText({ frontmatter: { id: 'a' } }) }],
      { today },
    );
    expect(problems.map(formatProblem)).toContain(
      "sub-a.md:2: fout: id 'a' moet gelijk zijn aan de bestandsnaam zonder .md ('sub-a')",
    );
  });
});

describe('checklists in a pack directory', () => {
  const article = (id: string) => ({ file: `${id}.md`, text: makeArticleText({ frontmatter: { id } }) });
  // The shipped Gesprek checklist, with every article link pointed at one id.
  const checklist = (articleId: string) => ({
    file: 'checklists/gesprek.yaml',
    text: readFileSync('knowledge/checklists/gesprek.yaml', 'utf8').replace(/articles: \[[^\]]*\]/g, `articles: [${articleId}]`),
  });

  it('collects a checklist and accepts links to articles in the pack', () => {
    const loaded = loadPackSources([article('stress'), checklist('stress')], { today: '2026-11-23' });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.checklists.map((c) => c.id)).toEqual(['gesprek']);
  });

  it('reports a checklist link to an article that is not in the pack', () => {
    const loaded = loadPackSources([article('stress'), checklist('bestaat-niet')], { today: '2026-11-23' });
    expect(loaded.problems).toContainEqual(
      expect.objectContaining({ file: 'checklists/gesprek.yaml', severity: 'error', message: expect.stringContaining("'bestaat-niet'") }),
    );
  });
});

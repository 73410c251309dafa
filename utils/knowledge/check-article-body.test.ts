import { describe, expect, it } from 'vitest';
import { VALID_BODY } from '../../test/fixtures/make-article';
import { checkArticleBody } from './check-article-body';
import { formatProblem } from './problem';

const check = (body: string) => checkArticleBody(body, { file: 'a.md', firstLine: 10 });
const report = (body: string): string[] => check(body).problems.map(formatProblem);

describe('checkArticleBody', () => {
  it('accepts the required sections with Zie ook and Bronnen, and collects links', () => {
    const body = `${VALID_BODY}\n## Zie ook\n\n- [Giften](giften.md)\n\n## Bronnen\n\n- [Wet](https://wetten.overheid.nl)\n`;
    const { problems, links } = check(body);
    expect(problems).toEqual([]);
    expect(links).toEqual([{ id: 'giften', line: 24, seeAlso: true }]);
  });

  it('reports a missing section at the heading it should come before', () => {
    const body = VALID_BODY.replace('## Waarom (de bedoeling)\n\nOmdat het zo bedoeld is.\n\n', '');
    expect(report(body)).toEqual(["a.md:14: fout: sectie '## Waarom (de bedoeling)' ontbreekt"]);
  });

  it('reports a missing last section at the end of the text', () => {
    const body = VALID_BODY.replace(/## Ruimte voor maatwerk[\s\S]*/, '');
    expect(report(body)).toEqual([
      expect.stringMatching(/^a\.md:\d+: fout: sectie '## Ruimte voor maatwerk' ontbreekt$/),
    ]);
  });

  it('reports sections out of order, twice, or empty', () => {
    const swapped = '## Waarom (de bedoeling)\n\nA.\n\n## Wat is het beleid\n\nB.\n\n## Ruimte voor maatwerk\n\nC.\n';
    expect(report(swapped)).toEqual([
      expect.stringMatching(/^a\.md:14: fout: sectie '## Wat is het beleid' staat op de verkeerde plek/),
    ]);
    expect(report(`${VALID_BODY}\n## Ruimte voor maatwerk\n\nNog eens.\n`)).toEqual([
      "a.md:22: fout: sectie '## Ruimte voor maatwerk' staat er twee keer in",
    ]);
    expect(report(VALID_BODY.replace('Omdat het zo bedoeld is.', ''))).toEqual([
      "a.md:14: fout: sectie '## Waarom (de bedoeling)' is leeg",
    ]);
  });

  it('accepts Bronnen without Zie ook but not Zie ook after Bronnen', () => {
    expect(report(`${VALID_BODY}\n## Bronnen\n\n- Iets\n`)).toEqual([]);
    expect(report(`${VALID_BODY}\n## Bronnen\n\n- Iets\n\n## Zie ook\n\n- [A](a.md)\n`)[0]).toMatch(
      /'## Zie ook' staat op de verkeerde plek/,
    );
  });

  it('only allows article links in Zie ook', () => {
    const body = `${VALID_BODY}\n## Zie ook\n\n- [Wet](https://wetten.overheid.nl)\n- [Oud](oud.html)\n- Geen link\n`;
    expect(report(body)).toEqual([
      "a.md:24: fout: link 'https://wetten.overheid.nl' onder '## Zie ook' moet naar een artikel wijzen, zoals '(kostendelersnorm.md)'",
      "a.md:25: fout: link 'oud.html' onder '## Zie ook' moet naar een artikel wijzen, zoals '(kostendelersnorm.md)'",
      "a.md:26: fout: zet onder '## Zie ook' alleen lijstpunten met een link, zoals '- [Titel](kostendelersnorm.md)'",
    ]);
  });

  it('warns about unknown sections and headings in the wrong case', () => {
    const problems = check(`${VALID_BODY}\n## Voorbeeld\n\nTekst.\n\n## zie ook\n\n- [A](a.md)\n`).problems;
    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'warning']);
    expect(problems[1]?.message).toBe("schrijf de kop precies als '## Zie ook'");
  });

  it('ignores headings and links inside code blocks', () => {
    const body = VALID_BODY.replace('Kijk naar de persoon.', 'Kijk.\n\n```\n## Zie ook\n[x](y.md)\n```');
    expect(check(body)).toEqual({ problems: [], links: [] });
  });

  it('collects article links in other sections too, and rejects article links with a path', () => {
    const { problems, links } = check(
      VALID_BODY.replace('Kijk naar de persoon.', 'Zie [giften](giften.md) en [oud](../oud.md).'),
    );
    expect(links).toEqual([{ id: 'giften', line: 20, seeAlso: false }]);
    expect(problems.map(formatProblem)).toEqual([
      "a.md:20: fout: link '../oud.md' naar een artikel moet de vorm '<id>.md' hebben, zonder map of #",
    ]);
  });
});

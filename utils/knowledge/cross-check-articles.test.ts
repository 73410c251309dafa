import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/fixtures/make-article';
import type { Article } from '../schemas/article';
import type { ArticleLink } from './check-article-body';
import { type ArticleEntry, crossCheckArticles } from './cross-check-articles';
import { formatProblem } from './problem';

function entry(article: Partial<Article>, file: string, links: ArticleLink[] = []): ArticleEntry {
  return { article: makeArticle(article), meta: { file, links, keyLines: { id: 2, reviewed: 10 } } };
}

const check = (entries: ArticleEntry[], reviewIntervalMonths?: number): string[] =>
  crossCheckArticles(entries, { today: '2026-11-23', reviewIntervalMonths }).map(formatProblem);

describe('crossCheckArticles', () => {
  it('passes articles that link each other', () => {
    expect(
      check([entry({ id: 'a' }, 'a.md', [{ id: 'b', line: 30, seeAlso: true }]), entry({ id: 'b' }, 'b.md')]),
    ).toEqual([]);
  });

  it('reports duplicate ids at the later file', () => {
    expect(check([entry({ id: 'a' }, 'a.md'), entry({ id: 'a' }, 'b.md')])).toEqual([
      "b.md:2: fout: id 'a' wordt al gebruikt in a.md",
    ]);
  });

  it('reports dangling links and warns about a link to itself', () => {
    const links = [
      { id: 'weg', line: 30, seeAlso: true },
      { id: 'a', line: 31, seeAlso: true },
    ];
    expect(check([entry({ id: 'a' }, 'a.md', links)])).toEqual([
      "a.md:30: fout: link naar 'weg.md' wijst naar een artikel dat niet bestaat",
      'a.md:31: waarschuwing: dit artikel verwijst onder Zie ook naar zichzelf',
    ]);
  });

  it('reports review dates in the future and, when asked, overdue reviews', () => {
    expect(check([entry({ id: 'a', reviewed: '2026-12-01' }, 'a.md')])).toEqual([
      'a.md:10: fout: reviewed (2026-12-01) ligt in de toekomst; vul de datum van de laatste controle in',
    ]);
    expect(check([entry({ id: 'a', reviewed: '2025-11-23' }, 'a.md')])).toEqual([]);
    expect(check([entry({ id: 'a', reviewed: '2025-11-23' }, 'a.md')], 12)).toEqual([
      'a.md:10: waarschuwing: toe aan controle: laatst gecontroleerd op 2025-11-23, opnieuw nodig vanaf 2026-11-23',
    ]);
  });
});

import type { Article } from '../schemas/article';
import type { ArticleMeta } from './parse-article';
import type { Problem } from './problem';
import { reviewStatus } from './review-status';

export interface ArticleEntry {
  article: Article;
  meta: ArticleMeta;
}

export interface CrossCheckOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** When given, articles past their review date get a warning. */
  reviewIntervalMonths?: number;
}

/**
 * Checks that span articles: unique ids, links that lead somewhere, review dates that are not
 * in the future. Runs on a source directory and on a downloaded pack alike.
 */
export function crossCheckArticles(entries: readonly ArticleEntry[], options: CrossCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const firstFileById = new Map<string, string>();
  for (const { article, meta } of entries) {
    const earlier = firstFileById.get(article.id);
    if (earlier === undefined) firstFileById.set(article.id, meta.file);
    else {
      problems.push({
        file: meta.file,
        line: meta.keyLines.id,
        message: `id '${article.id}' wordt al gebruikt in ${earlier}`,
        severity: 'error',
      });
    }
  }

  for (const { article, meta } of entries) {
    for (const link of meta.links) {
      if (!firstFileById.has(link.id)) {
        problems.push({
          file: meta.file,
          line: link.line,
          message: `link naar '${link.id}.md' wijst naar een artikel dat niet bestaat`,
          severity: 'error',
        });
      } else if (link.seeAlso && link.id === article.id) {
        problems.push({
          file: meta.file,
          line: link.line,
          message: 'dit artikel verwijst onder Zie ook naar zichzelf',
          severity: 'warning',
        });
      }
    }

    const status = reviewStatus(article.reviewed, {
      intervalMonths: options.reviewIntervalMonths,
      today: options.today,
    });
    if (status.inFuture) {
      problems.push({
        file: meta.file,
        line: meta.keyLines.reviewed,
        message: `reviewed (${article.reviewed}) ligt in de toekomst; vul de datum van de laatste controle in`,
        severity: 'error',
      });
    } else if (options.reviewIntervalMonths !== undefined && status.needsReview) {
      problems.push({
        file: meta.file,
        line: meta.keyLines.reviewed,
        message: `toe aan controle: laatst gecontroleerd op ${article.reviewed}, opnieuw nodig vanaf ${status.dueDate}`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

import { type KnowledgePack, knowledgePackSchema } from '../schemas/pack';
import { checkChecklistDefinition } from '../checklists/check-checklist-definition';
import { checkArticleBody } from './check-article-body';
import { checkChecklistLinks } from './check-checklist-links';
import { type ArticleEntry, crossCheckArticles } from './cross-check-articles';
import { describeIssue, describePath, dutchErrorMap } from './describe-issue';
import type { Problem } from './problem';

/** Name used in problems about the pack as a whole. */
export const PACK_FILE = 'kennispakket';

function articleFile(input: unknown, index: number): string {
  const id = (input as { articles?: { id?: unknown }[] } | null)?.articles?.[index]?.id;
  return typeof id === 'string' && id.length <= 100 ? `${id}.md` : `artikel ${index + 1}`;
}

/**
 * Checks a knowledge pack from an untrusted place (a URL, storage) before Komma uses it: the
 * schema, each article's sections and links, and the checks across articles. A pack with any
 * error is refused as a whole.
 */
export function parseKnowledgePack(
  input: unknown,
  { today }: { today: string },
): { pack: KnowledgePack; problems: Problem[] } | { pack?: undefined; problems: Problem[] } {
  const result = knowledgePackSchema.safeParse(input, { error: dutchErrorMap, reportInput: true });
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const [first, index, ...rest] = issue.path;
        if (
          first === 'articles' &&
          typeof index === 'number' &&
          (rest.length > 0 || issue.code === 'unrecognized_keys')
        ) {
          const message = describeIssue({ ...issue, path: rest });
          return { file: articleFile(input, index), message, severity: 'error' as const };
        }
        const message = issue.path.length === 0 ? issue.message : describeIssue(issue);
        return { file: PACK_FILE, message: message || describePath(issue.path), severity: 'error' as const };
      }),
    };
  }

  const pack = result.data;
  const problems: Problem[] = [];
  const entries: ArticleEntry[] = pack.articles.map((article) => {
    const file = `${article.id}.md`;
    const body = checkArticleBody(article.body, { file });
    // Lines inside a pack's body would not match any file an author can open.
    problems.push(...body.problems.map(({ line: _line, ...problem }) => problem));
    return { article, meta: { file, links: body.links.map(({ line: _line, ...link }) => link), keyLines: {} } };
  });
  problems.push(...crossCheckArticles(entries, { today }));
  for (const definition of pack.checklists) {
    problems.push(...checkChecklistDefinition(`checklist ${definition.id}`, definition));
  }
  problems.push(
    ...checkChecklistLinks(
      pack.checklists,
      pack.articles.map((article) => article.id),
      (id) => `checklist ${id}`,
    ),
  );
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  return { pack, problems };
}

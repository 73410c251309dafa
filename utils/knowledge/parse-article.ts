import { type Article, type ArticleFrontmatter, articleFrontmatterSchema } from '../schemas/article';
import { type ArticleLink, checkArticleBody } from './check-article-body';
import { describeIssue, dutchErrorMap } from './describe-issue';
import { splitFrontmatter } from './frontmatter';
import type { Problem } from './problem';
import { parseYamlSource } from './yaml-source';

/** Where an article came from, for checks that span several articles. */
export interface ArticleMeta {
  file: string;
  links: ArticleLink[];
  /** 1-based file line of each frontmatter key. */
  keyLines: Partial<Record<keyof ArticleFrontmatter, number>>;
}

export type ParseArticleResult =
  /** Parsed; `problems` then holds warnings only. */
  | { article: Article; meta: ArticleMeta; problems: Problem[] }
  | { article?: undefined; meta?: undefined; problems: Problem[] };

function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Parses one knowledge article file (`<id>.md`) and explains, in Dutch, everything wrong with it. */
export function parseArticle(text: string, file: string): ParseArticleResult {
  const split = splitFrontmatter(text);
  if (split === null) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: "frontmatter ontbreekt: begin het bestand met een regel '---', dan de sleutels, dan weer '---'",
          severity: 'error',
        },
      ],
    };
  }

  const { parsed, problems } = parseYamlSource(split.yaml, { file, firstLine: split.yamlLine });
  if (hasErrors(problems)) return { problems };
  const data: unknown = parsed.document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: split.yamlLine,
      message: "frontmatter moet uit regels 'sleutel: waarde' bestaan",
      severity: 'error',
    });
    return { problems };
  }

  // "laws:" with nothing after it means "none", not "null": treat empty keys as absent, so
  // optional keys get their default and required ones are reported as missing.
  const frontmatter = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
  const result = articleFrontmatterSchema.safeParse(frontmatter, { error: dutchErrorMap, reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            file,
            line: parsed.lineOf([...issue.path, key]),
            message: `onbekende sleutel '${key}'; toegestaan zijn: ${Object.keys(articleFrontmatterSchema.shape).join(', ')}`,
            severity: 'error',
          });
        }
        continue;
      }
      // A missing key has no line of its own: point at the closing '---', where it can be added.
      const line = parsed.lineOf(issue.path) ?? split.closingLine;
      problems.push({ file, line, message: describeIssue(issue), severity: 'error' });
    }
  }

  const keyLines: ArticleMeta['keyLines'] = {};
  for (const key of Object.keys(articleFrontmatterSchema.shape) as (keyof ArticleFrontmatter)[]) {
    const line = parsed.lineOf([key]);
    if (line !== undefined) keyLines[key] = line;
  }

  const expectedId = (file.split('/').pop() ?? file).replace(/\.md$/, '');
  const id = (data as { id?: unknown }).id;
  if (typeof id === 'string' && id !== expectedId) {
    problems.push({
      file,
      line: keyLines.id,
      message: `id '${id}' moet gelijk zijn aan de bestandsnaam zonder .md ('${expectedId}')`,
      severity: 'error',
    });
  }

  const body = checkArticleBody(split.body, { file, firstLine: split.bodyLine });
  problems.push(...body.problems);

  if (!result.success || hasErrors(problems)) return { problems };
  return {
    article: { ...result.data, body: split.body },
    meta: { file, links: body.links, keyLines },
    problems,
  };
}

import { isNode } from 'yaml';
import { type SynonymGroup, synonymGroupSchema } from '../schemas/synonyms';
import { z } from '../zod';
import { describeIssue, dutchErrorMap } from './describe-issue';
import { normaliseNewlines } from './frontmatter';
import type { Problem } from './problem';
import { parseYamlSource } from './yaml-source';

const synonymsFileSchema = z.array(synonymGroupSchema, {
  error: (issue) =>
    issue.code === 'invalid_type' ? "zet de groepen in een lijst: '- terms: [pw, participatiewet]'" : undefined,
});

/** Parses `synonyms.yaml`: a list of `{ terms: [...] }` groups. */
export function parseSynonymsFile(text: string, file: string): { groups: SynonymGroup[]; problems: Problem[] } {
  const { parsed, problems } = parseYamlSource(normaliseNewlines(text), { file, firstLine: 1 });
  if (problems.some((problem) => problem.severity === 'error')) return { groups: [], problems };
  // An empty file is an empty list: a pack need not add synonyms.
  const data: unknown = parsed.document.toJS() ?? [];
  const result = synonymsFileSchema.safeParse(data, { error: dutchErrorMap, reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      // The line already shows which group; the message names the field within it.
      const [, ...inGroup] = issue.path;
      const message =
        typeof issue.path[0] === 'number' ? describeIssue({ ...issue, path: inGroup }) : describeIssue(issue);
      problems.push({ file, line: lineOfItem(issue.path), message, severity: 'error' });
    }
    return { groups: [], problems };
  }

  const seen = new Map<string, number>();
  result.data.forEach((group, index) => {
    for (const [termIndex, term] of group.terms.entries()) {
      const key = term.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({
          file,
          line: lineOfItem([index, 'terms', termIndex]),
          message:
            earlier === index
              ? `'${term}' staat twee keer in dezelfde groep`
              : `'${term}' staat ook in groep ${earlier + 1}; voeg de groepen samen als ze hetzelfde betekenen`,
          severity: 'warning',
        });
      } else seen.set(key, index);
    }
  });
  return { groups: result.data, problems };

  /** Line of the node at `path`, or of the nearest parent that exists (a missing key's group). */
  function lineOfItem(path: readonly PropertyKey[]): number | undefined {
    for (let length = path.length; length > 0; length -= 1) {
      const node = parsed.document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return parsed.lineAt(node.range[0]);
    }
    return undefined;
  }
}

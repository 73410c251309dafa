import { type CrossCheckOptions, crossCheckArticles } from './cross-check-articles';
import { checkChecklistLinks } from './check-checklist-links';
import { CHECKLISTS_DIRECTORY, type PackContent, type PackSource, packSourceKind } from './pack-source-kinds';
import type { Problem } from './problem';

export interface LoadedPackSources extends PackContent {
  /** Everything wrong, per file and across files, errors and warnings. */
  problems: Problem[];
}

/**
 * Parses the files of a knowledge pack and checks them one by one and together. Pure: the
 * caller reads the files (see readPackDir) and says what day it is.
 */
export function loadPackSources(sources: readonly PackSource[], options: CrossCheckOptions): LoadedPackSources {
  const content: PackContent = { articles: [], synonyms: [], checklists: [] };
  const problems: Problem[] = [];
  const ordered = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  for (const source of ordered) {
    const kind = packSourceKind(source.file);
    if (kind === undefined) {
      problems.push({
        file: source.file,
        message: 'onbekend soort bestand; het wordt overgeslagen',
        severity: 'warning',
      });
      continue;
    }
    problems.push(...kind.collect(source, content));
  }
  problems.push(...crossCheckArticles(content.articles, options));
  problems.push(
    ...checkChecklistLinks(
      content.checklists,
      content.articles.map((entry) => entry.article.id),
      (id) => `${CHECKLISTS_DIRECTORY}/${id}.yaml`,
    ),
  );
  return { ...content, problems };
}

/** All problems of a pack's source files. */
export function validatePack(sources: readonly PackSource[], options: CrossCheckOptions): Problem[] {
  return loadPackSources(sources, options).problems;
}

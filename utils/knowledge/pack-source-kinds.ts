import { parseChecklist } from '../checklists/parse-checklists';
import type { ChecklistDefinition } from '../schemas/checklist';
import type { SynonymGroup } from '../schemas/synonyms';
import type { ArticleEntry } from './cross-check-articles';
import { parseArticle } from './parse-article';
import { parseSynonymsFile } from './parse-synonyms-file';
import type { Problem } from './problem';

/** One file of a knowledge pack directory, path relative to that directory. */
export interface PackSource {
  file: string;
  text: string;
}

/** What the files of a pack add up to. */
export interface PackContent {
  articles: ArticleEntry[];
  synonyms: SynonymGroup[];
  checklists: ChecklistDefinition[];
}

/**
 * A kind of file a pack directory may hold. To add one (checklists, say): give it a
 * `directory` if its files live in a subdirectory, a `matches` for their paths, and a
 * `collect` that adds what it parsed to a new field of PackContent.
 */
export interface PackSourceKind {
  /** Subdirectory whose files this kind reads; top-level files when absent. */
  directory?: string;
  matches(file: string): boolean;
  collect(source: PackSource, into: PackContent): Problem[];
}

export const SYNONYMS_FILE = 'synonyms.yaml';

const articles: PackSourceKind = {
  matches: (file) => !file.includes('/') && file.endsWith('.md') && file.toLowerCase() !== 'readme.md',
  collect(source, into) {
    const result = parseArticle(source.text, source.file);
    if (result.article) into.articles.push({ article: result.article, meta: result.meta });
    return result.problems;
  },
};

const synonyms: PackSourceKind = {
  matches: (file) => file === SYNONYMS_FILE,
  collect(source, into) {
    const result = parseSynonymsFile(source.text, source.file);
    into.synonyms.push(...result.groups);
    return result.problems;
  },
};

export const CHECKLISTS_DIRECTORY = 'checklists';

const checklists: PackSourceKind = {
  directory: CHECKLISTS_DIRECTORY,
  matches: (file) => /^checklists\/[^/]+\.ya?ml$/.test(file),
  collect(source, into) {
    const result = parseChecklist(source.file, source.text);
    if (result.definition) {
      const id = result.definition.id;
      if (into.checklists.some((existing) => existing.id === id)) {
        return [...result.problems, { file: source.file, message: `checklist-id '${id}' komt al in een ander bestand voor`, severity: 'error' }];
      }
      into.checklists.push(result.definition);
    }
    return result.problems;
  },
};

export const PACK_SOURCE_KINDS: readonly PackSourceKind[] = [articles, synonyms, checklists];

export function packSourceKind(file: string): PackSourceKind | undefined {
  return PACK_SOURCE_KINDS.find((kind) => kind.matches(file));
}

import type { Article } from '../schemas/article';
import type { ChecklistDefinition } from '../schemas/checklist';
import { type KnowledgePack, PACK_FORMAT, PACK_SCHEMA_VERSION } from '../schemas/pack';
import type { SynonymGroup } from '../schemas/synonyms';

export interface BuildPackInput {
  name: string;
  version: string;
  /** ISO date-time; passed in so a build is reproducible. */
  builtAt: string;
  articles: readonly Article[];
  synonyms: readonly SynonymGroup[];
  checklists?: readonly ChecklistDefinition[];
}

/**
 * Assembles a knowledge pack from sources that passed validation. Articles are sorted by id
 * and keys written in a fixed order, so the same sources give the same file.
 */
export function buildPack({ name, version, builtAt, articles, synonyms, checklists = [] }: BuildPackInput): KnowledgePack {
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    name,
    version,
    builtAt,
    articles: [...articles]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((article) => ({
        id: article.id,
        title: article.title,
        summary: article.summary,
        themes: [...article.themes],
        laws: [...article.laws],
        keywords: [...article.keywords],
        roles: [...article.roles],
        owner: article.owner,
        reviewed: article.reviewed,
        body: article.body,
      })),
    synonyms: synonyms.map((group) => ({ terms: [...group.terms] })),
    checklists: [...checklists].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

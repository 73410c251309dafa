import type { KnowledgePack } from '../schemas/pack';
import { createKnowledgeSearch, type KnowledgeSearch } from './knowledge-search';

/** The search the panel uses for a pack: its articles, with the built-in and the pack's own synonyms. */
export function createPackSearch(pack: KnowledgePack): KnowledgeSearch {
  return createKnowledgeSearch(pack.articles, { synonyms: pack.synonyms });
}

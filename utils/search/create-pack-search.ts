import type { KnowledgePack } from '../schemas/pack';
import {
  createKnowledgeSearch,
  isLoadableSearchIndex,
  type KnowledgeSearch,
  loadKnowledgeSearch,
} from './knowledge-search';

/**
 * The search the panel uses for a pack: its articles, with the built-in and the pack's own
 * synonyms. `prebuilt` is an index saved for this very pack (at build time, or kept from an
 * earlier build): loading it is several times faster than building. An index this version of
 * Komma cannot use, or one over other articles, is ignored and the search is built instead.
 */
export function createPackSearch(pack: KnowledgePack, prebuilt?: unknown): KnowledgeSearch {
  if (isLoadableSearchIndex(prebuilt)) {
    try {
      return loadKnowledgeSearch(prebuilt, pack.articles);
    } catch {
      // Built over other articles: fall through to a fresh build.
    }
  }
  return createKnowledgeSearch(pack.articles, { synonyms: pack.synonyms });
}

import { resolve } from 'node:path';
import type { Article } from '../utils/schemas/article';
import type { SynonymGroup } from '../utils/schemas/synonyms';
import { readPackDir } from '../utils/knowledge/read-pack-dir';
import { localIsoDate } from '../utils/knowledge/review-status';
import { loadPackSources } from '../utils/knowledge/validate-pack';

export interface RealKnowledge {
  articles: Article[];
  /** The pack's own synonym groups (the built-in ones are added by the search itself). */
  synonyms: SynonymGroup[];
}

/** The articles in `knowledge/`, read and checked the way the extension build reads them. */
export async function loadRealKnowledge(dir = resolve(import.meta.dirname, '..', 'knowledge')): Promise<RealKnowledge> {
  const loaded = loadPackSources(await readPackDir(dir), { today: localIsoDate() });
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`knowledge/ has errors: ${errors.map((e) => e.message).join('; ')}`);
  return { articles: loaded.articles.map((entry) => entry.article), synonyms: loaded.synonyms };
}

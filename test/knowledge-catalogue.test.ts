// The real knowledge base: every article in knowledge/ must be one Komma can ship.
import { describe, expect, it } from 'vitest';
import { REQUIRED_SECTIONS } from '../utils/schemas/article';
import { formatProblem } from '../utils/knowledge/problem';
import { readPackDir } from '../utils/knowledge/read-pack-dir';
import { localIsoDate } from '../utils/knowledge/review-status';
import { loadPackSources } from '../utils/knowledge/validate-pack';

const KNOWLEDGE_DIR = 'knowledge';
const MIN_ARTICLES = 25;

describe('knowledge catalogue', async () => {
  const sources = await readPackDir(KNOWLEDGE_DIR).catch(() => []);
  const articleFiles = sources.filter((source) => source.file.endsWith('.md'));
  const loaded = loadPackSources(sources, { today: localIsoDate() });
  const errors = loaded.problems.filter((problem) => problem.severity === 'error').map(formatProblem);

  it(`has at least ${MIN_ARTICLES} articles`, () => {
    expect(articleFiles.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
  });

  it('has no errors: every article parses, ids are unique and equal to file names, links lead somewhere, no review date in the future', () => {
    expect(errors).toEqual([]);
    expect(loaded.articles).toHaveLength(articleFiles.length);
  });

  it('has ids equal to file names and no id twice', () => {
    const ids = loaded.articles.map((entry) => entry.article.id);
    expect(ids.map((id) => `${id}.md`)).toEqual(loaded.articles.map((entry) => entry.meta.file));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the required sections in every article', () => {
    for (const { article, meta } of loaded.articles) {
      for (const section of REQUIRED_SECTIONS) expect(article.body, meta.file).toContain(`## ${section}`);
    }
  });

  it('has no review date in the future', () => {
    const today = localIsoDate();
    expect(loaded.articles.filter((entry) => entry.article.reviewed > today).map((entry) => entry.meta.file)).toEqual(
      [],
    );
  });
});

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildPack } from '../utils/knowledge/build-pack';
import { formatProblem } from '../utils/knowledge/problem';
import { readPackDir } from '../utils/knowledge/read-pack-dir';
import { DEFAULT_REVIEW_INTERVAL_MONTHS, localIsoDate } from '../utils/knowledge/review-status';
import { loadPackSources } from '../utils/knowledge/validate-pack';
import type { KnowledgePack } from '../utils/schemas/pack';

const VIRTUAL_ID = 'virtual:komma-bundled-pack';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const KNOWLEDGE_DIR = resolve(import.meta.dirname, '..', 'knowledge');

export interface BundledPackBuild {
  /** Every source file read, so a dev server can watch them. */
  files: string[];
  pack?: KnowledgePack;
  /** Dutch, as `npm run kb -- validate` prints it, when the content has errors. */
  error?: string;
}

/**
 * The pack Komma ships with, built from `knowledge/`. Also used by the demo server, which offers
 * the same content as a remote pack at /pack.json.
 */
export async function buildBundledPack(knowledgeDir = KNOWLEDGE_DIR): Promise<BundledPackBuild> {
  const sources = await readPackDir(knowledgeDir);
  const files = sources.map((source) => resolve(knowledgeDir, source.file));
  const loaded = loadPackSources(sources, {
    today: localIsoDate(),
    reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS,
  });
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    return { files, error: `Het ingebouwde kennispakket heeft fouten:\n${errors.map(formatProblem).join('\n')}` };
  }
  const pack = buildPack({
    name: 'Komma-kennisbank',
    version: process.env.npm_package_version ?? '0.0.0',
    // The build date, not "now" at runtime: the pack says when it was made.
    builtAt: new Date().toISOString(),
    articles: loaded.articles.map((entry) => entry.article),
    synonyms: loaded.synonyms,
    checklists: loaded.checklists,
  });
  return { files, pack };
}

/**
 * Builds the knowledge pack from `knowledge/` at build time and offers it as
 * `import pack from 'virtual:komma-bundled-pack'`. Broken content fails the build with the same
 * Dutch messages `npm run kb -- validate` prints, so a bad article never ships.
 *
 * `import { searchIndex } from 'virtual:komma-bundled-pack'` is the search index over that pack,
 * built here too: loading it when the panel first searches takes a fraction of a build in the
 * panel. A function, so the text is parsed only when a search needs it, and left out of bundles
 * that do not import it.
 */
export function bundledPackPlugin(knowledgeDir = KNOWLEDGE_DIR): Plugin {
  return {
    name: 'komma-bundled-pack',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, pack, error } = await buildBundledPack(knowledgeDir);
      for (const file of files) this.addWatchFile(file);
      if (!pack) this.error(error ?? 'Het ingebouwde kennispakket kon niet worden gemaakt.');
      // Imported here, not at the top: the demo server and its e2e test import this file under
      // loaders that cannot import the search's JSON (the built-in synonyms) without an attribute.
      const { createPackSearch } = await import('../utils/search/create-pack-search');
      const searchIndex = createPackSearch(pack).toJSON();
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));
      return [
        `export default JSON.parse(${literal(pack)});`,
        `export const searchIndex = () => JSON.parse(${literal(searchIndex)});`,
      ].join('\n');
    },
  };
}

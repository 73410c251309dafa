import type { KnowledgePack } from '../schemas/pack';
import { createPackSearch } from './create-pack-search';
import { INDEX_VERSION, type KnowledgeSearch, isLoadableSearchIndex, loadKnowledgeSearch } from './knowledge-search';

/**
 * Keeps one search index as text (in the extension: in the background's IndexedDB), under a key
 * that names the pack and index format it was built for (see packSearchKey).
 */
export interface SearchIndexStore {
  /** The text kept under `key`; undefined when none is (or only another pack's). */
  load(key: string): Promise<string | undefined>;
  keep(key: string, text: string): Promise<void>;
}

export interface PackSearchCache {
  /**
   * Starts reading the index kept for `pack`, so that a search soon after need not build it;
   * resolves when it has been read (or found missing). Undefined when there is nothing to read.
   */
  preload(pack: KnowledgePack): Promise<void> | undefined;
  /** The search for `pack`: loaded from its kept index when that has been read, else built (and then kept). */
  create(pack: KnowledgePack): KnowledgeSearch;
}

export interface PackSearchCacheOptions {
  /** The pack that ships with Komma and the index built over it at build time; never kept. */
  bundled?: { pack: KnowledgePack; index: () => unknown };
  /** Runs the saving of a fresh index later: turning a large index into text takes a while. */
  later?: (task: () => void) => void;
}

/**
 * Names a pack and the index format: an index kept under this key fits exactly this pack. A pack
 * is rebuilt with a new builtAt, so a changed pack never meets an old index.
 */
export function packSearchKey(pack: KnowledgePack): string {
  return JSON.stringify([INDEX_VERSION, pack.name, pack.version, pack.builtAt, pack.articles.length]);
}

const idle = (task: () => void) => void setTimeout(task, 0);

/**
 * The search over `pack` from an index saved for it; undefined when this version of Komma cannot
 * use the index (another index format, other articles), so the caller builds one instead.
 */
function loadSaved(pack: KnowledgePack, data: unknown): KnowledgeSearch | undefined {
  if (!isLoadableSearchIndex(data)) return undefined;
  try {
    return loadKnowledgeSearch(data, pack.articles);
  } catch {
    return undefined;
  }
}

/**
 * The panel's search for the pack in use. Building the index over a remote pack of ten thousand
 * articles takes tens of seconds; loading the index kept from an earlier panel about a second.
 * So the first search over a remote pack builds and keeps the index, later panels load it.
 */
export function createPackSearchCache(
  store: SearchIndexStore | undefined,
  { bundled, later = idle }: PackSearchCacheOptions = {},
): PackSearchCache {
  /** The kept index text read for a key; used once, then dropped (it is as large as the index). */
  const read = new Map<string, Promise<string | undefined>>();
  const texts = new Map<string, string>();
  // A refresh hands over a new copy of the same pack: it gets the search already made.
  let current: { key: string; search: KnowledgeSearch } | undefined;

  function preload(pack: KnowledgePack): Promise<void> | undefined {
    if (store === undefined || pack === bundled?.pack) return undefined;
    const key = packSearchKey(pack);
    // Already read, or made: nothing more to wait for.
    if (read.has(key) || current?.key === key) return read.get(key)?.then(() => undefined);
    read.clear();
    texts.clear();
    const reading = store.load(key).catch(() => undefined);
    read.set(key, reading);
    return reading.then((text) => {
      if (text !== undefined && read.get(key) === reading) texts.set(key, text);
    });
  }

  function loadKept(pack: KnowledgePack, key: string): KnowledgeSearch | undefined {
    const text = texts.get(key);
    texts.delete(key);
    if (text === undefined) return undefined;
    try {
      return loadSaved(pack, JSON.parse(text));
    } catch {
      // Damaged: build a fresh one instead.
      return undefined;
    }
  }

  function buildAndKeep(pack: KnowledgePack, key: string): KnowledgeSearch {
    const search = createPackSearch(pack);
    if (store !== undefined) {
      later(() => {
        void store.keep(key, JSON.stringify(search.toJSON())).catch(() => undefined);
      });
    }
    return search;
  }

  function create(pack: KnowledgePack): KnowledgeSearch {
    if (pack === bundled?.pack) return loadSaved(pack, bundled.index()) ?? createPackSearch(pack);
    const key = packSearchKey(pack);
    if (current?.key !== key) current = { key, search: loadKept(pack, key) ?? buildAndKeep(pack, key) };
    return current.search;
  }

  return { preload, create };
}

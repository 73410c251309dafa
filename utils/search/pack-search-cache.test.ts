import { describe, expect, it } from 'vitest';
import { article, pack } from '../../test/fixtures/packs';
import { createPackSearch } from './create-pack-search';
import { INDEX_VERSION } from './knowledge-search';
import { type SearchIndexStore, createPackSearchCache, packSearchKey } from './pack-search-cache';

const articles = [
  article({ id: 'kostendelersnorm', keywords: ['kostendeler'] }),
  article({ id: 'boete', title: 'Boete bij schending van de inlichtingenplicht', keywords: ['boete'] }),
];
const remote = pack(articles, { name: 'Gemeentepakket', version: '7' });
// An index built while the pack said "medebewoner" means "kostendeler": a search loaded from it
// finds the article for "medebewoner", a search built over `remote` does not.
const indexWithSynonym = JSON.stringify(
  createPackSearch({ ...remote, synonyms: [{ terms: ['kostendeler', 'medebewoner'] }] }).toJSON(),
);
const ids = (results: { id: string }[]) => results.map((result) => result.id);

function memoryStore(entries: Record<string, string> = {}): SearchIndexStore & { kept: Map<string, string> } {
  const kept = new Map(Object.entries(entries));
  return {
    kept,
    load: async (key) => kept.get(key),
    keep: async (key, text) => {
      kept.clear();
      kept.set(key, text);
    },
  };
}

/** A cache whose deferred work runs only when the test says so. */
function setUp(store: SearchIndexStore | undefined, bundled?: { pack: typeof remote; index: () => unknown }) {
  const tasks: (() => void)[] = [];
  const cache = createPackSearchCache(store, { bundled, later: (task) => tasks.push(task) });
  return { cache, runLater: () => tasks.splice(0).forEach((task) => task()), pending: () => tasks.length };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A panel that has to build: it searches, lets its deferred work run, and a fresh index is kept. */
async function buildsAndKeeps(store: ReturnType<typeof memoryStore>) {
  const { cache, runLater } = setUp(store);
  cache.preload(remote);
  await settle();
  expect(ids(cache.create(remote).search('boete'))).toEqual(['boete']);
  runLater();
  await settle();
  expect(JSON.parse(store.kept.get(packSearchKey(remote))!)).toMatchObject({ version: INDEX_VERSION });
}

describe('createPackSearchCache', () => {
  it('builds the search over a remote pack on first use and keeps its index for the next panel', async () => {
    const store = memoryStore();
    await buildsAndKeeps(store);

    // The next panel loads that index and gives the same answers.
    const next = setUp(store);
    next.cache.preload(remote);
    await settle();
    expect(next.cache.create(remote).search('kostendeler')).toEqual(createPackSearch(remote).search('kostendeler'));
    expect(next.pending()).toBe(0);
  });

  it('loads the index kept for the pack instead of building one', async () => {
    const { cache, pending } = setUp(memoryStore({ [packSearchKey(remote)]: indexWithSynonym }));
    // The panel waits for this before its first search.
    await cache.preload(remote);
    expect(ids(cache.create(remote).search('medebewoner'))).toEqual(['kostendelersnorm']);
    expect(pending()).toBe(0);
  });

  it('builds when the search is needed before the kept index has been read', () => {
    const { cache } = setUp(memoryStore({ [packSearchKey(remote)]: indexWithSynonym }));
    cache.preload(remote);
    expect(ids(cache.create(remote).search('medebewoner'))).toEqual([]);
  });

  it('ignores an index kept for another pack or another version of the pack', async () => {
    const newer = { ...remote, version: '8', builtAt: '2026-11-20T10:00:00.000Z' };
    const { cache } = setUp(memoryStore({ [packSearchKey(remote)]: indexWithSynonym }));
    cache.preload(newer);
    await settle();
    expect(ids(cache.create(newer).search('medebewoner'))).toEqual([]);
  });

  it('replaces a damaged or outdated kept index with a fresh build', async () => {
    const outdated = JSON.stringify({ ...JSON.parse(indexWithSynonym), version: INDEX_VERSION - 1 });
    for (const text of ['{"kapot', outdated]) await buildsAndKeeps(memoryStore({ [packSearchKey(remote)]: text }));
  });

  it('still searches when the store cannot be read or written', async () => {
    const broken: SearchIndexStore = {
      load: () => Promise.reject(new Error('geen achtergrond')),
      keep: () => Promise.reject(new Error('geen achtergrond')),
    };
    const { cache, runLater } = setUp(broken);
    cache.preload(remote);
    await settle();
    expect(ids(cache.create(remote).search('boete'))).toEqual(['boete']);
    runLater();
    await settle();
  });

  it('gives a refreshed copy of the same pack the search already made', () => {
    const { cache } = setUp(memoryStore());
    const first = cache.create(remote);
    expect(cache.create({ ...remote, articles: [...remote.articles] })).toBe(first);
  });

  it('builds the bundled pack when the index shipped with it cannot be used', () => {
    const bundledPack = pack(articles);
    const other = pack([articles[0]!, article({ id: 'erfenis', title: 'Erfenis tijdens de bijstand' })]);
    const outdated = { ...JSON.parse(indexWithSynonym), version: INDEX_VERSION - 1 };
    for (const [source, index] of [
      [bundledPack, outdated],
      [other, JSON.parse(indexWithSynonym)],
      [bundledPack, undefined],
      [bundledPack, 'index'],
    ] as const) {
      const { cache } = setUp(undefined, { pack: source, index: () => index });
      const search = cache.create(source);
      expect(ids(search.search('medebewoner'))).toEqual([]);
      expect(ids(search.search(source === other ? 'erfenis' : 'boete'))).toEqual([
        source === other ? 'erfenis' : 'boete',
      ]);
    }
  });

  it('loads the bundled pack from the index built with Komma and never keeps it', async () => {
    const bundledPack = pack(articles);
    const store = memoryStore();
    const { cache, pending } = setUp(store, { pack: bundledPack, index: () => JSON.parse(indexWithSynonym) });
    expect(cache.preload(bundledPack)).toBeUndefined();
    expect(ids(cache.create(bundledPack).search('medebewoner'))).toEqual(['kostendelersnorm']);
    expect(pending()).toBe(0);
    expect(store.kept.size).toBe(0);
  });
});

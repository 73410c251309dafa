import { describe, expect, it, vi } from 'vitest';
import { article, pack } from '../test/fixtures/packs';
import { createFakeServices } from '../test/fixtures/fake-services';
import type { KnowledgePack } from '../utils/schemas/pack';
import { KnowledgeModel, type SearchEngine } from './KnowledgeModel';

const bundled = pack([article({ id: 'kostendelersnorm', title: 'Kostendelersnorm' })]);
const remotePack = pack([article({ id: 'boete', title: 'Boete' })], { name: 'Gemeentepakket' });
const services = () => createFakeServices({ remote: { url: 'https://kennis.example/pack.json', pack: remotePack } });

/** A search over titles, and a record of which packs an engine was made for. */
function titleSearch() {
  const madeFor: KnowledgePack[] = [];
  const create = (source: KnowledgePack): SearchEngine => {
    madeFor.push(source);
    return {
      search: (query) =>
        source.articles
          .filter((item) => item.title.toLowerCase().includes(query.toLowerCase()))
          .map(({ id, title, summary }) => ({ id, title, summary, score: 1, matchedTerms: [query] })),
    };
  };
  return { create, madeFor };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('KnowledgeModel search', () => {
  it('waits for the search of a remote pack to be prepared instead of building it meanwhile', async () => {
    const { create, madeFor } = titleSearch();
    const preparation = deferred();
    const prepare = vi.fn(() => preparation.promise);
    const knowledge = new KnowledgeModel(services(), bundled, create, prepare);
    knowledge.setQuery('boete');
    await knowledge.loadRemote();
    expect(prepare).toHaveBeenCalledWith(remotePack);
    expect(knowledge.searchPending.value).toBe(true);
    expect(knowledge.results.value).toEqual([]);
    expect(madeFor).not.toContain(remotePack);

    preparation.resolve();
    await preparation.promise;
    expect(knowledge.searchPending.value).toBe(false);
    expect(knowledge.results.value.map((hit) => hit.id)).toEqual(['boete']);
    expect(madeFor.filter((made) => made === remotePack)).toHaveLength(1);
  });

  it('searches anyway when the preparation fails', async () => {
    const { create } = titleSearch();
    const preparation = deferred();
    const knowledge = new KnowledgeModel(services(), bundled, create, () => preparation.promise);
    await knowledge.loadRemote();
    knowledge.setQuery('boete');
    expect(knowledge.searchPending.value).toBe(true);
    preparation.reject(new Error('de achtergrond antwoordt niet'));
    await preparation.promise.catch(() => undefined);
    expect(knowledge.searchPending.value).toBe(false);
    expect(knowledge.results.value.map((hit) => hit.id)).toEqual(['boete']);
  });

  it('searches at once when there is nothing to prepare', async () => {
    const { create } = titleSearch();
    const knowledge = new KnowledgeModel(services(), bundled, create, () => undefined);
    knowledge.setQuery('kostendelers');
    expect(knowledge.results.value.map((hit) => hit.id)).toEqual(['kostendelersnorm']);
    await knowledge.loadRemote();
    knowledge.setQuery('boete');
    expect(knowledge.searchPending.value).toBe(false);
    expect(knowledge.results.value.map((hit) => hit.id)).toEqual(['boete']);
  });
});

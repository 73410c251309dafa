import { describe, expect, it } from 'vitest';
import { article, pack } from '../../test/fixtures/packs';
import { createPackSearch } from './create-pack-search';
import { INDEX_VERSION } from './knowledge-search';

const kostendelers = article({ id: 'kostendelersnorm', keywords: ['kostendeler'] });
const boete = article({ id: 'boete', title: 'Boete bij schending van de inlichtingenplicht', keywords: ['boete'] });
const plain = pack([kostendelers, boete]);
// The same articles, but the pack says "medebewoner" means "kostendeler": an index built over
// this pack finds the article for "medebewoner", one built over `plain` does not.
const withSynonym = pack([kostendelers, boete], { synonyms: [{ terms: ['kostendeler', 'medebewoner'] }] });
const savedWithSynonym = () => JSON.parse(JSON.stringify(createPackSearch(withSynonym).toJSON())) as unknown;
const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('createPackSearch', () => {
  it('uses an index saved for the pack instead of building one', () => {
    expect(ids(createPackSearch(plain).search('medebewoner'))).toEqual([]);
    expect(ids(createPackSearch(plain, savedWithSynonym()).search('medebewoner'))).toEqual(['kostendelersnorm']);
  });

  it('builds the search when the saved index is from another version of Komma', () => {
    const old = { ...(savedWithSynonym() as object), version: INDEX_VERSION - 1 };
    expect(ids(createPackSearch(plain, old).search('medebewoner'))).toEqual([]);
    expect(ids(createPackSearch(plain, old).search('boete'))).toEqual(['boete']);
  });

  it('builds the search when the saved index covers other articles', () => {
    const other = pack([kostendelers, article({ id: 'erfenis', title: 'Erfenis tijdens de bijstand' })]);
    const search = createPackSearch(other, savedWithSynonym());
    expect(ids(search.search('erfenis'))).toEqual(['erfenis']);
    expect(ids(search.search('boete'))).toEqual([]);
  });

  it('builds the search when there is no usable index at all', () => {
    for (const nothing of [undefined, null, 'index', {}]) {
      expect(ids(createPackSearch(plain, nothing).search('boete'))).toEqual(['boete']);
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KommaDB } from '../db/komma-db';
import { keepRemoteSearchIndex, readRemoteSearchIndex } from './remote-search-index';

const URL = 'https://kennis.example/pack.json';
const OTHER_URL = 'https://andere.example/pack.json';

let db: KommaDB;
beforeEach(() => {
  db = new KommaDB(`komma-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('remote search index', () => {
  it('gives back a kept index only for the same pack URL and key', async () => {
    expect(await keepRemoteSearchIndex(db, URL, 'pakket v1', '{"index":1}')).toBe(true);
    expect(await readRemoteSearchIndex(db, URL, 'pakket v1')).toBe('{"index":1}');
    expect(await readRemoteSearchIndex(db, URL, 'pakket v2')).toBeUndefined();
    expect(await readRemoteSearchIndex(db, OTHER_URL, 'pakket v1')).toBeUndefined();
  });

  it('keeps one index: a new one replaces the one before, also for another URL', async () => {
    await keepRemoteSearchIndex(db, URL, 'pakket v1', '{"index":1}');
    await keepRemoteSearchIndex(db, OTHER_URL, 'ander pakket', '{"index":2}');
    expect(await readRemoteSearchIndex(db, URL, 'pakket v1')).toBeUndefined();
    expect(await readRemoteSearchIndex(db, OTHER_URL, 'ander pakket')).toBe('{"index":2}');
    expect(await db.searchIndexes.count()).toBe(1);
  });

  it('keeps nothing without a pack URL', async () => {
    expect(await keepRemoteSearchIndex(db, '', 'pakket v1', '{}')).toBe(false);
    expect(await readRemoteSearchIndex(db, '', 'pakket v1')).toBeUndefined();
    expect(await db.searchIndexes.count()).toBe(0);
  });
});

import type { KommaDB } from '../db/komma-db';

/** An index far larger than the largest pack (40 MB) is not an index of it; refuse to store it. */
export const MAX_SEARCH_INDEX_CHARACTERS = 60 * 1024 * 1024;

/** The search index kept for the pack at `url`, when it was kept under this `key`. */
export async function readRemoteSearchIndex(db: KommaDB, url: string, key: string): Promise<string | undefined> {
  if (!url) return undefined;
  const stored = await db.searchIndexes.get(url);
  return stored?.key === key ? stored.text : undefined;
}

/**
 * Keeps a search index built over the pack at `url`, replacing any kept before (for this or an
 * earlier pack URL): an index is tens of megabytes for a large pack, and only the current pack's
 * index is ever read. Returns whether it was kept (not without a pack URL).
 */
export async function keepRemoteSearchIndex(db: KommaDB, url: string, key: string, text: string): Promise<boolean> {
  if (!url || text.length > MAX_SEARCH_INDEX_CHARACTERS) return false;
  await db.transaction('rw', db.searchIndexes, async () => {
    await db.searchIndexes.clear();
    await db.searchIndexes.put({ url, key, text });
  });
  return true;
}

import Dexie, { type EntityTable } from 'dexie';
import type { KnowledgePack } from '../schemas/pack';
import type { OutboxItem } from '../signals/outbox-item';

/** The last good knowledge pack fetched from a configured URL, kept for offline use. */
export interface StoredPack {
  url: string;
  pack: KnowledgePack;
  fetchedAt: string;
}

/** The outcome of the last attempt to fetch a pack URL, good or bad. */
export interface PackCheck {
  url: string;
  checkedAt: string;
  error?: string;
}

/**
 * The search index the panel built over the remote pack, as JSON text, so the next panel loads it
 * instead of building it again. `key` says which pack and which index format it was built for;
 * the background treats it as opaque. One row at most: a new index replaces the old one.
 */
export interface StoredSearchIndex {
  url: string;
  key: string;
  text: string;
}

/** Small values created once per installation (the submitterKey). */
export interface MetaEntry {
  key: string;
  value: string;
}

/**
 * Komma's IndexedDB. Keep every version(n) declaration: browsers that still run an older version
 * upgrade through each one in turn (dexie.org/docs/Version/Version).
 */
export class KommaDB extends Dexie {
  packs!: EntityTable<StoredPack, 'url'>;
  packChecks!: EntityTable<PackCheck, 'url'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  searchIndexes!: EntityTable<StoredSearchIndex, 'url'>;

  constructor(name = 'komma') {
    super(name);
    this.version(1).stores({
      packs: 'url',
      packChecks: 'url',
    });
    // Signals waiting for (or done with) delivery. nextAttemptAt is indexed so a flush reads only
    // what is due; queuedAt orders "Mijn signalen".
    this.version(2).stores({
      outbox: 'id, state, nextAttemptAt, queuedAt',
      meta: 'key',
    });
    this.version(3).stores({
      searchIndexes: 'url',
    });
  }
}

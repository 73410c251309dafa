import Dexie, { type EntityTable } from 'dexie';
import type { KnowledgePack } from '../schemas/pack';

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
 * Komma's IndexedDB. Keep every version(n) declaration: browsers that still run an older version
 * upgrade through each one in turn (dexie.org/docs/Version/Version).
 */
export class KommaDB extends Dexie {
  packs!: EntityTable<StoredPack, 'url'>;
  packChecks!: EntityTable<PackCheck, 'url'>;

  constructor(name = 'komma') {
    super(name);
    this.version(1).stores({
      packs: 'url',
      packChecks: 'url',
    });
  }
}

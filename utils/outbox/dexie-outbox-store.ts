import type { KommaDB } from '../db/komma-db';
import type { OutboxItem } from '../signals/outbox-item';
import type { OutboxStore } from './outbox-store';

/** The outbox in IndexedDB through Dexie; every read-modify-write is one rw transaction. */
export function createDexieOutboxStore(db: KommaDB): OutboxStore {
  return {
    async add(item, supersede) {
      await db.transaction('rw', db.outbox, async () => {
        if (supersede) {
          const old = await db.outbox.get(supersede.id);
          if (!old) throw new Error('Het oorspronkelijke signaal bestaat niet meer.');
          await db.outbox.put(supersede.change(old));
        }
        await db.outbox.add(item);
      });
    },
    get: (id) => db.outbox.get(id),
    all: () => db.outbox.orderBy('queuedAt').reverse().toArray(),
    async claim(due, take, limit, scanUpTo) {
      return db.transaction('rw', db.outbox, async () => {
        const picked = await db.outbox.where('nextAttemptAt').belowOrEqual(scanUpTo).filter(due).limit(limit).toArray();
        const taken = picked.map(take);
        await db.outbox.bulkPut(taken);
        return taken;
      });
    },
    async update(id, change) {
      return db.transaction('rw', db.outbox, async () => {
        const item = await db.outbox.get(id);
        if (!item) return undefined;
        const next = change(item);
        if (!next) return item;
        await db.outbox.put(next);
        return next;
      });
    },
    async updateAll(change) {
      return db.transaction('rw', db.outbox, async () => {
        const changed: OutboxItem[] = [];
        await db.outbox.each((item) => {
          const next = change(item);
          if (next && next !== item) changed.push(next);
        });
        await db.outbox.bulkPut(changed);
        return changed.length;
      });
    },
    async getOrCreateMeta(key, create) {
      return db.transaction('rw', db.meta, async () => {
        const existing = await db.meta.get(key);
        if (existing) return existing.value;
        const value = create();
        await db.meta.add({ key, value });
        return value;
      });
    },
  };
}

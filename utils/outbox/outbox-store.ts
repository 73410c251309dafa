import type { OutboxItem } from '../signals/outbox-item';

/**
 * Where the outbox keeps its items. The extension's background and the embed (in the host page)
 * both use the Dexie implementation on their own origin; the interface keeps the delivery loop
 * free of storage details and lets tests count what happens.
 */
export interface OutboxStore {
  /** Adds a new item; fails if the id exists. With `supersede`, also marks that item as replaced, atomically. */
  add(item: OutboxItem, supersede?: { id: string; change: (old: OutboxItem) => OutboxItem }): Promise<void>;
  get(id: string): Promise<OutboxItem | undefined>;
  all(): Promise<OutboxItem[]>;
  /**
   * In one transaction: picks up to `limit` items for which `due` holds and writes `take(item)`
   * (the lease) for each. Two flushes, in this worker or another tab, never get the same item.
   * Only items with nextAttemptAt ≤ `scanUpTo` are looked at, so finished items cost nothing.
   */
  claim(
    due: (item: OutboxItem) => boolean,
    take: (item: OutboxItem) => OutboxItem,
    limit: number,
    scanUpTo: number,
  ): Promise<OutboxItem[]>;
  /**
   * Read-modify-write in one transaction. `change` sees the stored item and returns the new one,
   * or undefined to leave it as it is. Returns what was stored.
   */
  update(id: string, change: (item: OutboxItem) => OutboxItem | undefined): Promise<OutboxItem | undefined>;
  /** Applies `change` to every item, in one transaction; returns how many changed. */
  updateAll(change: (item: OutboxItem) => OutboxItem | undefined): Promise<number>;
  /** A small persistent value (the installation's submitterKey), created once. */
  getOrCreateMeta(key: string, create: () => string): Promise<string>;
}

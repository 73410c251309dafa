import type { Database } from 'better-sqlite3';

/**
 * Group commit: writes requested in the same turn of the event loop share one transaction, so
 * one fsync (synchronous=FULL, ~3 ms on a VM disk) covers many signals instead of one. Each
 * caller's promise settles only after that transaction committed, so an answer sent after it
 * still means "on disk". When a batch fails, its writes are retried one by one so a single bad
 * write cannot take the others down with it.
 */
export function createGroupCommit<T, R>(db: Database, write: (item: T) => R): (item: T) => Promise<R> {
  let pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];

  const writeAll = db.transaction((batch: readonly T[]) => batch.map(write));
  const writeOne = db.transaction((item: T) => write(item));

  function flush(): void {
    const batch = pending;
    pending = [];
    let results: R[];
    try {
      results = writeAll(batch.map((entry) => entry.item));
    } catch {
      for (const entry of batch) {
        try {
          entry.resolve(writeOne(entry.item));
        } catch (error) {
          entry.reject(error);
        }
      }
      return;
    }
    batch.forEach((entry, i) => entry.resolve(results[i]!));
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ item, resolve, reject });
    });
}

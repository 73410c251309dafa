import type { Database } from 'better-sqlite3';

/**
 * A value that changes whenever the stored signals may have changed, so derived data (groups)
 * can be cached. Our own writes bump a counter; `data_version` catches writes by any other
 * connection to the same file (an admin's sqlite3 shell, a second process).
 */
export interface Revision {
  bump(): void;
  current(): string;
}

export function createRevision(db: Database): Revision {
  let ownWrites = 0;
  return {
    bump() {
      ownWrites += 1;
    },
    current() {
      return `${ownWrites}:${db.pragma('data_version', { simple: true }) as number}`;
    },
  };
}

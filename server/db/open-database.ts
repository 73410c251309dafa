import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrations';

/**
 * Opens (and creates) the inbox database with the settings that make "201 means on disk" true.
 *
 * WAL lets readers (triage) run beside the writer. synchronous=FULL fsyncs the WAL at every
 * commit: NORMAL would already survive a killed process (the write has reached the OS), but
 * not a power cut or kernel crash, and a signal we acknowledged must survive those too.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A second process (a backup, an admin's sqlite3 shell) may hold the lock briefly.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

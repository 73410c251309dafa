/** @vitest-environment node */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './open-database';

describe('openDatabase', () => {
  it('creates missing folders, runs every migration once and sets durable pragmas', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'komma-db-')), 'nested', 'dir', 'inbox.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.prepare("INSERT INTO signal_groups (title, created_at) VALUES ('x', 'y')").run();
    db.close();

    const reopened = openDatabase(path);
    expect(reopened.prepare('SELECT count(*) AS n FROM signal_groups').get()).toEqual({ n: 1 });
    reopened.close();
  });

  it('refuses a database made by a newer inbox', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'komma-db-')), 'inbox.sqlite');
    const db = openDatabase(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(/Gebruik een nieuwere inbox/);
  });
});

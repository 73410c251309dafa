/** @vitest-environment node */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit';
import { openDatabase } from './open-database';

function setup() {
  const path = join(mkdtempSync(join(tmpdir(), 'komma-commit-')), 'inbox.sqlite');
  const db = openDatabase(path);
  const insert = db.prepare<[string]>("INSERT INTO signal_groups (title, created_at) VALUES (?, 'nu')");
  const outside = () => {
    const reader = new BetterSqlite3(path, { readonly: true });
    const rows = reader.prepare('SELECT title FROM signal_groups ORDER BY id').all() as Array<{ title: string }>;
    reader.close();
    return rows.map((row) => row.title);
  };
  return { db, insert, outside };
}

describe('createGroupCommit', () => {
  it('writes everything asked in one turn in one transaction, and resolves only after commit', async () => {
    const { db, insert, outside } = setup();
    const events: string[] = [];
    const write = createGroupCommit(db, (title: string) => {
      events.push(`write ${title} in transaction: ${db.inTransaction}`);
      return insert.run(title).lastInsertRowid;
    });
    const done = ['a', 'b', 'c'].map((title) =>
      write(title).then((id) => {
        events.push(`resolved ${title}`);
        // Visible to another connection: committed, not just written.
        expect(outside()).toContain(title);
        return id;
      }),
    );
    expect(await Promise.all(done)).toEqual([1, 2, 3]);
    expect(events).toEqual([
      'write a in transaction: true',
      'write b in transaction: true',
      'write c in transaction: true',
      'resolved a',
      'resolved b',
      'resolved c',
    ]);
  });

  it('lets one failing write fail alone', async () => {
    const { db, insert, outside } = setup();
    const write = createGroupCommit(db, (title: string) => {
      if (title === 'kapot') throw new Error('kan niet');
      return insert.run(title).changes;
    });
    const results = await Promise.allSettled(['goed', 'kapot', 'ook goed'].map(write));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outside()).toEqual(['goed', 'ook goed']);
  });
});

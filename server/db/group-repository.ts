import type { Database } from 'better-sqlite3';
import type { Revision } from './revision';

/** Groups a signaleringsconsulent made by hand (Leeuwarden step b: merging duplicates). */
export interface GroupRepository {
  /** Creates a group holding `signalIds` (moving them out of any other hand-made group). */
  create(title: string, signalIds: readonly string[]): number;
  /** Moves `signalIds` into group `id`. */
  add(id: number, signalIds: readonly string[]): void;
  /** Takes one signal out of group `id`; returns false when it was not in it. */
  remove(id: number, signalId: string): boolean;
  titles(): Map<number, string>;
}

export function createGroupRepository(db: Database, revision: Revision, now: () => Date = () => new Date()): GroupRepository {
  const insertGroup = db.prepare<[string, string]>('INSERT INTO signal_groups (title, created_at) VALUES (?, ?)');
  const assign = db.prepare<[number, string]>(
    'UPDATE signals SET group_id = ? WHERE id IN (SELECT value FROM json_each(?))',
  );
  const unassign = db.prepare<[string, number]>('UPDATE signals SET group_id = NULL WHERE id = ? AND group_id = ?');
  // A group emptied by merges or removals has nothing left to show.
  const dropEmpty = db.prepare(
    'DELETE FROM signal_groups WHERE NOT EXISTS (SELECT 1 FROM signals WHERE signals.group_id = signal_groups.id)',
  );
  const titles = db.prepare<[], { id: number; title: string }>('SELECT id, title FROM signal_groups');

  const create = db.transaction((title: string, signalIds: readonly string[]) => {
    const id = Number(insertGroup.run(title, now().toISOString()).lastInsertRowid);
    assign.run(id, JSON.stringify(signalIds));
    dropEmpty.run();
    return id;
  });
  const add = db.transaction((id: number, signalIds: readonly string[]) => {
    assign.run(id, JSON.stringify(signalIds));
    dropEmpty.run();
  });
  const remove = db.transaction((id: number, signalId: string) => {
    const changed = unassign.run(signalId, id).changes === 1;
    dropEmpty.run();
    return changed;
  });

  return {
    create(title, signalIds) {
      const id = create(title, signalIds);
      revision.bump();
      return id;
    },
    add(id, signalIds) {
      add(id, signalIds);
      revision.bump();
    },
    remove(id, signalId) {
      const changed = remove(id, signalId);
      if (changed) revision.bump();
      return changed;
    },
    titles() {
      return new Map(titles.all().map((row) => [row.id, row.title]));
    },
  };
}

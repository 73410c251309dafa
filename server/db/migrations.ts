import type { Database } from 'better-sqlite3';

/**
 * Every schema change ever made, in order. `PRAGMA user_version` records how many have run, so
 * an old database file is brought up to date on start. Never edit or reorder an entry that has
 * shipped: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE signal_groups (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE signals (
    id TEXT PRIMARY KEY,
    -- SHA-256 of the validated body: tells a harmless retry from a different body under the same key.
    body_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- createdAt in UTC, never later than received_at (client clocks drift); drives periods and trends.
    occurred_at TEXT NOT NULL,
    category TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    rule TEXT,
    rule_key TEXT,
    effects TEXT NOT NULL,
    frequency TEXT NOT NULL,
    suggestion TEXT,
    source_kind TEXT NOT NULL,
    source_ref TEXT,
    role TEXT NOT NULL,
    municipality TEXT NOT NULL,
    app_version TEXT NOT NULL,
    submitter_key TEXT NOT NULL,
    team TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'nieuw',
    answer TEXT,
    article_id TEXT,
    status_updated_at TEXT NOT NULL,
    status_team TEXT,
    group_id INTEGER REFERENCES signal_groups(id) ON DELETE SET NULL
  ) STRICT;

  CREATE INDEX signals_submitter ON signals (submitter_key);
  CREATE INDEX signals_occurred ON signals (occurred_at);
  CREATE INDEX signals_status ON signals (status);
  CREATE INDEX signals_group ON signals (group_id);
  `,
];

export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Database heeft schemaversie ${current}, deze versie van de inbox kent er ${MIGRATIONS.length}. Gebruik een nieuwere inbox.`,
    );
  }
  const apply = db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      db.exec(MIGRATIONS[version]!);
      // user_version cannot be bound as a parameter; the value is our own integer.
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply();
  return MIGRATIONS.length;
}

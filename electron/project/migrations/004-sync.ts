/**
 * Schema version 4: the sync log, so colleagues can merge their copies of a project.
 *
 * - `sync_changes`: one row per change to one row of a shared table in one transaction (its hybrid
 *   logical clock stamp `hlc`, and who made it); `seq` is only this file's arrival order.
 * - `sync_values`: the column values each change set (per-field last-writer-wins: the value with
 *   the latest stamp is the row's value). Deletions are `deleted_at` values: tombstones.
 * - `sync_parents`: for claims, the changes each change's writer had already seen, so concurrent
 *   edits can be told from sequential ones; `sync_heads` is the current frontier of each claim and
 *   `sync_forked` the claims whose history ever branched (where conflicts are looked for).
 * - `sync_dirty`: rows changed since the last capture. Triggers only mark rows here; the write
 *   transaction then records what changed, with one stamp for the whole transaction.
 * - `sync_state`, `sync_pending`, `sync_folder_seen`, `sync_history_pending`: this copy's own
 *   bookkeeping (clock, shared-folder link, rows waiting for what they point at), never shared.
 *
 * Existing rows are written into the log as they are, stamped with their own time and the genesis
 * replica id, so two copies of one older file upgrade to identical logs and merge cleanly. History
 * rows get a `uid` so they can be merged without duplicates. The column list below is frozen: it is
 * what version 4 shared, whatever later versions share.
 */
import type { Migration } from './migration';

const FROZEN_TABLES: readonly { name: string; key: readonly string[]; columns: readonly string[]; stamp: string }[] = [
  {
    name: 'project_meta',
    key: ['key'],
    columns: ['value'],
    stamp: "(SELECT value FROM project_meta WHERE key = 'created_at')",
  },
  {
    name: 'articles',
    key: ['id'],
    stamp: 'updated_at',
    columns: [
      'title',
      'outlet',
      'author',
      'published_at',
      'url',
      'language',
      'direction',
      'body_json',
      'plain_text',
      'content_hash',
      'source_name',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'deleted_at',
    ],
  },
  {
    name: 'claims',
    key: ['id'],
    stamp: 'updated_at',
    columns: [
      'text',
      'claimant',
      'verdict',
      'rationale',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'deleted_at',
    ],
  },
  {
    name: 'spans',
    key: ['id'],
    stamp: 'created_at',
    columns: [
      'article_id',
      'claim_id',
      'start_offset',
      'end_offset',
      'exact',
      'prefix',
      'suffix',
      'created_at',
      'created_by',
      'deleted_at',
      'orphaned',
    ],
  },
  {
    name: 'evidence',
    key: ['id'],
    stamp: 'updated_at',
    columns: [
      'claim_id',
      'url',
      'citation',
      'note',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'deleted_at',
    ],
  },
  {
    name: 'article_versions',
    key: ['article_id', 'version'],
    stamp: 'replaced_at',
    columns: ['article_id', 'version', 'body_json', 'plain_text', 'source_name', 'replaced_at', 'replaced_by'],
  },
];

const GENESIS = "'-0000-0000000000000000'";
const ISO_GLOB = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'";
/** A row's genesis stamp: its own time when that is a well-formed ISO stamp, else the epoch. */
const genesisStamp = (expr: string) =>
  `(CASE WHEN ${expr} GLOB ${ISO_GLOB} THEN ${expr} ELSE '1970-01-01T00:00:00.000Z' END || ${GENESIS})`;
const rowId = (key: readonly string[], prefix = '') => key.map((k) => `${prefix}${k}`).join(" || '/' || ");
const META_FILTER = (row: string) =>
  `substr(${row}key, 1, 7) <> 'format.' AND substr(${row}key, 1, 6) <> 'local.' AND ${row}key <> 'project_id'`;

function backfill(t: (typeof FROZEN_TABLES)[number]): string {
  const where = t.name === 'project_meta' ? `WHERE ${META_FILTER('')}` : '';
  const stamp = genesisStamp(t.stamp);
  const actor =
    t.name === 'project_meta'
      ? "coalesce((SELECT value FROM project_meta WHERE key = 'created_by'), '')"
      : t.columns.includes('updated_by')
        ? 'updated_by'
        : t.columns.find((c) => c.endsWith('_by'))!;
  const values = t.columns
    .map((c) => `SELECT '${t.name}', ${rowId(t.key)}, '${c}', ${stamp}, ${c} FROM ${t.name} ${where}`)
    .join('\n      UNION ALL ');
  return `
    INSERT INTO sync_changes (tbl, row_id, hlc, actor) SELECT '${t.name}', ${rowId(t.key)}, ${stamp}, ${actor} FROM ${t.name} ${where};
    INSERT INTO sync_values (tbl, row_id, col, hlc, value)
      ${values};`;
}

function markTriggers(t: (typeof FROZEN_TABLES)[number]): string {
  const filter = t.name === 'project_meta' ? ` AND ${META_FILTER('NEW.')}` : '';
  return ['INSERT', 'UPDATE']
    .map(
      (event) => `
    CREATE TRIGGER sync_mark_${t.name}_${event.toLowerCase()} AFTER ${event} ON ${t.name}
      WHEN (SELECT applying FROM sync_state) = 0${filter}
      BEGIN INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES ('${t.name}', ${rowId(t.key, 'NEW.')}); END;`,
    )
    .join('');
}

export const syncLog: Migration = {
  version: 4,
  name: 'sync',
  sql: `
    CREATE TABLE sync_state (
      id                 INTEGER PRIMARY KEY CHECK (id = 1),
      clock              TEXT NOT NULL DEFAULT '',
      applying           INTEGER NOT NULL DEFAULT 0,
      folder             TEXT,
      published_seq      INTEGER NOT NULL DEFAULT 0,
      published_history  INTEGER NOT NULL DEFAULT 0,
      schema_fingerprint TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO sync_state (id) VALUES (1);

    CREATE TABLE sync_changes (
      seq    INTEGER PRIMARY KEY,
      tbl    TEXT NOT NULL,
      row_id TEXT NOT NULL,
      hlc    TEXT NOT NULL,
      actor  TEXT NOT NULL,
      UNIQUE (tbl, row_id, hlc)
    ) STRICT;

    CREATE TABLE sync_values (
      tbl    TEXT NOT NULL,
      row_id TEXT NOT NULL,
      col    TEXT NOT NULL,
      hlc    TEXT NOT NULL,
      value  ANY,
      PRIMARY KEY (tbl, row_id, col, hlc)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_parents (
      tbl    TEXT NOT NULL,
      row_id TEXT NOT NULL,
      hlc    TEXT NOT NULL,
      parent TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id, hlc, parent)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_heads (
      tbl    TEXT NOT NULL,
      row_id TEXT NOT NULL,
      hlc    TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id, hlc)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_forked (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_pending (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_dirty (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_folder_seen (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_history_pending (
      uid       TEXT PRIMARY KEY,
      at        TEXT NOT NULL,
      actor     TEXT NOT NULL,
      claim_id  TEXT NOT NULL,
      entity    TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      action    TEXT NOT NULL,
      field     TEXT NOT NULL,
      old_value TEXT NOT NULL,
      new_value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE history ADD COLUMN uid TEXT;
    UPDATE history SET uid = 'legacy:' || id || ':' || at || ':' || entity_id || ':' || action || ':' || field;
    CREATE UNIQUE INDEX history_uid ON history (uid);
    CREATE TRIGGER sync_history_uid AFTER INSERT ON history WHEN NEW.uid IS NULL
      BEGIN UPDATE history SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

    INSERT OR IGNORE INTO project_meta (key, value)
      SELECT 'project_id', coalesce(
        (SELECT 'legacy:' || c.value || ':' || b.value FROM project_meta c, project_meta b
          WHERE c.key = 'created_at' AND b.key = 'created_by'),
        lower(hex(randomblob(16))));

    ${FROZEN_TABLES.map(backfill).join('\n')}

    INSERT INTO sync_heads (tbl, row_id, hlc) SELECT tbl, row_id, hlc FROM sync_changes WHERE tbl = 'claims';
    UPDATE sync_state SET clock = coalesce((SELECT max(hlc) FROM sync_changes), '');

    ${FROZEN_TABLES.map(markTriggers).join('\n')}
  `,
};

/**
 * Applies the sync log to the project's tables: every row listed in `temp.sync_touch` gets, column
 * by column, the latest value in the log that this version accepts (per-field last-writer-wins),
 * except for columns that only make sense together (a highlight's anchor, an article's text: the
 * `groups` of syncSchema.ts), which all come from the latest write to their group. Tables are
 * applied in the order rows point at each other (articles and claims before their highlights),
 * each in a few set-based statements: the winning values of the touched rows are gathered into a
 * scratch table, then upserted, so thousands of rows cost about what inserting them does.
 *
 * Between the two steps, highlights are checked against their article's winning text and, where
 * the text they were made on lost, re-anchored or orphaned (mergedAnchors.ts); afterwards every
 * text an article ever had is kept among its versions (mergedVersions.ts). Both are functions of
 * the log, so every copy reaches the same rows.
 *
 * A row is only created once the log has every value it needs and the rows it points at exist;
 * until then it waits in `sync_pending` (its changes stay in the log) and is retried on every
 * later merge. A row whose winning values a constraint of this version refuses is held the same
 * way and reported, never failing the whole merge. The caller sets `sync_state.applying` so the
 * capture triggers ignore these writes.
 */
import type Database from 'better-sqlite3';
import { ARTICLE_TEXT, type SyncedColumn, type SyncedTable } from '../../shared/sync/syncSchema';
import { cachedStatement } from '../project/cachedStatement';
import { settleMergedAnchors } from './mergedAnchors';
import { keepMergedVersions } from './mergedVersions';
import { acceptsFilter, localKeyFilter, quoteId, rowIdExpr, sqlLiteral, winnerExpr } from './tableSql';

/** A row whose winning values this version's constraints refuse: kept pending, reported. */
export interface HeldRow {
  table: string;
  rowId: string;
  reason: string;
}

export interface MaterializeOutcome {
  /** Rows still waiting (for a row they point at, a value, a newer version, or held). */
  pending: number;
  held: HeldRow[];
}

interface TableSql {
  scratch: string;
  createScratch: string;
  gather: string;
  upsertAll: string;
  upsertOne: string;
  markPending: string;
}

const sqlCache = new WeakMap<SyncedTable, TableSql>();
let declarations = 0;

/** The stamp of the latest accepted write to a group of columns of the row `rowIdSql`. */
function groupStampExpr(t: SyncedTable, group: readonly string[], rowIdSql: string): string {
  const accepted = t.columns
    .filter((c) => group.includes(c.name))
    .map((c) => `(v.col = ${sqlLiteral(c.name)}${acceptsFilter(c, 'v.value')})`)
    .join(' OR ');
  return `(SELECT max(v.hlc) FROM main.sync_values v WHERE v.tbl = ${sqlLiteral(t.name)} AND v.row_id = ${rowIdSql} AND (${accepted}))`;
}

/** A grouped column's value: its latest accepted value written no later than its group's latest write. */
function groupedWinnerExpr(t: SyncedTable, c: SyncedColumn, rowIdSql: string, stampSql: string): string {
  return `(SELECT v.value FROM main.sync_values v WHERE v.tbl = ${sqlLiteral(t.name)} AND v.row_id = ${rowIdSql} AND v.col = ${sqlLiteral(c.name)}${acceptsFilter(c, 'v.value')} AND v.hlc <= ${stampSql} ORDER BY v.hlc DESC LIMIT 1)`;
}

function statementsFor(t: SyncedTable): TableSql {
  const cached = sqlCache.get(t);
  if (cached) return cached;
  const single = t.key.length === 1;
  const name = quoteId(t.name);
  // One scratch table per declaration (tests and upgrades apply others to the same connection).
  const scratchName = quoteId(`sync_w_${t.name}_${++declarations}`);
  const scratch = `temp.${scratchName}`;
  const groups = t.groups ?? [];
  const winners = t.columns.map((c) => {
    const g = groups.findIndex((group) => group.includes(c.name));
    const value = g < 0 ? winnerExpr(t, c, 'g.row_id') : groupedWinnerExpr(t, c, 'g.row_id', `g.g${g}`);
    return `${value} AS ${quoteId(c.name)}`;
  });
  const stamps = groups.map((group, i) => `, ${groupStampExpr(t, group, 't.row_id')} AS g${i}`).join('');
  const conditions = [
    ...t.columns.filter((c) => c.required).map((c) => `w.${quoteId(c.name)} IS NOT NULL`),
    ...(t.references ?? []).map(
      (r) => `EXISTS (SELECT 1 FROM main.${quoteId(r.table)} r WHERE r.id = w.${quoteId(r.column)})`,
    ),
  ];
  const filter = localKeyFilter(t, 'w.row_id');
  if (filter) conditions.push(filter);
  const insertColumns = [...(single ? [t.key[0]!] : []), ...t.columns.map((c) => c.name)].map(quoteId);
  const selected = [
    ...(single ? ['w.row_id'] : []),
    ...t.columns.map((c) =>
      c.fallback === null ? `w.${quoteId(c.name)}` : `coalesce(w.${quoteId(c.name)}, ${sqlLiteral(c.fallback)})`,
    ),
  ];
  const updates = t.columns
    .filter((c) => !t.key.includes(c.name))
    .map((c) => `${quoteId(c.name)} = excluded.${quoteId(c.name)}`);
  const upsert = (extra: string) =>
    `INSERT INTO main.${name} (${insertColumns.join(', ')})
     SELECT ${selected.join(', ')} FROM ${scratch} w WHERE ${[...conditions, ...(extra ? [extra] : [])].join(' AND ') || 'true'}
     ON CONFLICT (${t.key.map(quoteId).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
  const statements: TableSql = {
    scratch,
    createScratch: `CREATE TEMP TABLE IF NOT EXISTS ${scratchName} (row_id TEXT PRIMARY KEY, ${t.columns.map((c) => quoteId(c.name)).join(', ')})`,
    gather: `INSERT INTO ${scratch} (row_id, ${t.columns.map((c) => quoteId(c.name)).join(', ')})
       SELECT g.row_id, ${winners.join(',\n         ')}
       FROM (SELECT t.row_id AS row_id${stamps} FROM temp.sync_touch t WHERE t.tbl = ${sqlLiteral(t.name)}) g`,
    upsertAll: upsert(''),
    upsertOne: upsert('w.row_id = ?'),
    markPending: `INSERT OR IGNORE INTO main.sync_pending (tbl, row_id)
     SELECT t.tbl, t.row_id FROM temp.sync_touch t
     WHERE t.tbl = ${sqlLiteral(t.name)}${filter ? ` AND ${localKeyFilter(t, 't.row_id')}` : ''}
       AND NOT EXISTS (SELECT 1 FROM main.${name} x WHERE ${rowIdExpr(t, 'x')} = t.row_id)`,
  };
  sqlCache.set(t, statements);
  return statements;
}

/**
 * SQL true when the winning text of the article `rowIdSql` may differ from the one its row `alias`
 * shows: its winning content hash differs (or there is none to compare).
 */
function newTextFilter(tables: readonly SyncedTable[], rowIdSql: string, alias: string): string {
  const articles = tables.find((t) => t.name === 'articles');
  const hash = articles?.columns.find((c) => c.name === 'content_hash');
  if (!articles || !hash) return 'true';
  const group = articles.groups?.find((g) => g.includes(hash.name));
  const winner = group
    ? groupedWinnerExpr(articles, hash, rowIdSql, groupStampExpr(articles, group, rowIdSql))
    : winnerExpr(articles, hash, rowIdSql);
  return `${winner} IS NOT ${alias}.content_hash`;
}

function isConstraintError(err: unknown): err is Error {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * Upserts the gathered rows of one table. When a constraint refuses the set (a colleague's value
 * this version cannot store), the rows are applied one by one and only the refused ones are held.
 */
function upsertGathered(db: Database.Database, t: SyncedTable, sql: TableSql, held: HeldRow[]): void {
  try {
    cachedStatement(db, sql.upsertAll).run();
    return;
  } catch (err) {
    if (!isConstraintError(err)) throw err;
  }
  const one = cachedStatement(db, sql.upsertOne);
  const hold = cachedStatement(db, 'INSERT OR IGNORE INTO main.sync_pending (tbl, row_id) VALUES (?, ?)');
  for (const rowId of cachedStatement(db, `SELECT row_id FROM ${sql.scratch} ORDER BY row_id`)
    .pluck()
    .all() as string[]) {
    try {
      one.run(rowId);
    } catch (err) {
      if (!isConstraintError(err)) throw err;
      held.push({ table: t.name, rowId, reason: err.message });
      hold.run(t.name, rowId);
    }
  }
}

/**
 * Brings the rows in `temp.sync_touch` (plus those still pending) up to date with the log.
 * Returns how many rows are still waiting for what they need, and which of them are held.
 *
 * `arrived` names a temp table (tbl, row_id, hlc) of the changes just added to the log (a merge):
 * merge-kept versions are then rebuilt only for articles whose text or saved versions arrived, or
 * that were waiting; they cannot change otherwise. Without it, for every touched article.
 */
export function materializeTouchedRows(
  db: Database.Database,
  tables: readonly SyncedTable[],
  arrived?: string,
): MaterializeOutcome {
  const textArrived = arrived
    ? ` AND EXISTS (SELECT 1 FROM ${arrived} n JOIN main.sync_values v ON v.tbl = n.tbl AND v.row_id = n.row_id AND v.hlc = n.hlc
         WHERE n.tbl = 'articles' AND n.row_id = t.row_id AND v.col IN (${ARTICLE_TEXT.map(sqlLiteral).join(', ')}))`
    : '';
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS sync_touched_articles (id TEXT PRIMARY KEY);
    DELETE FROM temp.sync_touched_articles;
    INSERT OR IGNORE INTO temp.sync_touched_articles (id)
      SELECT t.row_id FROM temp.sync_touch t WHERE t.tbl = 'articles'${textArrived}
      UNION SELECT row_id FROM main.sync_pending WHERE tbl = 'articles'
      UNION SELECT substr(row_id, 1, instr(row_id, '/') - 1) FROM temp.sync_touch WHERE tbl = 'article_versions'
      UNION SELECT substr(row_id, 1, instr(row_id, '/') - 1) FROM main.sync_pending WHERE tbl = 'article_versions';
    INSERT OR IGNORE INTO temp.sync_touch (tbl, row_id) SELECT tbl, row_id FROM main.sync_pending;
    DELETE FROM main.sync_pending;
  `);
  // An article whose winning text differs from the one shown: its highlights are checked against it.
  db.exec(`
    INSERT OR IGNORE INTO temp.sync_touch (tbl, row_id)
      SELECT 'spans', s.id FROM main.spans s JOIN temp.sync_touch t ON t.tbl = 'articles' AND t.row_id = s.article_id
      JOIN main.articles a ON a.id = t.row_id WHERE ${newTextFilter(tables, 't.row_id', 'a')};
  `);
  const touched = new Set(cachedStatement(db, 'SELECT DISTINCT tbl FROM temp.sync_touch').pluck().all() as string[]);
  const held: HeldRow[] = [];
  for (const t of tables) {
    if (!touched.has(t.name)) continue;
    const sql = statementsFor(t);
    db.exec(sql.createScratch);
    cachedStatement(db, `DELETE FROM ${sql.scratch}`).run();
    cachedStatement(db, sql.gather).run();
    if (t.name === 'spans') settleMergedAnchors(db, sql.scratch);
    upsertGathered(db, t, sql, held);
    cachedStatement(db, sql.markPending).run();
    cachedStatement(db, `DELETE FROM ${sql.scratch}`).run();
  }
  if (tables.some((t) => t.name === 'article_versions')) {
    keepMergedVersions(db, cachedStatement(db, 'SELECT id FROM temp.sync_touched_articles').pluck().all() as string[]);
  }
  const pending = cachedStatement(db, 'SELECT count(*) FROM main.sync_pending').pluck().get() as number;
  db.exec('DELETE FROM temp.sync_touch');
  return { pending, held };
}

/** The per-connection scratch table of rows to bring up to date (kept, emptied after each use). */
export function createTouchTable(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS sync_touch (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID;
    DELETE FROM temp.sync_touch;
  `);
}

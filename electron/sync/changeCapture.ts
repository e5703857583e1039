/**
 * Records every change to the shared tables in the sync log, so it can be replayed on colleagues'
 * copies. Triggers (migration 004) only mark which rows changed, in `sync_dirty`, atomically with
 * the change itself and whoever made it; at the end of each write transaction `flush()` compares
 * each marked row with the value the log currently gives it and records the columns that differ,
 * all under one hybrid-logical-clock stamp for the transaction, naming the checker.
 *
 * For claims, each recorded change also gets parents: the claim's current heads (the latest
 * changes this copy has of it). That is what later tells concurrent edits from sequential ones.
 * A change to a highlight or a piece of evidence also adds an (empty) change to its claim, so a
 * deletion made without knowing about it is a conflict too. A change to one column of a group (a
 * highlight's anchor, an article's text; see syncSchema.ts) records the whole group.
 *
 * Rows changed outside a write transaction (a plain UPDATE of the title, another tool) stay marked
 * and are recorded by the next flush, so nothing is lost; they are stamped at that time.
 */
import type Database from 'better-sqlite3';
import { nextHlc } from '../../shared/sync/hlc';
import {
  ARTICLE_TEXT,
  SYNC_TABLES,
  groupOf,
  tableNamed,
  type SqlValue,
  type SyncedTable,
} from '../../shared/sync/syncSchema';
import { keepMergedVersions } from './mergedVersions';
import { accepts, quoteId, rowIdMatch, storedColumns } from './tableSql';

type Statement = Database.Statement;

const isArticleText = (column: string) => (ARTICLE_TEXT as readonly string[]).includes(column);

export class ChangeCapture {
  private readonly statements = new Map<string, Statement>();
  /** Cells to record even when unchanged (a conflict resolution that keeps the shown value). */
  private readonly forced = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    /** The replica id in every stamp this handle issues (see replicaId.ts). */
    readonly replicaId: string,
    private readonly actor: () => string,
    private readonly tables: readonly SyncedTable[] = SYNC_TABLES,
    /** The wall clock in milliseconds (unloggedChanges.ts stamps from the rows' own times instead). */
    private readonly now: () => number = Date.now,
  ) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Records `column` of the row as a new change at the next flush, even if its value is unchanged. */
  forceChange(table: string, rowId: string, column: string): void {
    this.forced.add(`${table}\u0000${rowId}\u0000${column}`);
    this.stmt('INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES (?, ?)').run(table, rowId);
  }

  /** The next clock stamp of this project, persisted in the same transaction. */
  nextStamp(): string {
    const { clock } = this.stmt('SELECT clock FROM sync_state WHERE id = 1').get() as { clock: string };
    const stamp = nextHlc(clock, this.now(), this.replicaId);
    this.stmt('UPDATE sync_state SET clock = ? WHERE id = 1').run(stamp);
    return stamp;
  }

  /**
   * Records the marked rows' changes; call inside the write transaction that made them. Returns
   * the stamp used, or null when nothing had changed.
   */
  flush(): string | null {
    const dirty = this.stmt('SELECT tbl, row_id FROM sync_dirty ORDER BY tbl, row_id').all() as {
      tbl: string;
      row_id: string;
    }[];
    if (dirty.length === 0) return null;
    let stamp: string | null = null;
    const newText = new Set<string>();
    for (const { tbl, row_id: rowId } of dirty) {
      const table = tableNamed(this.tables, tbl);
      if (!table) continue;
      const row = this.stmt(
        `SELECT ${storedColumns(table).map(quoteId).join(', ')} FROM main.${quoteId(table.name)} x WHERE ${rowIdMatch(table, 'x')}`,
      ).get(rowId) as Record<string, SqlValue> | undefined;
      if (!row) continue;
      const current = this.loggedValues(table, rowId);
      const differs = new Set(
        table.columns
          .filter(
            (c) =>
              this.forced.has(`${tbl}\u0000${rowId}\u0000${c.name}`) ||
              !current.has(c.name) ||
              current.get(c.name) !== row[c.name],
          )
          .flatMap((c) => groupOf(table, c.name) ?? [c.name]),
      );
      // A group is recorded whole, so the latest write to it carries every value of the group.
      const changed = table.columns.filter((c) => differs.has(c.name));
      if (changed.length === 0) continue;
      stamp ??= this.nextStamp();
      this.addChange(table, rowId, stamp);
      const insertValue = this.stmt(
        'INSERT OR REPLACE INTO sync_values (tbl, row_id, col, hlc, value) VALUES (?, ?, ?, ?, ?)',
      );
      for (const c of changed) insertValue.run(tbl, rowId, c.name, stamp, row[c.name]);
      if (tbl === 'article_versions') newText.add(rowId.slice(0, rowId.lastIndexOf('/')));
      else if (tbl === 'articles' && changed.some((c) => isArticleText(c.name))) newText.add(rowId);
      const touched = table.touches && row[table.touches.column];
      const touchedTable = table.touches && tableNamed(this.tables, table.touches.table);
      if (typeof touched === 'string' && touchedTable) this.addChange(touchedTable, touched, stamp);
    }
    if (newText.size > 0) this.keepVersions([...newText]);
    this.stmt('DELETE FROM sync_dirty').run();
    this.forced.clear();
    return stamp;
  }

  /**
   * After a local change to articles' text or saved versions, their merge-kept versions follow
   * (mergedVersions.ts); other changes (a title) cannot change them.
   */
  private keepVersions(articles: readonly string[]): void {
    if (!tableNamed(this.tables, 'article_versions')) return;
    // Kept versions are a function of the log, never changes of their own: the triggers look away.
    const { applying } = this.stmt('SELECT applying FROM sync_state WHERE id = 1').get() as { applying: number };
    this.stmt('UPDATE sync_state SET applying = 1 WHERE id = 1').run();
    keepMergedVersions(this.db, articles);
    this.stmt('UPDATE sync_state SET applying = ? WHERE id = 1').run(applying);
  }

  /** Column → the value the log gives the row now (the latest value this version accepts). */
  private loggedValues(table: SyncedTable, rowId: string): Map<string, SqlValue> {
    const values = this.stmt(
      'SELECT col, value FROM sync_values WHERE tbl = ? AND row_id = ? ORDER BY col, hlc DESC',
    ).all(table.name, rowId) as { col: string; value: SqlValue }[];
    const result = new Map<string, SqlValue>();
    for (const { col, value } of values) {
      if (result.has(col)) continue;
      const column = table.columns.find((c) => c.name === col);
      if (column && accepts(column, value)) result.set(col, value);
    }
    return result;
  }

  /** Adds the change (row, stamp) once; for a claim its parents are the claim's current heads. */
  private addChange(table: SyncedTable, rowId: string, stamp: string): void {
    const added = this.stmt('INSERT OR IGNORE INTO sync_changes (tbl, row_id, hlc, actor) VALUES (?, ?, ?, ?)').run(
      table.name,
      rowId,
      stamp,
      this.actor(),
    );
    if (added.changes === 0 || !table.causal) return;
    this.stmt(
      'INSERT INTO sync_parents (tbl, row_id, hlc, parent) SELECT tbl, row_id, ?, hlc FROM sync_heads WHERE tbl = ? AND row_id = ?',
    ).run(stamp, table.name, rowId);
    this.stmt('DELETE FROM sync_heads WHERE tbl = ? AND row_id = ?').run(table.name, rowId);
    this.stmt('INSERT INTO sync_heads (tbl, row_id, hlc) VALUES (?, ?, ?)').run(table.name, rowId, stamp);
  }
}

/**
 * SQL fragments for the shared tables, built from the sync schema declaration (so only declared
 * table and column names are ever interpolated into SQL): how a row's log id is computed, and how
 * the value a row should have is read from the log.
 */
import type { SqlValue, SyncedColumn, SyncedTable } from '../../shared/sync/syncSchema';

export const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function sqlLiteral(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  return `'${v.replace(/'/g, "''")}'`;
}

/** The row's id in the log: its key, or its key columns joined with '/'. */
export function rowIdExpr(t: SyncedTable, alias: string): string {
  return t.key.map((k) => `${alias}.${quoteId(k)}`).join(" || '/' || ");
}

/** A WHERE condition matching one row by its log id (bound as ?). */
export function rowIdMatch(t: SyncedTable, alias: string): string {
  return t.key.length === 1 ? `${alias}.${quoteId(t.key[0]!)} = ?` : `${rowIdExpr(t, alias)} = ?`;
}

/** Columns read from the table to compare with the log: every shared column (and a single key). */
export function storedColumns(t: SyncedTable): string[] {
  return t.columns.map((c) => c.name);
}

/** Keeps project_meta rows that describe this file copy (format, identity) out of the log. */
export function localKeyFilter(t: SyncedTable, keyExpr: string): string {
  return (t.localKeyPrefixes ?? []).map((p) => `substr(${keyExpr}, 1, ${p.length}) <> ${sqlLiteral(p)}`).join(' AND ');
}

/** `AND v.value IN (...)` when a column only accepts some values, else ''. */
export function acceptsFilter(c: SyncedColumn, valueExpr: string): string {
  return c.accepts ? ` AND ${valueExpr} IN (${c.accepts.map(sqlLiteral).join(', ')})` : '';
}

export function accepts(c: SyncedColumn, value: unknown): boolean {
  return !c.accepts || c.accepts.includes(value as SqlValue);
}

/** The latest value of one column of the row named by `rowIdSql`, among the values this version accepts. */
export function winnerExpr(t: SyncedTable, c: SyncedColumn, rowIdSql: string): string {
  return `(SELECT v.value FROM main.sync_values v WHERE v.tbl = ${sqlLiteral(t.name)} AND v.row_id = ${rowIdSql} AND v.col = ${sqlLiteral(c.name)}${acceptsFilter(c, 'v.value')} ORDER BY v.hlc DESC LIMIT 1)`;
}

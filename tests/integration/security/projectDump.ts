/**
 * Helpers for "the file did not change" assertions: a hash of a file's bytes, and a canonical
 * dump of every table of a project (rows sorted), read through a separate read-only connection.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

export const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function canonicalDump(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return tables
      .map(({ name }) => {
        const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) =>
          JSON.stringify(r, (_k, v: unknown) =>
            Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
          ),
        );
        return `${name}\n${rows.sort().join('\n')}`;
      })
      .join('\n\n');
  } finally {
    db.close();
  }
}

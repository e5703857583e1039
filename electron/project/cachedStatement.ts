/**
 * Prepared statements kept per database connection. Preparing costs tens of microseconds, which
 * adds up on hot paths that run the same small query once per result row (search builds 20 hits,
 * each from its own row). The cache lives as long as the connection, so a closed project frees it.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

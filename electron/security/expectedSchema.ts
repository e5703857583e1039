/**
 * What the schema of a project file may contain. A project file is a program as much as data:
 * SQLite runs the triggers and views stored in it, so a file crafted by someone else could carry a
 * trigger that rewrites claims on every insert, or a view that shadows a table. Before a file is
 * used, every object in its `sqlite_schema` is compared with the objects Claimdesk's own
 * migrations create for that file's version, statement text included; anything extra or altered
 * is refused.
 *
 * The expected objects are not a hand-written list: they come from running the migrations on an
 * empty in-memory database, so a new migration (search index triggers, sync tables) is expected
 * automatically, and a changed migration can never disagree with this check.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../project/migrations';
import { nativeBindingOption } from '../project/nativeBinding';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  /** The CREATE statement as stored; null for automatic indexes. */
  sql: string | null;
}

export interface SchemaDifference {
  /** Objects in the file that the migrations do not create (or whose definition differs). */
  unexpected: SchemaObject[];
  /** Objects the migrations create that the file lacks. */
  missing: SchemaObject[];
}

/**
 * Objects SQLite itself may add to any database: statistics tables written by ANALYZE or
 * `PRAGMA optimize`, and the AUTOINCREMENT counter table. They hold data, never code.
 */
const SQLITE_INTERNAL = /^sqlite_(stat[1-4]|sequence)$/;

const cache = new Map<number, SchemaObject[]>();

const keyOf = (o: SchemaObject) => `${o.type}\u0000${o.name}\u0000${o.tbl_name}\u0000${o.sql ?? ''}`;

/**
 * The tables FTS5 creates for a virtual table `x` (x_data, x_idx, x_content, x_docsize,
 * x_config). Their CREATE text depends on the SQLite build that made the file (the app's and the
 * CLI's may differ), and they hold only the index's data, so they are compared by name alone.
 */
function isShadowTable(o: SchemaObject, virtualTables: readonly string[]): boolean {
  return (
    o.type === 'table' && virtualTables.some((v) => new RegExp(`^${v}_(data|idx|content|docsize|config)$`).test(o.name))
  );
}

const virtualTablesOf = (objects: readonly SchemaObject[]) =>
  objects.filter((o) => o.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(o.sql ?? '')).map((o) => o.name);

/** The identity an object is compared by: its full definition, or its name for FTS shadow tables. */
function identity(o: SchemaObject, virtualTables: readonly string[]): string {
  return isShadowTable(o, virtualTables) ? `shadow\u0000${o.name}` : keyOf(o);
}

/** Reads every schema object of an open database, without running any of them. */
export function schemaObjectsOf(db: Database.Database): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];
}

/** The objects a file at schema `version` has when written by Claimdesk's migrations. */
export function expectedSchemaObjects(version: number): SchemaObject[] {
  const known = cache.get(version);
  if (known) return known;
  const db = new Database(':memory:', nativeBindingOption());
  try {
    for (const m of MIGRATIONS) {
      if (m.version > version) break;
      db.exec(m.sql);
    }
    const objects = schemaObjectsOf(db);
    cache.set(version, objects);
    return objects;
  } finally {
    db.close();
  }
}

/** Compares a file's schema with the one its version should have. */
export function compareSchema(db: Database.Database, version: number): SchemaDifference {
  const expected = expectedSchemaObjects(version);
  const actual = schemaObjectsOf(db);
  // Only the virtual tables the migrations create may have shadow tables.
  const virtualTables = virtualTablesOf(expected);
  const key = (o: SchemaObject) => identity(o, virtualTables);
  const expectedKeys = new Set(expected.map(key));
  const actualKeys = new Set(actual.map(key));
  return {
    unexpected: actual.filter(
      (o) => !expectedKeys.has(key(o)) && !(o.type === 'table' && SQLITE_INTERNAL.test(o.name)),
    ),
    missing: expected.filter((o) => !actualKeys.has(key(o))),
  };
}

/** A short human description of schema differences, naming at most a few objects. */
export function describeSchemaDifference(diff: SchemaDifference): string {
  const name = (o: SchemaObject) => `${o.type} "${o.name}"`;
  const parts: string[] = [];
  if (diff.unexpected.length) {
    // The kinds that run code first: they are what makes an altered file dangerous.
    const rank = (o: SchemaObject) => ['view', 'trigger'].indexOf(o.type) >>> 0;
    const ordered = [...diff.unexpected].sort((a, b) => rank(a) - rank(b));
    const shown = ordered.slice(0, 4).map(name).join(', ');
    const more = diff.unexpected.length > 4 ? ` and ${diff.unexpected.length - 4} more` : '';
    parts.push(`it contains ${shown}${more} that Claimdesk did not create`);
  }
  if (diff.missing.length) {
    const shown = diff.missing.slice(0, 4).map(name).join(', ');
    const more = diff.missing.length > 4 ? ` and ${diff.missing.length - 4} more` : '';
    parts.push(`it lacks ${shown}${more}`);
  }
  return parts.join('; ');
}

/**
 * A forward-only schema migration: applied once, in order, inside one transaction with the bump of
 * `user_version`, so a file is always at exactly one schema version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Brings a private snapshot of a colleague's project file to this version's format for a merge,
 * as a function of the file alone: the migrations (no change capture, so no replica id or wall
 * clock of this session is stamped on anything), then the changes the file marked but never
 * logged, stamped from its content (unloggedChanges.ts), then what the upgrade made applicable
 * (pendingChanges.ts, which stamps nothing). Merging the same file twice, or on two copies,
 * therefore brings in the very same changes.
 */
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../project/migrations';
import { applyMigrations } from '../project/migrations/applyMigrations';
import { nativeBindingOption } from '../project/nativeBinding';
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { applyPendingChanges, needsPendingPass } from './pendingChanges';
import { recordUnloggedChanges } from './unloggedChanges';

/** Runs the migrations the file lacks (no change capture: nothing of this session is stamped). */
function migrateOnly(file: string): void {
  const db = new Database(file, { fileMustExist: true, ...nativeBindingOption() });
  try {
    db.pragma('trusted_schema = OFF');
    applyMigrations(db);
  } finally {
    db.close();
  }
}

/** Re-applies, without capture, what the new format's declaration makes applicable. */
function applyPending(file: string): void {
  const db = new Database(file, { fileMustExist: true, ...nativeBindingOption() });
  try {
    db.pragma('trusted_schema = OFF');
    const project: Project = { db, path: file, actor: '', readOnly: false, close: () => db.close() };
    if (needsPendingPass(project)) writeTransaction(project, () => applyPendingChanges(project));
  } finally {
    db.close();
  }
}

/** Readies the checked snapshot at `file` (format `schemaVersion`) for absorbing; see the module comment. */
export function upgradeSnapshot(file: string, schemaVersion: number): void {
  const older = schemaVersion < LATEST_SCHEMA_VERSION;
  if (older) migrateOnly(file);
  // Changes the file marked but never logged come along too, or their history would arrive alone.
  recordUnloggedChanges(file);
  if (older) applyPending(file);
}

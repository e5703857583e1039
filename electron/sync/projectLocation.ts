/**
 * Where the working project file is: the app warns when it is on a network share or in a folder a
 * sync client copies (shared/sync/networkPath.ts), opens it read-only there (writing would put
 * SQLite's -wal/-shm beside it for the sync client to copy mid-save), and offers a local copy
 * linked to that folder instead (localLinkedCopy.ts), or to open it there anyway. On Linux the
 * mount table says which file system a path is on. The CLI opens where it is told, without warning.
 */
import fs from 'node:fs';
import { networkOrSyncedReason } from '../../shared/sync/networkPath';

function mountTable(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return undefined;
  }
}

function whyNotLocal(file: string): string | null {
  return networkOrSyncedReason(file, { platform: process.platform, mounts: mountTable() });
}

/** A sentence saying why `file` should not be the working copy, or null when it looks local. */
export function projectLocationWarning(file: string): string | null {
  const reason = whyNotLocal(file);
  return reason
    ? `${file}: ${reason}. Work on a local copy linked to that folder, so colleagues' changes are merged instead of overwriting each other.`
    : null;
}

/** The project's `readOnlyReason` when the app opened it read-only for its location, or null when it looks local. */
export function locationReadOnlyReason(file: string): string | null {
  const reason = whyNotLocal(file);
  return reason
    ? `This project file is in a synced or network folder (${reason}), where saving is unsafe. Make a local copy linked to this folder, or open it here anyway.`
    : null;
}

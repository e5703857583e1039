/**
 * Where the working project file is: the app warns when it is on a network share or in a folder a
 * sync client copies (shared/sync/networkPath.ts), and offers a local copy linked to that folder
 * instead (localLinkedCopy.ts). On Linux the mount table says which file system a path is on.
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

/** A sentence saying why `file` should not be the working copy, or null when it looks local. */
export function projectLocationWarning(file: string): string | null {
  const reason = networkOrSyncedReason(file, { platform: process.platform, mounts: mountTable() });
  return reason
    ? `${file}: ${reason}. Work on a local copy linked to that folder, so colleagues' changes are merged instead of overwriting each other.`
    : null;
}

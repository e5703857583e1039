/**
 * Is a project file somewhere SQLite should not be written: a network share (WAL and locking do
 * not work there) or a folder a file-sync client copies behind the database's back (Dropbox,
 * OneDrive, Google Drive, iCloud, Syncthing...: a copy taken mid-write is a damaged project)?
 * Heuristics only, and pure: the caller passes the platform and, on Linux, the text of
 * /proc/mounts. The app warns and offers a local copy linked to that folder as a shared folder.
 */

export interface PathContext {
  platform: string;
  /** The contents of /proc/mounts (Linux), to find the file system the path is on. */
  mounts?: string;
}

const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smbfs',
  'smb3',
  'fuse.sshfs',
  'sshfs',
  'afs',
  'ncpfs',
  'davfs',
  'fuse.davfs2',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.juicefs',
  'glusterfs',
  'fuse.glusterfs',
  'ceph',
  'fuse.ceph',
  'lustre',
  '9p',
  'v9fs',
  'drvfs',
]);

/** Folder names that sync clients create (compared case-insensitively, as whole path segments). */
const SYNC_FOLDER = [
  /^dropbox( \(.*\))?$/,
  /^onedrive( - .*)?$/,
  /^google ?drive$/,
  /^my drive$/,
  /^icloud ?drive( \(.*\))?$/,
  /^com~apple~clouddocs$/,
  /^mobile documents$/,
  /^cloudstorage$/,
  /^syncthing$/,
  /^sync$/,
  /^box( sync)?$/,
  /^pcloud ?drive$/,
  /^nextcloud$/,
  /^owncloud$/,
  /^mega$/,
];

const MOUNT_ROOTS = ['/mnt/', '/media/', '/net/', '/run/media/', '/Volumes/'];

/** /proc/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise). */
const unescapeMount = (s: string) =>
  s.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));

function mountOf(file: string, mounts: string): { point: string; type: string } | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    const point = unescapeMount(rawPoint);
    const inside = point === '/' || file === point || file.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best;
}

/** Why the path is a poor place for the working project file, or null when it looks local. */
export function networkOrSyncedReason(file: string, ctx: PathContext): string | null {
  const windows = ctx.platform === 'win32';
  if (/^\\\\\?\\UNC\\/i.test(file)) return 'it is on a network share (UNC path)';
  if (/^(\\\\|\/\/)(?![?.][\\/])/.test(file)) return 'it is on a network share (UNC path)';
  const slashed = windows ? file.replace(/\\/g, '/') : file;
  const segments = slashed.split('/').filter(Boolean);
  const syncFolder = segments.slice(0, -1).find((s) => SYNC_FOLDER.some((re) => re.test(s.toLowerCase())));
  if (syncFolder) return `it is inside "${syncFolder}", a folder a file-sync service copies`;
  if (windows) return null;
  if (ctx.mounts !== undefined) {
    // The mount table is the real answer: a folder under /mnt on the root disk is local.
    const mount = mountOf(file, ctx.mounts);
    return mount && NETWORK_FS_TYPES.has(mount.type)
      ? `it is on a network file system (${mount.type} at ${mount.point})`
      : null;
  }
  const root = MOUNT_ROOTS.find((r) => file.startsWith(r));
  return root ? `it is on a mounted volume (${root}…), possibly a network share or removable disk` : null;
}

export function isNetworkOrSyncedPath(file: string, ctx: PathContext): boolean {
  return networkOrSyncedReason(file, ctx) !== null;
}

/** Where a working project file should not be: network shares and folders a sync client copies. */
import { describe, expect, it } from 'vitest';
import { isNetworkOrSyncedPath, networkOrSyncedReason } from '../../../shared/sync/networkPath';

const MOUNTS = [
  'sysfs /sys sysfs rw 0 0',
  '/dev/vda / ext4 rw,relatime 0 0',
  'server:/export /home/ana/newsroom nfs4 rw 0 0',
  '//nas/desk /srv/desk\\040share cifs rw 0 0',
  'ana@host:/data /home/ana/remote fuse.sshfs rw 0 0',
  '/dev/sdb1 /mnt/usb ext4 rw 0 0',
].join('\n');

describe('isNetworkOrSyncedPath', () => {
  it.each([
    ['\\\\server\\desk\\project.claimdesk', 'win32', /network share/],
    ['//server/desk/project.claimdesk', 'linux', /network share/],
    ['C:\\Users\\ana\\Dropbox\\desk.claimdesk', 'win32', /Dropbox/],
    ['C:\\Users\\ana\\OneDrive - Newsroom\\desk.claimdesk', 'win32', /OneDrive - Newsroom/],
    ['/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/desk.claimdesk', 'darwin', /Mobile Documents/],
    ['/Users/ana/Library/CloudStorage/GoogleDrive-ana/My Drive/desk.claimdesk', 'darwin', /CloudStorage/],
    ['/home/ana/Sync/desk.claimdesk', 'linux', /Sync/],
    ['/Volumes/newsroom/desk.claimdesk', 'darwin', /mounted volume/],
    ['/media/ana/stick/desk.claimdesk', 'linux', /mounted volume/],
  ])('warns about %s', (file, platform, reason) => {
    expect(networkOrSyncedReason(file, { platform })).toMatch(reason);
  });

  it('reads the file system type from /proc/mounts on Linux', () => {
    const ctx = { platform: 'linux', mounts: MOUNTS };
    expect(networkOrSyncedReason('/home/ana/newsroom/desk.claimdesk', ctx)).toMatch(/nfs4 at \/home\/ana\/newsroom/);
    expect(networkOrSyncedReason('/srv/desk share/desk.claimdesk', ctx)).toMatch(/cifs/);
    expect(networkOrSyncedReason('/home/ana/remote/desk.claimdesk', ctx)).toMatch(/fuse\.sshfs/);
    // A local disk under /mnt is fine when the mount table says so.
    expect(isNetworkOrSyncedPath('/mnt/usb/desk.claimdesk', ctx)).toBe(false);
    expect(isNetworkOrSyncedPath('/home/ana/newsroom-notes/desk.claimdesk', ctx)).toBe(false);
  });

  it('accepts ordinary local paths', () => {
    expect(isNetworkOrSyncedPath('/home/ana/Documents/desk.claimdesk', { platform: 'linux', mounts: MOUNTS })).toBe(
      false,
    );
    expect(isNetworkOrSyncedPath('C:\\Users\\ana\\Documents\\desk.claimdesk', { platform: 'win32' })).toBe(false);
    expect(isNetworkOrSyncedPath('\\\\?\\C:\\Users\\ana\\desk.claimdesk', { platform: 'win32' })).toBe(false);
    expect(isNetworkOrSyncedPath('/Users/ana/Documents/desk.claimdesk', { platform: 'darwin' })).toBe(false);
  });
});

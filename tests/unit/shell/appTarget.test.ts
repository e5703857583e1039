import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseAppTarget, packagedExecutable } from '../../app/appTarget';
import { tempDir } from './tempDir';

function touch(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

describe('which app npm run test:app drives', () => {
  it('prefers a packaged build from electron-builder’s output, per platform', () => {
    const root = tempDir();
    const linux = touch(path.join(root, 'out', 'linux-unpacked', 'claimdesk'));
    const mac = touch(path.join(root, 'out', 'mac-arm64', 'Claimdesk.app', 'Contents', 'MacOS', 'Claimdesk'));
    const win = touch(path.join(root, 'out', 'win-unpacked', 'Claimdesk.exe'));
    expect(packagedExecutable(root, 'linux', {})).toBe(linux);
    expect(packagedExecutable(root, 'darwin', {})).toBe(mac);
    expect(packagedExecutable(root, 'win32', {})).toBe(win);
    expect(chooseAppTarget(root, '/usr/bin/electron', 'linux', {})).toEqual({
      kind: 'packaged',
      executable: linux,
      args: [],
    });
  });

  it('takes the executable CLAIMDESK_APP names, and dist-app/ too', () => {
    const root = tempDir();
    const chosen = touch(path.join(root, 'elsewhere', 'Claimdesk'));
    expect(packagedExecutable(root, 'linux', { CLAIMDESK_APP: chosen })).toBe(chosen);
    const distApp = touch(path.join(root, 'dist-app', 'linux-unpacked', 'claimdesk'));
    expect(packagedExecutable(root, 'linux', {})).toBe(distApp);
  });

  it('falls back to the development app, and to nothing without Electron', () => {
    const root = tempDir();
    expect(chooseAppTarget(root, '/usr/bin/electron', 'linux', {})).toEqual({
      kind: 'development',
      executable: '/usr/bin/electron',
      args: [root],
    });
    expect(chooseAppTarget(root, null, 'linux', {})).toBeNull();
  });
});

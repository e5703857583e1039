import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './tempDir';

const script = path.resolve(__dirname, '../../../scripts/electron-native.mjs');
const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, `--root=${root}`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
  });

/** A checkout whose node_modules has the electron package without its binary, as here and in CI. */
function checkoutWithoutElectronBinary() {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '39.8.9' }));
  return root;
}

function checkoutWithElectronBuild() {
  const root = checkoutWithoutElectronBinary();
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  fs.mkdirSync(path.join(electronDir, 'dist'));
  fs.writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
  fs.mkdirSync(path.join(root, 'node_modules', 'better-sqlite3'));
  fs.writeFileSync(
    path.join(root, 'node_modules', 'better-sqlite3', 'package.json'),
    JSON.stringify({ version: '12.6.2' }),
  );
  const target = path.join(root, '.electron-native', 'better-sqlite3');
  fs.mkdirSync(path.join(target, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(target, 'build', 'Release', 'better_sqlite3.node'), '');
  fs.writeFileSync(
    path.join(target, 'claimdesk-electron-build.json'),
    JSON.stringify({ electron: '39.8.9', betterSqlite3: '12.6.2', platform: process.platform, arch: process.arch }),
  );
  return root;
}

describe('scripts/electron-native.mjs', () => {
  it('skips with one line and succeeds when the Electron binary is not installed (npm install, CI)', () => {
    const r = run(checkoutWithoutElectronBinary());
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/Electron binary not installed; skipped/);
  });

  it('fails with a clear message under --require when the Electron binary is missing (npm start)', () => {
    const r = run(checkoutWithoutElectronBinary(), '--require');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Electron binary is not installed.*install\.js/s);
  });

  it('does nothing when the Electron build matches the installed versions', () => {
    const r = run(checkoutWithElectronBuild(), '--require');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/up to date/);
  });
});

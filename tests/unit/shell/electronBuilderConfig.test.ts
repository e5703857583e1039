import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'build/electron-builder.json'), 'utf8'));

describe('the packaging config (build/electron-builder.json)', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config).toMatchObject({ appId: 'org.claimdesk.app', productName: 'Claimdesk' });
  });

  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('registers .claimdesk files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'claimdesk',
        role: 'Editor',
        name: expect.any(String),
        description: expect.any(String),
      }),
    ]);
  });

  it('opens a double-clicked project on Linux: the .desktop entry claims the MIME type and passes the file', () => {
    // electron-builder writes the entry's MimeType from the association, and Exec=… %U unless the
    // arguments are overridden: startup.ts reads the file:// URL %U hands over.
    expect(config.fileAssociations[0].mimeType).toBe('application/x-claimdesk');
    expect(config.linux.executableArgs).toBeUndefined();
    // The window belongs to that entry (Electron's app_id comes from package.json's desktopName).
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.desktopName).toBe('claimdesk.desktop');
    expect(config.linux.syncDesktopName).toBe(true);
  });

  it('ships the built app, its runtime modules, and better-sqlite3 unpacked from the asar with the Electron build of its addon', () => {
    // main.cjs keeps runtime dependencies external (scripts/build.mjs), so node_modules ships too
    // (electron-builder copies production dependencies only).
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', 'node_modules/**/*']),
    );
    // The Node build of the addon (and its sources) would be dead weight: the app never loads it.
    expect(config.files).toContain('!node_modules/better-sqlite3/{build,deps,src}/**');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    // The app loads <resources>/native/better_sqlite3.node (electron/shell/sqliteBinding.ts).
    expect(config.extraResources).toEqual([
      { from: '.electron-native/better-sqlite3/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    // Rebuilding in place would turn node_modules' Node build into an Electron one and break npm test.
    expect(config.npmRebuild).toBe(false);
  });

  it('points at icons that exist and are big enough', () => {
    for (const icon of [config.mac.icon, config.win.icon]) {
      const png = fs.readFileSync(path.join(root, icon));
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // PNG width
    }
    const linuxSet = fs.readdirSync(path.join(root, config.linux.icon));
    expect(linuxSet).toEqual(expect.arrayContaining(['16x16.png', '256x256.png', '512x512.png']));
  });
});

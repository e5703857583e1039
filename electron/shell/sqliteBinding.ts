/**
 * Where the Electron build of better-sqlite3's native addon is. node_modules keeps the Node
 * build (tests, CLI); the app loads a second copy built for Electron's ABI:
 *  - development: `.electron-native/better-sqlite3/build/Release/better_sqlite3.node`, written by
 *    scripts/electron-native.mjs (same relative path there);
 *  - packaged: `<resources>/native/better_sqlite3.node`, copied in by build/electron-builder.json.
 * main.ts puts the path in CLAIMDESK_SQLITE_BINDING, which electron/project/nativeBinding.ts passes
 * to every `new Database(...)`.
 */
import path from 'node:path';

export const SQLITE_BINDING_ENV = 'CLAIMDESK_SQLITE_BINDING';

export function electronSqliteBinding(where: { isPackaged: boolean; appRoot: string; resourcesPath: string }): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(where.appRoot, '.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

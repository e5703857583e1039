/**
 * Builds everything the app, the CLI and the e2e tests run from, into dist/:
 *   dist/renderer/   the React UI (Vite), loaded by the Electron window and by the e2e harness
 *   dist/electron/   main.cjs and preload.cjs (esbuild; `electron` and better-sqlite3 stay external)
 *   dist/cli/        claimdesk.cjs, the command line (esbuild)
 * Runs on `npm install` (prepare), so `npx claimdesk` works straight after installing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'better-sqlite3'],
  loader: { '.txt': 'text' },
  logLevel: 'warning',
};

if (want('renderer')) {
  await viteBuild({
    configFile: false,
    root: path.join(root, 'renderer'),
    base: './',
    logLevel: 'warn',
    esbuild: { jsx: 'automatic' },
    build: { outDir: path.join(dist, 'renderer'), emptyOutDir: true, sourcemap: true, target: 'chrome120' },
  });
}

if (want('electron')) {
  await esbuild.build({
    ...nodeBundle,
    entryPoints: {
      main: path.join(root, 'electron/shell/main.ts'),
      preload: path.join(root, 'electron/shell/preload.ts'),
    },
    outdir: path.join(dist, 'electron'),
  });
}

if (want('cli')) {
  await esbuild.build({
    ...nodeBundle,
    entryPoints: { claimdesk: path.join(root, 'electron/cli/main.ts') },
    outdir: path.join(dist, 'cli'),
  });
  fs.chmodSync(path.join(dist, 'cli', 'claimdesk.cjs'), 0o755);
}

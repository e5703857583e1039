/**
 * Builds everything the app, the CLI and the e2e tests run from, into dist/:
 *   dist/renderer/   the React UI (Vite), loaded by the Electron window and by the e2e harness
 *   dist/electron/   main.cjs, preload.cjs and two worker threads: importWorker.cjs parses imported
 *                    files, mergeWorker.cjs merges a colleague's copy (esbuild; runtime dependencies
 *                    stay external, except in the sandboxed preload, which bundles all it needs)
 *   dist/cli/        claimdesk.cjs, the command line (esbuild)
 * Runs on `npm install` (prepare), so `npx claimdesk` works straight after installing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
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
  // Runtime dependencies load from node_modules (native addons, ESM-only pdf.js, jsdom's workers);
  // the packaged app ships them, so only the project's own code is bundled.
  external: ['electron', ...Object.keys(pkg.dependencies)],
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
      importWorker: path.join(root, 'electron/import/articleParseWorker.ts'),
      mergeWorker: path.join(root, 'electron/api/mergeWorker.ts'),
    },
    outdir: path.join(dist, 'electron'),
  });
  // A sandboxed preload can require nothing but `electron`: everything else is bundled in.
  await esbuild.build({
    ...nodeBundle,
    external: ['electron'],
    entryPoints: { preload: path.join(root, 'electron/shell/preload.ts') },
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

/**
 * The packaged app's layout, checked by packaging it for real: electron-builder runs with the
 * project's own configuration (build/electron-builder.json) for its `dir` target, with a stand-in
 * for the Electron distribution (the binary cannot be downloaded on this machine; electron-builder
 * only copies it). What an installer would install is then taken apart and used from plain Node:
 *
 *  - app.asar holds the built main process, preload, both worker threads and the renderer, no
 *    source maps, sources or tests, and package.json points at main.cjs;
 *  - every runtime dependency is inside, no development one, and better-sqlite3 is unpacked with
 *    its addon in resources/native, where the app loads it from (sqliteBinding.ts);
 *  - every module the main process and the workers require resolves inside the package;
 *  - the import worker and the merge worker, started from the package, parse a web page, a Word file
 *    and a PDF, and merge a colleague's copy, as in development.
 *
 * Loading those files from inside app.asar (rather than an unpacked copy) is Electron's part: its
 * workers read asar archives since Electron 18 (electron/electron#33216); the real app runs in
 * `npm run test:app` where an Electron binary is present.
 */
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LongTasks } from '../../../electron/api/longTasks';
import { mergeInWorker } from '../../../electron/api/mergeOffThread';
import { workerArticleReader } from '../../../electron/import/readArticleOffThread';
import { readArticleFile } from '../../../electron/import/readArticleFile';
import { createProject, openProject } from '../../../electron/project/openProject';
import { importTextArticle } from '../../../electron/import/importText';
import { electronSqliteBinding, SQLITE_BINDING_ENV } from '../../../electron/shell/sqliteBinding';
import { makeDocx, makePdf } from '../../fixtures/import/makeFixtures';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const builderConfig = JSON.parse(fs.readFileSync(path.join(root, 'build/electron-builder.json'), 'utf8')) as Record<
  string,
  unknown
>;

let work: string;
let resources: string;
/** app.asar taken apart (with its unpacked files), as the app sees its own folder. */
let app: string;
let asarFiles: string[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-package-'));
  // The stand-in Electron distribution: electron-builder copies it and renames the binary.
  const electronDist = path.join(work, 'electron-dist');
  fs.mkdirSync(electronDist);
  fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  fs.writeFileSync(path.join(electronDist, 'LICENSE'), 'stand-in\n');
  fs.writeFileSync(path.join(electronDist, 'version'), pkg.devDependencies.electron!);
  const { build, Platform } = await import('electron-builder');
  const { $schema: _schema, ...config } = builderConfig;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...config,
      electronDist,
      electronVersion: pkg.devDependencies.electron,
      directories: { output: path.join(work, 'out'), buildResources: 'build' },
      // The Electron build of the addon needs Electron's headers from the internet; the Node build
      // stands in for it at the same place in the package, so the workers can load it here.
      extraResources: [
        { from: 'node_modules/better-sqlite3/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' },
      ],
    },
    publish: 'never',
  });
  resources = path.join(work, 'out', 'linux-unpacked', 'resources');
  asarFiles = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/'));
  app = path.join(work, 'app');
  extractAll(path.join(resources, 'app.asar'), app);
}, 300_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const has = (file: string) => asarFiles.includes(file);
/** The packages at the top of the package's node_modules (folders with a package.json). */
const topModules = () =>
  new Set(
    asarFiles
      .map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^@/][^/]*)\/package\.json$/.exec(f)?.[1])
      .filter((m): m is string => m !== undefined),
  );

describe('the packaged app (electron-builder, dir target)', () => {
  it('holds the built app and nothing of the development tree', () => {
    for (const file of ['main.cjs', 'preload.cjs', 'importWorker.cjs', 'mergeWorker.cjs']) {
      expect(has(`/dist/electron/${file}`), file).toBe(true);
    }
    expect(has('/dist/renderer/index.html')).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')).main).toBe('dist/electron/main.cjs');
    expect(asarFiles.filter((f) => f.startsWith('/dist/') && f.endsWith('.map'))).toEqual([]);
    expect(asarFiles.filter((f) => /^\/(electron|renderer|shared|tests|bench|scripts)\//.test(f))).toEqual([]);
  });

  it('ships every runtime dependency and no development one', () => {
    const modules = topModules();
    for (const dep of Object.keys(pkg.dependencies)) expect(modules.has(dep), dep).toBe(true);
    // package-lock.json marks each package version only development needs (`dev`); electron-builder
    // may hoist a package differently, so a shipped module is matched by name and version.
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean }>;
    };
    const runtimeVersions = new Set(
      Object.entries(lock.packages)
        .filter(([key, entry]) => key.includes('node_modules/') && !entry.dev)
        .map(
          ([key, entry]) => `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`,
        ),
    );
    const shippedVersion = (m: string) =>
      (JSON.parse(fs.readFileSync(path.join(app, 'node_modules', m, 'package.json'), 'utf8')) as { version: string })
        .version;
    const devOnly = [...modules].filter((m) => !runtimeVersions.has(`${m}@${shippedVersion(m)}`));
    expect(devOnly).toEqual([]);
    for (const tool of ['electron', 'electron-builder', 'vitest', 'playwright-core', 'esbuild', 'vite', 'typescript']) {
      expect(modules.has(tool), tool).toBe(false);
    }
  });

  it('unpacks better-sqlite3 and puts its addon where the packaged app loads it', () => {
    const unpacked = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(path.join(unpacked, 'lib', 'index.js'))).toBe(true);
    // Only the Electron build is ever loaded: the Node build and the C sources stay out.
    expect(fs.existsSync(path.join(unpacked, 'build'))).toBe(false);
    expect(fs.existsSync(path.join(unpacked, 'src'))).toBe(false);
    const binding = electronSqliteBinding({ isPackaged: true, appRoot: app, resourcesPath: resources });
    expect(fs.statSync(binding).size).toBeGreaterThan(100_000);
  });

  it('resolves every module the main process and the workers require from inside the package', () => {
    for (const bundle of ['main.cjs', 'importWorker.cjs', 'mergeWorker.cjs']) {
      const file = path.join(app, 'dist', 'electron', bundle);
      const code = fs.readFileSync(file, 'utf8');
      const wanted = new Set(
        [...code.matchAll(/\brequire\("([^"]+)"\)|\bimport\("([^"]+)"\)/g)]
          .map((m) => m[1] ?? m[2]!)
          .filter((m) => !isBuiltin(m) && m !== 'electron'),
      );
      expect(wanted.size, bundle).toBeGreaterThan(0);
      const requireFrom = createRequire(file);
      for (const name of wanted) {
        const resolved = requireFrom.resolve(name);
        expect(resolved.startsWith(app + path.sep), `${bundle} → ${name}`).toBe(true);
      }
    }
  });

  describe('its worker threads, started from the package', () => {
    const previousBinding = process.env[SQLITE_BINDING_ENV];
    beforeAll(() => {
      process.env[SQLITE_BINDING_ENV] = electronSqliteBinding({
        isPackaged: true,
        appRoot: app,
        resourcesPath: resources,
      });
    });
    afterAll(() => {
      if (previousBinding === undefined) delete process.env[SQLITE_BINDING_ENV];
      else process.env[SQLITE_BINDING_ENV] = previousBinding;
    });

    it('parse a web page, a Word file and a PDF as in development', async () => {
      const reader = workerArticleReader(path.join(app, 'dist', 'electron', 'importWorker.cjs'));
      try {
        const docx = path.join(work, 'statement.docx');
        const pdf = path.join(work, 'report.pdf');
        await makeDocx(docx);
        await makePdf(pdf, { pages: 2 });
        const files = [path.join(root, 'tests/fixtures/import/news-page.html'), docx, pdf];
        for (const file of files) {
          const bytes = fs.readFileSync(file);
          const name = path.basename(file);
          expect(await reader.read(name, bytes), name).toEqual(await readArticleFile(name, bytes));
        }
        expect(reader.parsedInWorker).toBe(files.length);
      } finally {
        await reader.close();
      }
    }, 120_000);

    it('merge a colleague’s copy as in development', async () => {
      const file = path.join(work, 'desk.claimdesk');
      createProject(file, { actor: 'Ana' }).close();
      const colleague = path.join(work, 'ben.claimdesk');
      fs.copyFileSync(file, colleague);
      const ben = openProject(colleague, { actor: 'Ben' });
      importTextArticle(ben, { text: 'Prisoners freed\n\nOfficials said 56 prisoners were freed.' });
      ben.close();

      const ana = openProject(file, { actor: 'Ana' });
      const warn = vi.spyOn(console, 'warn');
      try {
        const entry = path.join(app, 'dist', 'electron', 'mergeWorker.cjs');
        const report = await new LongTasks().run('merge', (control) => mergeInWorker(entry, ana, colleague, control));
        expect(report).toMatchObject({ file: colleague, conflicts: 0 });
        expect(report!.changes).toBeGreaterThan(0);
        // It ran in the packaged worker: no fallback to this thread was announced.
        expect(warn).not.toHaveBeenCalled();
        expect(ana.db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Prisoners freed']);
      } finally {
        warn.mockRestore();
        ana.close();
      }
    }, 60_000);
  });
});

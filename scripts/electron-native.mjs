#!/usr/bin/env node
/**
 * Keeps a second build of better-sqlite3's native addon for Electron, next to the Node build.
 *
 * Node (tests, CLI) and Electron have different native ABIs, and one node_modules can hold only
 * one build. So node_modules/better-sqlite3 stays the Node build npm made, and this script puts an
 * Electron build in .electron-native/better-sqlite3/ (a copy of the package, fetched as a prebuilt
 * binary with prebuild-install or compiled against Electron's headers with node-gyp). The app loads
 * it through better-sqlite3's `nativeBinding` option (electron/shell/sqliteBinding.ts names the
 * same path). `npm test` and `npm start` then both work after one `npm install`, in either order.
 *
 *   node scripts/electron-native.mjs            postinstall: build if Electron is installed;
 *                                               never fails the install (prints what is missing)
 *   node scripts/electron-native.mjs --require  before `npm start`: build if needed, and fail
 *                                               with a clear message if it cannot
 *   --root=DIR                                  work on another checkout (tests)
 *
 * Needs internet for the first Electron build (prebuilt download or Electron headers).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const requireMode = args.includes('--require');
const rootArg = args.find((a) => a.startsWith('--root='));
const root = rootArg
  ? path.resolve(rootArg.slice('--root='.length))
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nodeModules = path.join(root, 'node_modules');
const sourcePackage = path.join(nodeModules, 'better-sqlite3');
const outDir = path.join(root, '.electron-native');
const target = path.join(outDir, 'better-sqlite3');
const binding = path.join(target, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(target, 'claimdesk-electron-build.json');
const TAG = 'electron-native:';

const say = (line) => process.stdout.write(`${TAG} ${line}\n`);
const rel = (p) => path.relative(root, p) || '.';

/** Exits: 0 always in postinstall mode (an install must not fail over the app's optional half). */
function give(code, lines) {
  const out = code === 0 || !requireMode ? process.stdout : process.stderr;
  for (const l of lines) out.write(`${TAG} ${l}\n`);
  process.exit(requireMode ? code : 0);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The Electron executable and version, or null when only the npm package (no binary) is there. */
function findElectron() {
  const pkgDir = path.join(nodeModules, 'electron');
  const pkg = readJson(path.join(pkgDir, 'package.json'));
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (!pkg || !fs.existsSync(pathTxt)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkgDir, 'dist');
  const executable = path.join(distDir, fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(executable) ? { executable, version: pkg.version } : null;
}

/** npm passes its config to scripts as npm_config_*; a `nodedir` there would build for Node. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(cmd, cmdArgs, cwd, env = buildEnv()) {
  const r = spawnSync(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

/** Loads the addon inside Electron (as Node) the way the app will, and runs one query. */
function loadsInElectron(electron, file) {
  const probe = `const D=require(${JSON.stringify(sourcePackage)});const db=new D(':memory:',{nativeBinding:${JSON.stringify(file)}});db.prepare('select 1').get();db.close();`;
  const r = spawnSync(electron.executable, ['-e', probe], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) process.stderr.write(r.stderr ?? '');
  return r.status === 0;
}

function build(electron, wanted) {
  const work = `${target}.partial-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const nodeBuild = path.join(sourcePackage, 'build');
  fs.cpSync(sourcePackage, work, {
    recursive: true,
    filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + path.sep),
  });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const common = [`--target=${electron.version}`, `--arch=${process.arch}`];

  say(`building better-sqlite3 ${wanted.betterSqlite3} for Electron ${electron.version} in ${rel(target)} ...`);
  const prebuild = path.join(nodeModules, 'prebuild-install', 'bin.js');
  let ok =
    fs.existsSync(prebuild) &&
    run(process.execPath, [prebuild, '--runtime=electron', `--platform=${process.platform}`, ...common], work) &&
    fs.existsSync(built);
  if (!ok) {
    say('no prebuilt binary; compiling against the Electron headers with node-gyp ...');
    const gyp = path.join(nodeModules, 'node-gyp', 'bin', 'node-gyp.js');
    ok =
      fs.existsSync(gyp) &&
      run(
        process.execPath,
        [gyp, 'rebuild', '--release', '--dist-url=https://electronjs.org/headers', ...common],
        work,
      ) &&
      fs.existsSync(built);
  }
  if (ok && !loadsInElectron(electron, built)) {
    say('the built addon does not load in Electron');
    ok = false;
  }
  if (!ok) {
    fs.rmSync(work, { recursive: true, force: true });
    return false;
  }
  fs.writeFileSync(path.join(work, path.basename(stampFile)), `${JSON.stringify(wanted, null, 2)}\n`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(work, target);
  return true;
}

const electron = findElectron();
if (!electron) {
  give(1, [
    requireMode
      ? `the Electron binary is not installed (${rel(path.join(nodeModules, 'electron', 'path.txt'))} or the executable is missing). Install it with \`node node_modules/electron/install.js\` (needs internet; unset ELECTRON_SKIP_BINARY_DOWNLOAD), then run npm start again.`
      : 'Electron binary not installed; skipped the Electron build of better-sqlite3 (tests and the CLI use the Node build).',
  ]);
}

const sqlitePkg = readJson(path.join(sourcePackage, 'package.json'));
if (!sqlitePkg) give(1, [`${rel(sourcePackage)} is missing; run npm install first.`]);

const wanted = {
  electron: electron.version,
  betterSqlite3: sqlitePkg.version,
  platform: process.platform,
  arch: process.arch,
};
const stamp = readJson(stampFile);
const upToDate = stamp && fs.existsSync(binding) && Object.entries(wanted).every(([k, v]) => stamp[k] === v);
if (upToDate) give(0, [`better-sqlite3 for Electron ${electron.version} is up to date (${rel(binding)}).`]);

if (build(electron, wanted)) give(0, [`built ${rel(binding)}.`]);
give(1, [
  `could not build better-sqlite3 for Electron ${electron.version} (no prebuilt binary could be downloaded, and compiling failed; see above).`,
  'It needs internet once (prebuilt binaries or Electron headers) and, to compile, python3 and a C++ toolchain.',
  'Then run: node scripts/electron-native.mjs --require',
]);

/**
 * `npm run test:app`: drives the REAL Electron app with playwright-core's Electron support, the
 * one check of what the unit tests can only fake: the built main process, preload, protocol and
 * renderer together, on a fresh user data folder.
 *
 * Scenario: first run opens the sample project; the two sample articles are listed (through
 * window.claimdesk and on screen); the page is isolated (no Node, no eval, locked web
 * preferences, served from app://claimdesk); a screenshot is saved; a second start reopens the
 * last project; a third start names a new `.claimdesk` file on the command line and runs the main
 * e2e scenario in it (import the samples, highlight, create a claim, set its verdict, merge a
 * colleague's copy, export a PDF; see workScenario.ts).
 *
 * It drives a packaged build when there is one (electron-builder's out/*-unpacked or dist-app/,
 * or CLAIMDESK_APP=/path/to/executable; see appTarget.ts), else the development app on the built
 * dist/. Without either (this machine, CI without Electron) it says it needs Electron and exits
 * with EXIT_NEEDS_ELECTRON, so a caller can tell "not run" from "failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { ClaimdeskBridge } from '../../shared/ipc/bridge';
import { createProject } from '../../electron/project/openProject';
import { chooseAppTarget, type AppTarget } from './appTarget';
import { runWorkScenario } from './workScenario';

/** Distinct from 1 (a failed check): the scenario could not run at all. */
export const EXIT_NEEDS_ELECTRON = 3;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'test-results', 'app');
const SAMPLE_FILES = ['us-detainees-released.txt', 'venezuela-frees-prisoners.txt'];
const SAMPLE_TITLES = [
  'US Detainees Released, Political Prisoner Debate Flares',
  'Venezuela Starts Freeing Prisoners Under US Pressure',
];

/** The Electron executable, or null when only the npm package (no binary) is installed. */
function electronExecutable(): string | null {
  try {
    const exe = createRequire(path.join(root, 'package.json'))('electron') as unknown;
    return typeof exe === 'string' && fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`  ok  ${what}`);
}

function step(cmd: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status})`);
}

async function launch(
  target: AppTarget,
  userData: string,
  extraArgs: string[] = [],
): Promise<{ app: ElectronApplication; page: Page }> {
  const env = { ...process.env, CLAIMDESK_USER_DATA: userData } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await _electron.launch({
    executablePath: target.executable,
    args: [...target.args, ...extraArgs],
    cwd: root,
    env,
    timeout: 60_000,
  });
  const page = await app.firstWindow({ timeout: 60_000 });
  // The window exists (about:blank) a moment before it loads the app page.
  await page.waitForURL((url) => url.protocol === 'app:', { timeout: 30_000 });
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

const bridge = (page: Page) =>
  ({
    listArticles: () =>
      page.evaluate(() =>
        (window as unknown as { claimdesk: ClaimdeskBridge }).claimdesk.listArticles({ offset: 0, limit: 100 }),
      ),
    getProject: () => page.evaluate(() => (window as unknown as { claimdesk: ClaimdeskBridge }).claimdesk.getProject()),
  }) as const;

async function firstRun(target: AppTarget, userData: string): Promise<void> {
  console.log('first start (fresh user data folder):');
  const { app, page } = await launch(target, userData);
  try {
    check(page.url() === 'app://claimdesk/index.html', `the window shows app://claimdesk/index.html (${page.url()})`);

    // getLastWebPreferences is Electron's internal (untyped) view of the window's effective preferences.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const p = wc.getLastWebPreferences?.();
      return p
        ? {
            contextIsolation: p.contextIsolation,
            sandbox: p.sandbox,
            nodeIntegration: p.nodeIntegration,
            webSecurity: p.webSecurity,
          }
        : null;
    });
    if (prefs) {
      check(
        prefs.contextIsolation === true &&
          prefs.sandbox === true &&
          prefs.nodeIntegration === false &&
          prefs.webSecurity === true,
        `web preferences are locked (${JSON.stringify(prefs)})`,
      );
    } else {
      console.log('  --  this Electron does not report its web preferences; checked through the page below');
    }
    const isolation = await page.evaluate(() => {
      let evalBlocked = false;
      try {
        (0, eval)('1');
      } catch {
        evalBlocked = true;
      }
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, bridge: typeof w.claimdesk, evalBlocked };
    });
    check(isolation.require === 'undefined' && isolation.process === 'undefined', 'the page has no require/process');
    check(isolation.bridge === 'object', 'window.claimdesk is exposed');
    check(isolation.evalBlocked, 'the Content-Security-Policy blocks eval');

    const project = await bridge(page).getProject();
    check(
      'data' in project && project.data.title === 'Sample project',
      `the sample project is open (${JSON.stringify(project)})`,
    );
    const articles = await bridge(page).listArticles();
    const titles = 'data' in articles ? articles.data.items.map((a) => a.title).sort() : [];
    check(
      JSON.stringify(titles) === JSON.stringify(SAMPLE_TITLES),
      `it holds the two sample articles (${titles.join(' | ')})`,
    );
    for (const title of SAMPLE_TITLES) {
      await page.getByText(title).first().waitFor({ state: 'visible', timeout: 20_000 });
    }
    check(true, 'both articles are listed on screen');
    check(
      (await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).includes(
        'Sample project',
      ),
      'the window title names the project',
    );

    fs.mkdirSync(outDir, { recursive: true });
    const shot = path.join(outDir, 'sample-project.png');
    await page.screenshot({ path: shot });
    console.log(`  screenshot: ${path.relative(root, shot)}`);
  } finally {
    await app.close();
  }
}

async function secondRun(target: AppTarget, userData: string): Promise<void> {
  console.log('second start (same user data folder):');
  const { app, page } = await launch(target, userData);
  try {
    const project = await bridge(page).getProject();
    check(
      'data' in project && project.data.path === path.join(userData, 'Sample project.claimdesk'),
      'the last project is reopened',
    );
  } finally {
    await app.close();
  }
}

async function workRun(target: AppTarget, userData: string): Promise<void> {
  console.log('third start (a new project file on the command line), the main scenario:');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-app-work-'));
  const projectFile = path.join(work, 'Election desk.claimdesk');
  createProject(projectFile, { actor: 'App Test' }).close();
  const { app, page } = await launch(target, userData, [projectFile]);
  try {
    await runWorkScenario({
      app,
      page,
      projectFile,
      sampleFiles: SAMPLE_FILES.map((f) => path.join(root, 'build', 'sample-articles', f)),
      reportFile: path.join(work, 'Election desk report.pdf'),
      check,
    });
    await page.screenshot({ path: path.join(outDir, 'work-scenario.png') });
  } finally {
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const target = chooseAppTarget(root, electronExecutable());
  if (!target) {
    console.error(
      'test:app needs Electron: neither the Electron binary (node_modules/electron has none here) nor a packaged ' +
        'build (out/*-unpacked, dist-app/, or CLAIMDESK_APP) was found, so the real-app scenario did not run. ' +
        'Install the binary with `node node_modules/electron/install.js` on a machine with internet (or build ' +
        `installers with npm run dist), then run npm run test:app again. Exit code ${EXIT_NEEDS_ELECTRON}: not run.`,
    );
    return EXIT_NEEDS_ELECTRON;
  }
  console.log(`test:app drives the ${target.kind} app: ${target.executable}`);
  if (target.kind === 'development') {
    step('build', ['scripts/build.mjs']);
    step('electron-native', ['scripts/electron-native.mjs', '--require']);
  }
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-app-'));
  try {
    await firstRun(target, userData);
    await secondRun(target, userData);
    await workRun(target, userData);
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
  console.log('test:app passed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

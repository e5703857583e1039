/**
 * The e2e harness: the BUILT renderer in headless Debian Chromium (playwright-core, a fresh
 * profile per run), talking to the REAL Node services over a real project file through a stand-in
 * for the preload. `openWorkbench(file)` returns user-level steps (`ui.*`), the workspace (for
 * checking the database directly), a way to push main-process events, and `close()`, which fails
 * when the page logged an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AppEvent } from '../../shared/ipc/contract';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { emitEvent, installBridge, type BridgeStats } from './harness/fakePreload';
import { HarnessWorkspace } from './harness/harnessWorkspace';
import { HarnessHost } from './harness/harnessHost';
import { HarnessSyncHost } from './harness/harnessSyncHost';
import { APP_ORIGIN, assertRendererBuilt, startRendererServer } from './harness/serveRenderer';
import { createUi, type Ui } from './harness/ui';

export interface WorkbenchOptions {
  actor?: string;
  readOnly?: boolean;
  /** Files the welcome screen lists as recent. */
  recent?: string[];
  viewport?: { width: number; height: number };
  /** The operating system's light or dark setting, as the page sees it. */
  colorScheme?: 'light' | 'dark';
  /** Console errors the scenario expects (matched by substring); any other fails close(). */
  expectedErrors?: string[];
  /** The checker has never confirmed their name: the app asks for it before work starts. */
  firstRun?: boolean;
}

export interface Workbench {
  page: Page;
  ui: Ui & { reload(): Promise<void> };
  workspace: HarnessWorkspace;
  /** The file pickers, PDF engine and file manager the app would use (see harnessHost.ts). */
  host: HarnessHost;
  /** The merge, shared-folder and local-copy dialogs (see harnessSyncHost.ts). */
  syncHost: HarnessSyncHost;
  stats: BridgeStats;
  /** Errors the page logged so far (console.error, uncaught exceptions, failed loads). */
  errors: string[];
  emit(event: AppEvent): Promise<void>;
  close(): Promise<void>;
}

async function waitForApp(page: Page): Promise<void> {
  await page.locator('.app, .welcome').first().waitFor();
}

export async function openWorkbench(projectFile: string | null, opts: WorkbenchOptions = {}): Promise<Workbench> {
  assertRendererBuilt();
  const workspace = new HarnessWorkspace(
    projectFile,
    { actor: opts.actor ?? 'Test Checker', readOnly: opts.readOnly ?? false },
    opts.recent,
  );
  const host = new HarnessHost();
  if (opts.firstRun) host.settings = { ...host.settings, firstRun: true };
  // As in the app, a renamed checker is recorded on the open project's next change at once.
  host.onCheckerRenamed = (name) => {
    const current = workspace.current();
    if (current) current.actor = name;
  };
  const syncHost = new HarnessSyncHost(workspace);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-chromium-'));
  const server = await startRendererServer();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs(), ...server.chromiumArgs],
      viewport: opts.viewport ?? { width: 1440, height: 900 },
      colorScheme: opts.colorScheme ?? 'light',
      deviceScaleFactor: 1,
      locale: 'en-GB',
    });
    const stats = await installBridge(context, workspace, host, syncHost);
    const page = context.pages()[0] ?? (await context.newPage());
    // Long tasks' progress reaches the page as the app's event channel would carry it.
    host.notify = (event) => void emitEvent(page, event).catch(() => undefined);

    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.stack ?? err.message}`));

    await page.goto(`${APP_ORIGIN}/`);
    await waitForApp(page);
    const base = createUi(page, stats);
    await base.settled();

    const ctx = context;
    return {
      page,
      workspace,
      host,
      syncHost,
      stats,
      errors,
      ui: {
        ...base,
        /** Reloads the window after closing and reopening the project file: everything shown comes from disk. */
        async reload() {
          await base.settled();
          workspace.reopen();
          await page.reload();
          await waitForApp(page);
          await base.settled();
        },
      },
      emit: async (event) => {
        await emitEvent(page, event);
        await base.settled();
      },
      close: async () => {
        await ctx.close();
        await server.close();
        workspace.close();
        fs.rmSync(profile, { recursive: true, force: true });
        const unexpected = [...errors, ...stats.internalErrors].filter(
          (e) => !(opts.expectedErrors ?? []).some((x) => e.includes(x)),
        );
        if (unexpected.length > 0) throw new Error(`The page reported errors:\n${unexpected.join('\n')}`);
      },
    };
  } catch (err) {
    await context?.close();
    await server.close();
    workspace.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

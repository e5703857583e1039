/**
 * Entry point of the Electron main process. Only wiring: each piece lives in its own module
 * (window, protocol, IPC door, menu, workspace, settings, start-up) and takes the Electron APIs
 * as parameters, so this is the one file that needs the real `electron` module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { EVENT_CHANNEL, type AppEvent } from '../../shared/ipc/contract';
import { ClaimdeskError } from '../../shared/ipc/result';
import { createHandlers } from '../api/handlers';
import type { FileCommand } from '../api/workspace';
import { projectTitle } from '../project/openProject';
import type { Project } from '../project/project';
import { sampleProjectPath } from '../sample/createSampleProject';
import { SettingsFile } from '../settings/settingsFile';
import { WindowStateFile } from '../settings/windowStateFile';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './appProtocol';
import { AppWorkspace } from './appWorkspace';
import { createMainWindow } from './createMainWindow';
import { ProjectWindowMemory } from './projectWindowMemory';
import { registerIpc } from './ipcDoor';
import { restoreFromBackupDialog } from './restoreBackupDialog';
import { aboutText, menuTemplate } from './menu';
import { createProjectDialogs, nativeDialogsOf } from './projectDialogs';
import { createHostServices } from './hostDialogs';
import { createSyncHost } from './syncDialogs';
import { startFolderSync } from '../sync/folderWatcher';
import { useImportWorker } from '../import/readArticleOffThread';
import { mergeWorkersDone, projectLetGo, stopMergeWorkers, useMergeWorker } from '../api/mergeOffThread';
import { readOrCreateInstallationId } from '../sync/replicaId';
import { electronPdfPrinter } from './electronPdfPrinter';
import { electronSqliteBinding, SQLITE_BINDING_ENV } from './sqliteBinding';
import { chooseStartup, projectPathFromArgv } from './startup';
import { denyPermissions } from './webContentsGuards';

const APP_NAME = 'Claimdesk';
/** How long quitting waits for a cancelled merge to roll back before ending its worker. */
const QUIT_WAIT_MS = 10_000;
const isDev = !app.isPackaged;
const appRoot = app.getAppPath();

// Tests and side-by-side runs point the app at their own user data folder (settings, sample, lock).
if (process.env.CLAIMDESK_USER_DATA) app.setPath('userData', path.resolve(process.env.CLAIMDESK_USER_DATA));

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Before any project is opened: load the better-sqlite3 addon built for Electron, not Node's.
process.env[SQLITE_BINDING_ENV] ||= electronSqliteBinding({
  isPackaged: app.isPackaged,
  appRoot,
  resourcesPath: process.resourcesPath,
});

if (!app.requestSingleInstanceLock()) {
  // Another Claimdesk is running: it receives this launch's file through 'second-instance'.
  app.quit();
} else {
  run();
}

function run(): void {
  let window: BrowserWindow | null = null;
  let workspace: AppWorkspace | null = null;
  // Size, place and open article per project; set up once the user data folder is known.
  let windowMemory: ProjectWindowMemory | null = null;
  // A file the OS asked to open before the app was ready (macOS 'open-file' comes early).
  let pendingFile = projectPathFromArgv(process.argv, process.cwd());

  const send = (event: AppEvent) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  };

  const reportError = (err: unknown) => {
    if (!(err instanceof ClaimdeskError)) console.error(err);
    const message =
      err instanceof ClaimdeskError ? err.message : `Something went wrong: ${(err as Error)?.message ?? err}`;
    if (window && !window.isDestroyed())
      void dialog.showMessageBox(window, { type: 'error', title: APP_NAME, message });
    else dialog.showErrorBox(APP_NAME, message);
  };

  const showWindow = () => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
      return;
    }
    const shown = workspace?.current()?.path ?? null;
    const place = windowMemory?.boundsFor(shown) ?? { maximized: false };
    window = createMainWindow(BrowserWindow, {
      preloadPath: path.join(__dirname, 'preload.cjs'),
      devTools: isDev,
      openExternal: (url) => shell.openExternal(url),
      onLoadError: (err) => console.error('Claimdesk could not load its window:', err),
      bounds: place.bounds,
      dark: nativeTheme.shouldUseDarkColors,
    });
    if (place.maximized) window.maximize();
    windowMemory?.attach(window, shown);
    window.on('closed', () => {
      window = null;
    });
    refresh(workspace?.current() ?? null);
  };

  /** Set once quitting waits for a merge worker: nothing opens any more meanwhile. */
  let quitting = false;

  const openFromOutside = (file: string) => {
    if (quitting) return;
    showWindow();
    workspace?.openFile(file).catch(reportError);
  };

  const runFileCommand = (command: FileCommand) =>
    quitting ? undefined : workspace?.fileCommand(command).catch(reportError);

  /** File → Restore from Backup…: picks one of the open project's kept backups and restores it. */
  const restoreFromBackup = async () => {
    const ws = workspace;
    if (!ws || !window || window.isDestroyed()) return;
    const parent = window;
    await restoreFromBackupDialog({
      workspace: ws,
      native: nativeDialogsOf(dialog, () => window),
      message: (options) => dialog.showMessageBox(parent, options),
    });
  };

  /** Watches the open project's shared folder (if linked); restarted whenever the project or link changes. */
  let stopFolderSync: () => void = () => undefined;
  const restartFolderSync = () => {
    stopFolderSync();
    const current = workspace?.current() ?? null;
    stopFolderSync = current
      ? startFolderSync(current, {
          onRound: (r) => {
            if (r.changes || r.history) send({ type: 'project-changed' });
          },
          onError: (err) => console.warn('Claimdesk: shared-folder sync failed:', err),
        })
      : () => undefined;
  };

  function refresh(current: Project | null): void {
    restartFolderSync();
    windowMemory?.switchProject(current?.path ?? null);
    if (window && !window.isDestroyed()) {
      window.setTitle(current ? `${projectTitle(current)} — ${APP_NAME}` : APP_NAME);
      if (process.platform === 'darwin') window.setRepresentedFilename(current?.path ?? '');
    }
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          platform: process.platform,
          isDev,
          appName: APP_NAME,
          recentProjects: workspace?.recentProjects() ?? [],
          hasProject: current !== null,
          send: (command) => send({ type: 'menu', command }),
          fileCommand: (command) => void runFileCommand(command),
          openRecent: (file) => openFromOutside(file),
          clearRecent: () => workspace?.clearRecent(),
          restoreBackup: () => void restoreFromBackup().catch(reportError),
          projectWritable: current !== null && !current.readOnly,
          showAbout: () => {
            const { message, detail } = aboutText(APP_NAME, app.getVersion(), process.versions);
            void dialog.showMessageBox({ type: 'info', title: `About ${APP_NAME}`, message, detail });
          },
        }),
      ),
    );
    send({ type: 'project-changed' });
  }

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (quitting) return;
    if (workspace) openFromOutside(file);
    else pendingFile = file;
  });

  app.on('second-instance', (_event, argv, cwd) => {
    if (quitting) return;
    const file = projectPathFromArgv(argv, cwd);
    // Before the workspace exists (a double-click while this instance is still starting) the file
    // waits for start-up, which opens it instead of the last project.
    if (!workspace) {
      if (file) pendingFile = file;
    } else if (file) openFromOutside(file);
    else showWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && !quitting) showWindow();
  });

  app.on('will-quit', (event) => {
    stopFolderSync();
    // Closing the project cancels a merge running in its worker; quitting waits for the worker to
    // roll back and let go of the file and its lock, then quits again (nothing is open by then).
    // A worker stuck past QUIT_WAIT_MS (a colleague's file on a share that hung) is ended with the
    // app: its transaction never committed, so SQLite rolls it back.
    workspace?.dispose();
    // Once waited for, the next quit goes through whatever happened.
    const merges = quitting ? null : mergeWorkersDone();
    if (!merges) return;
    event.preventDefault();
    quitting = true;
    const gaveUp = new Promise<'gave up'>((resolve) => setTimeout(() => resolve('gave up'), QUIT_WAIT_MS).unref());
    void Promise.race([merges, gaveUp]).then((outcome) => {
      if (outcome !== 'gave up') return app.quit();
      // A worker stuck in a system call (a share that hung) never exits, and would hold the app
      // open: end it all now. Its transaction never committed; the project's lock looks stale next time.
      void stopMergeWorkers();
      app.exit(0);
    });
  });

  app
    .whenReady()
    .then(async () => {
      const binding = process.env[SQLITE_BINDING_ENV]!;
      if (!fs.existsSync(binding)) {
        dialog.showErrorBox(
          APP_NAME,
          `The database module built for Electron is missing:\n${binding}\n\nRun \`node scripts/electron-native.mjs --require\` in the Claimdesk folder (it needs internet once), then start again.`,
        );
        app.quit();
        return;
      }
      app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
      if (process.platform === 'win32') app.setAppUserModelId('org.claimdesk.app');

      // Imported files are parsed in a worker thread, so the menus and IPC stay responsive meanwhile.
      useImportWorker(path.join(__dirname, 'importWorker.cjs'));
      // So is File → Merge from File, on its own connection to the project.
      useMergeWorker(path.join(__dirname, 'mergeWorker.cjs'));
      const userData = app.getPath('userData');
      const settings = new SettingsFile(path.join(userData, 'settings.json'));
      if (settings.backupPath)
        console.warn(`Claimdesk: settings were unreadable; kept a copy at ${settings.backupPath}`);

      const installationId = readOrCreateInstallationId(userData);
      const memory = new ProjectWindowMemory(new WindowStateFile(path.join(userData, 'window-state.json')), screen);
      windowMemory = memory;
      workspace = new AppWorkspace({
        settings,
        installationId,
        dialogs: createProjectDialogs(
          nativeDialogsOf(dialog, () => window),
          () => app.getPath('documents'),
        ),
        samplePath: sampleProjectPath(userData),
        // A merge worker still rolling back holds the project it was merging into: reopening it waits.
        projectLetGo,
        // Backups live in the checker's own data folder, not beside (possibly shared) projects.
        backups: { root: path.join(userData, 'backups') },
        onChange: (current) => refresh(current),
        // Another opener broke this window's lock (the computer slept): say who has the project now.
        onLockLost: (_current, reason) => {
          const message = `Read-only: ${reason}`;
          if (window && !window.isDestroyed())
            void dialog.showMessageBox(window, { type: 'warning', title: APP_NAME, message });
          else console.warn(`Claimdesk: ${message}`);
        },
      });
      const ws = workspace;

      registerAppProtocol(protocol, path.join(appRoot, 'dist', 'renderer'));
      denyPermissions(session.defaultSession);
      const host = createHostServices({
        native: nativeDialogsOf(dialog, () => window),
        defaultDir: () => app.getPath('documents'),
        printPdf: electronPdfPrinter(BrowserWindow),
        showItemInFolder: (file) => shell.showItemInFolder(file),
        settings,
        notify: send,
        viewState: {
          get: (project) => memory.view(project),
          save: (project, patch) => memory.rememberView(project, patch),
        },
        onCheckerRenamed: (name) => {
          // Stores read the actor at each write, so the open project records the new name at once.
          const current = ws.current();
          if (current) current.actor = name;
        },
      });
      const syncHost = createSyncHost({
        native: nativeDialogsOf(dialog, () => window),
        defaultDir: () => app.getPath('documents'),
        openProjectFile: (file) => ws.openFile(file),
        installationId,
        onFolderChanged: restartFolderSync,
      });
      const handlers = createHandlers(ws, host, syncHost);
      registerIpc(ipcMain, () => handlers, undefined, {
        onRefused: (method, url) => console.warn(`Claimdesk refused ${method} from ${url ?? 'a closed frame'}`),
        onInternalError: (method, err) => console.error(`Claimdesk: ${method} failed:`, err),
      });

      const choice = chooseStartup({
        fileArgument: pendingFile,
        lastProject: settings.get().lastProject,
        firstRun: settings.firstRun,
        exists: (file) => fs.existsSync(file),
      });
      pendingFile = null;
      // Open the project before the window, so the page's first request already finds it.
      await ws.start(choice).catch(reportError);
      showWindow();
    })
    .catch((err: unknown) => {
      console.error(err);
      dialog.showErrorBox(APP_NAME, `Claimdesk could not start: ${(err as Error)?.message ?? err}`);
      app.quit();
    });
}

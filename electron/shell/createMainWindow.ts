/**
 * Creates the app window with the locked-down web preferences (isolated, sandboxed, no Node in
 * the page, web security on), the navigation guards, and the app's own page loaded over the app
 * scheme. The BrowserWindow class is a parameter so tests can check the options with a fake.
 * webPreferences are written inline in `new BrowserWindow({...})` on purpose: security scanners
 * (electronegativity) only recognise them there.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { guardWebContents, type GuardableContents, type Preventable } from './webContentsGuards';

/** The part of Electron's BrowserWindow used here. */
export interface WindowLike {
  readonly webContents: GuardableContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: Preventable) => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type WindowConstructor<W extends WindowLike> = new (options: BrowserWindowConstructorOptions) => W;

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Developer tools only in development builds. */
  devTools: boolean;
  /** Window icon (Linux shows it in the task bar); packaged builds take it from the desktop file. */
  icon?: string;
  openExternal: (url: string) => unknown;
  onLoadError?: (err: unknown) => void;
  /** Where the window goes (the project's remembered bounds); absent: the default size, centred. */
  bounds?: { x: number; y: number; width: number; height: number };
  /** The OS uses a dark theme (nativeTheme.shouldUseDarkColors): paint dark before the page loads. */
  dark?: boolean;
}

/** The page's --bg in each theme (renderer/styles), so the window shows no flash of the other one. */
export const WINDOW_BACKGROUND = { light: '#f6f5f1', dark: '#17171a' } as const;

export function createMainWindow<W extends WindowLike>(
  BrowserWindow: WindowConstructor<W>,
  opts: MainWindowOptions,
): W {
  const win = new BrowserWindow({
    width: 1320,
    height: 860,
    ...opts.bounds,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Claimdesk',
    backgroundColor: opts.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: opts.devTools,
    },
  });
  guardWebContents(win.webContents, opts.openExternal);
  // The main process owns the title (it names the open project); the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => opts.onLoadError?.(err));
  return win;
}

/**
 * A stand-in for the whole `electron` module, for the one test that loads the entry point
 * (electron/shell/main.ts imports `electron` itself; every other shell module takes the APIs as
 * parameters). Records what main.ts registers so the test can act as Electron and the user.
 */
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { FakeBrowserWindow, FakeIpcMain, FakeWebContents } from './fakeElectron';

export class FakeAppWindow extends FakeBrowserWindow {
  static windows: FakeAppWindow[] = [];
  title = '';
  destroyed = false;
  readonly sent: { channel: string; payload: unknown }[] = [];
  override readonly webContents = Object.assign(new FakeWebContents(), {
    send: (channel: string, payload: unknown) => this.sent.push({ channel, payload }),
  });

  constructor(options: ConstructorParameters<typeof FakeBrowserWindow>[0]) {
    super(options);
    FakeAppWindow.windows.push(this);
  }
  isDestroyed() {
    return this.destroyed;
  }
  setTitle(title: string) {
    this.title = title;
  }
  getTitle() {
    return this.title;
  }
  setRepresentedFilename() {}
  isMinimized() {
    return false;
  }
  /** Where the window is; starts where the options put it (1320×860 at 0,0 by default). */
  bounds = {
    x: this.options.x ?? 0,
    y: this.options.y ?? 0,
    width: this.options.width ?? 0,
    height: this.options.height ?? 0,
  };
  maximized = false;
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }) {
    this.bounds = { ...bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  restore() {}
  focus() {}
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  quitCalled = false;
  appPath = '';
  getAppPath() {
    return this.appPath;
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  getPath(name: string) {
    const p = this.paths.get(name);
    if (!p) throw new Error(`no path ${name}`);
    return p;
  }
  getVersion() {
    return '0.1.0';
  }
  /** False plays a second launch: another Claimdesk already holds the single-instance lock. */
  gotLock = true;
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  /** Resolves `whenReady` (tests may hold it back to play events that come before ready). */
  ready: Promise<void> = Promise.resolve();
  whenReady() {
    return this.ready;
  }
  isReady() {
    return true;
  }
  quit() {
    this.quitCalled = true;
  }
  /** The code app.exit() was called with (the app ending at once), or null. */
  exitCode: number | null = null;
  exit(code = 0) {
    this.exitCode = code;
  }
  setAboutPanelOptions() {}
  setAppUserModelId() {}
}

export const fake = {
  app: new FakeApp(),
  ipcMain: new FakeIpcMain(),
  privileged: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  menus: [] as MenuItemConstructorOptions[][],
  errors: [] as string[],
  permissionHandlers: 0,
  /** The displays' work areas; getDisplayMatching answers the first one (one monitor). */
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }],
  dark: false,
};

export const electronModule = {
  app: fake.app,
  ipcMain: fake.ipcMain,
  BrowserWindow: FakeAppWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      fake.protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => fake.permissionHandlers++,
      setPermissionCheckHandler: () => fake.permissionHandlers++,
    },
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (template: MenuItemConstructorOptions[]) => fake.menus.push(template),
  },
  dialog: {
    showErrorBox: (_title: string, message: string) => fake.errors.push(message),
    showMessageBox: (_win: unknown, options: { message: string }) => {
      fake.errors.push(options.message);
      return Promise.resolve({ response: 0 });
    },
  },
  shell: { openExternal: () => Promise.resolve() },
  nativeTheme: {
    get shouldUseDarkColors() {
      return fake.dark;
    },
  },
  screen: {
    getDisplayMatching: () => ({ workArea: fake.workAreas[0]! }),
    getAllDisplays: () => fake.workAreas.map((workArea) => ({ workArea })),
  },
};

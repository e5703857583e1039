/**
 * The application menu, as a pure template built from what the app currently is (platform, dev
 * or packaged, recent projects, whether a project is open) and the actions it can take. Commands
 * the UI carries out (Undo, Find claim, Add Article...) are sent to the renderer as menu events;
 * file commands go to the workspace. Electron turns the template into a menu in main.ts.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { FileCommand } from '../api/workspace';

export interface MenuContext {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  recentProjects: readonly string[];
  hasProject: boolean;
  send(command: MenuCommand): void;
  fileCommand(command: FileCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  showAbout(): void;
  /** File → Restore from Backup…; the item is disabled when absent. */
  restoreBackup?(): void;
  /** False when the open project is read-only (another checker has it): it cannot be restored here. */
  projectWritable?: boolean;
}

/** Accelerators spelled out per platform: "Mod" is Cmd on macOS and Ctrl elsewhere. */
export function accelerator(platform: NodeJS.Platform, spec: string): string {
  return spec.replace(/\bMod\b/g, platform === 'darwin' ? 'Cmd' : 'Ctrl');
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function recentSubmenu(ctx: MenuContext): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = ctx.recentProjects.map((file, i) => ({
    id: `file.recent.${i}`,
    label: `${path.basename(file)}  —  ${path.dirname(file)}`,
    click: () => ctx.openRecent(file),
  }));
  if (items.length === 0) items.push({ id: 'file.recent.none', label: 'No recent projects', enabled: false });
  items.push(separator, {
    id: 'file.recent.clear',
    label: 'Clear Recently Opened',
    enabled: ctx.recentProjects.length > 0,
    click: () => ctx.clearRecent(),
  });
  return items;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const key = (spec: string) => accelerator(ctx.platform, spec);
  const withProject = ctx.hasProject;

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      { role: 'about' },
      separator,
      { id: 'app.settings', label: 'Settings…', accelerator: key('Mod+,'), click: () => ctx.send('settings') },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'file.new', label: 'New Project…', accelerator: key('Mod+N'), click: () => ctx.fileCommand('new') },
      { id: 'file.open', label: 'Open…', accelerator: key('Mod+O'), click: () => ctx.fileCommand('open') },
      { id: 'file.recent', label: 'Open Recent', submenu: recentSubmenu(ctx) },
      { id: 'file.sample', label: 'Open Sample Project', click: () => ctx.fileCommand('openSample') },
      separator,
      {
        id: 'file.saveAs',
        label: 'Save As…',
        accelerator: key('Mod+Shift+S'),
        enabled: withProject,
        click: () => ctx.fileCommand('saveAs'),
      },
      {
        id: 'file.restoreBackup',
        label: 'Restore from Backup…',
        enabled: withProject && ctx.projectWritable !== false && ctx.restoreBackup !== undefined,
        click: () => ctx.restoreBackup?.(),
      },
      separator,
      {
        id: 'file.import',
        label: 'Import…',
        accelerator: key('Mod+I'),
        enabled: withProject && ctx.projectWritable !== false,
        click: () => ctx.send('import-files'),
      },
      { id: 'file.addArticle', label: 'Add Article…', enabled: withProject, click: () => ctx.send('add-article') },
      {
        id: 'file.export',
        label: 'Export…',
        accelerator: key('Mod+Shift+E'),
        enabled: withProject,
        click: () => ctx.send('export'),
      },
      separator,
      {
        id: 'file.merge',
        label: 'Merge from File…',
        enabled: withProject && ctx.projectWritable !== false,
        click: () => ctx.send('merge-file'),
      },
      {
        id: 'file.syncFolder',
        label: 'Shared Folder…',
        enabled: withProject,
        click: () => ctx.send('sync-folder'),
      },
      separator,
      {
        id: 'file.close',
        label: 'Close Project',
        accelerator: key('Mod+W'),
        enabled: withProject,
        click: () => ctx.fileCommand('close'),
      },
      ...(mac
        ? []
        : [
            separator,
            { id: 'file.settings', label: 'Settings…', accelerator: key('Mod+,'), click: () => ctx.send('settings') },
          ]),
      ...(mac ? [] : [separator, { id: 'file.quit', role: 'quit', label: 'Quit', accelerator: key('Mod+Q') } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo is the claims' undo (delete, unlink...), which the renderer keeps; text fields get it from there.
      {
        id: 'edit.undo',
        label: 'Undo',
        accelerator: key('Mod+Z'),
        enabled: withProject,
        click: () => ctx.send('undo'),
      },
      // Redo is the claims' redo too (the renderer keeps the undo stack, text fields included).
      {
        id: 'edit.redo',
        label: 'Redo',
        accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        enabled: withProject,
        click: () => ctx.send('redo'),
      },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      {
        id: 'edit.delete',
        label: 'Delete Selected Highlight',
        enabled: withProject,
        click: () => ctx.send('delete-selection'),
      },
      {
        id: 'edit.findClaim',
        label: 'Search…',
        accelerator: key('Mod+K'),
        enabled: withProject,
        click: () => ctx.send('find-claim'),
      },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(ctx.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] as const)
        : []),
      {
        id: 'view.conflicts',
        label: 'Conflicts',
        accelerator: key('Mod+Shift+C'),
        enabled: withProject,
        click: () => ctx.send('show-conflicts'),
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      {
        id: 'help.shortcuts',
        label: 'Keyboard Shortcuts',
        accelerator: key('Mod+/'),
        click: () => ctx.send('show-shortcuts'),
      },
      ...(mac ? [] : [separator, { id: 'help.about', label: `About ${ctx.appName}`, click: () => ctx.showAbout() }]),
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}

/** The text of the About box: the version first, then the runtime versions for bug reports. */
export function aboutText(
  appName: string,
  version: string,
  versions: Partial<Record<string, string>>,
): { message: string; detail: string } {
  const runtime = [
    versions.electron && `Electron ${versions.electron}`,
    versions.chrome && `Chromium ${versions.chrome}`,
    versions.node && `Node ${versions.node}`,
  ].filter(Boolean);
  return {
    message: `${appName} ${version}`,
    detail: `An offline workbench for fact-checkers.\n${runtime.join(' · ')}`,
  };
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { FileCommand } from '../../../electron/api/workspace';
import { aboutText, menuTemplate, type MenuContext } from '../../../electron/shell/menu';

function build(overrides: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  const commands: FileCommand[] = [];
  const opened: string[] = [];
  let about = 0;
  let cleared = 0;
  const template = menuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Claimdesk',
    recentProjects: ['/home/dana/Election.claimdesk', '/home/dana/Budget.claimdesk'],
    hasProject: true,
    send: (c) => sent.push(c),
    fileCommand: (c) => commands.push(c),
    openRecent: (f) => opened.push(f),
    clearRecent: () => cleared++,
    showAbout: () => about++,
    ...overrides,
  });
  const all = flatten(template);
  const item = (id: string) => {
    const found = all.find((i) => i.id === id);
    if (!found) throw new Error(`no menu item ${id}`);
    return found;
  };
  const click = (id: string) => (item(id).click as () => void)();
  return { template, all, item, click, sent, commands, opened, counts: () => ({ about, cleared }) };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const topLabels = (t: MenuItemConstructorOptions[]) => t.map((i) => i.label ?? i.role);

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(topLabels(build({ platform: 'win32' }).template)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(topLabels(build().template)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('adds the standard app menu and Window menu on macOS, with Quit and About there', () => {
    const mac = build({ platform: 'darwin' });
    expect(topLabels(mac.template)).toEqual(['Claimdesk', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    const appRoles = (mac.template[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean);
    expect(appRoles).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(mac.all.find((i) => i.id === 'file.quit')).toBeUndefined();
    expect(mac.all.find((i) => i.id === 'help.about')).toBeUndefined();
  });

  it('uses Ctrl accelerators on Linux/Windows and Cmd on macOS', () => {
    const expected: Record<string, [string, string]> = {
      'file.new': ['Ctrl+N', 'Cmd+N'],
      'file.open': ['Ctrl+O', 'Cmd+O'],
      'file.saveAs': ['Ctrl+Shift+S', 'Cmd+Shift+S'],
      'file.close': ['Ctrl+W', 'Cmd+W'],
      'edit.undo': ['Ctrl+Z', 'Cmd+Z'],
      'edit.redo': ['Ctrl+Y', 'Cmd+Shift+Z'],
      'edit.findClaim': ['Ctrl+K', 'Cmd+K'],
      'help.shortcuts': ['Ctrl+/', 'Cmd+/'],
    };
    const linux = build({ platform: 'linux' });
    const mac = build({ platform: 'darwin' });
    for (const [id, [other, macKey]] of Object.entries(expected)) {
      expect(linux.item(id).accelerator, id).toBe(other);
      expect(mac.item(id).accelerator, id).toBe(macKey);
    }
    expect(linux.item('file.quit').accelerator).toBe('Ctrl+Q');
  });

  it('runs the file commands on the workspace', () => {
    const m = build();
    for (const id of ['file.new', 'file.open', 'file.saveAs', 'file.close', 'file.sample']) m.click(id);
    expect(m.commands).toEqual(['new', 'open', 'saveAs', 'close', 'openSample']);
    expect(m.sent).toEqual([]);
  });

  it('sends Add Article, Undo, Find claim, Delete and Keyboard shortcuts to the window', () => {
    const m = build();
    for (const id of ['file.addArticle', 'edit.undo', 'edit.redo', 'edit.findClaim', 'edit.delete', 'help.shortcuts'])
      m.click(id);
    expect(m.sent).toEqual(['add-article', 'undo', 'redo', 'find-claim', 'delete-selection', 'show-shortcuts']);
  });

  it('sends Import (Ctrl+I) and Export (Ctrl+Shift+E) to the window, Import only for a writable project', () => {
    const m = build();
    m.click('file.import');
    m.click('file.export');
    expect(m.sent).toEqual(['import-files', 'export']);
    expect(m.item('file.import').accelerator).toBe('Ctrl+I');
    expect(build({ platform: 'darwin' }).item('file.export').accelerator).toBe('Cmd+Shift+E');
    const readOnly = build({ projectWritable: false });
    expect(readOnly.item('file.import').enabled).toBe(false);
    expect(readOnly.item('file.export').enabled).not.toBe(false);
  });

  it('sends Merge, Shared Folder, Conflicts and Settings to the window, where the sync views live', () => {
    const m = build();
    for (const id of ['file.merge', 'file.syncFolder', 'view.conflicts', 'file.settings']) m.click(id);
    expect(m.sent).toEqual(['merge-file', 'sync-folder', 'show-conflicts', 'settings']);
    const mac = build({ platform: 'darwin' });
    mac.click('app.settings');
    expect(mac.sent).toEqual(['settings']);
    expect(mac.item('app.settings').accelerator).toBe('Cmd+,');
    expect(build({ projectWritable: false }).item('file.merge').enabled).toBe(false);
  });

  it('lists recent projects, newest first, and opens the one clicked', () => {
    const m = build();
    const recent = m.item('file.recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]!.label).toMatch(/^Election\.claimdesk/);
    expect(recent[1]!.label).toMatch(/^Budget\.claimdesk/);
    m.click('file.recent.1');
    expect(m.opened).toEqual(['/home/dana/Budget.claimdesk']);
    m.click('file.recent.clear');
    expect(m.counts().cleared).toBe(1);
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const m = build({ recentProjects: [] });
    expect(m.item('file.recent.none').enabled).toBe(false);
    expect(m.item('file.recent.clear').enabled).toBe(false);
  });

  it('disables project commands on the welcome screen', () => {
    const m = build({ hasProject: false });
    for (const id of ['file.saveAs', 'file.addArticle', 'file.close', 'edit.undo', 'edit.findClaim']) {
      expect(m.item(id).enabled, id).toBe(false);
    }
    for (const id of ['file.new', 'file.open', 'file.sample']) expect(m.item(id).enabled, id).not.toBe(false);
  });

  it('keeps the standard clipboard and zoom roles, and reload/devtools only in development', () => {
    const roles = (m: ReturnType<typeof build>) => m.all.map((i) => i.role).filter(Boolean);
    const packaged = roles(build());
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
      expect(packaged).toContain(role);
    }
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(roles(build({ isDev: true }))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('shows About with the version from Help on Windows and Linux', () => {
    const m = build();
    m.click('help.about');
    expect(m.counts().about).toBe(1);
    const about = aboutText('Claimdesk', '0.1.0', { electron: '39.8.9', chrome: '142.0', node: '22.20.0' });
    expect(about.message).toBe('Claimdesk 0.1.0');
    expect(about.detail).toContain('Electron 39.8.9');
  });
});

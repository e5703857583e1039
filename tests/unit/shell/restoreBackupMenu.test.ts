/**
 * File → Restore from Backup…, wired through the real entry point (electron/shell/main.ts) with the
 * fake `electron` module: the menu item is there for a writable project, its picker opens in the
 * project's backup folder offering every kept backup (more than ten when backupsToKeep allows),
 * the backup picked replaces the project after the current state is backed up, and a file that is
 * not one of this project's backups is refused with the project unchanged. Also the window's
 * warning when another opener takes over the project's lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../shared/ipc/contract';
import { backupFolderFor, listBackups, takeBackup } from '../../../electron/backup/projectBackups';
import { importTextArticle } from '../../../electron/import/importText';
import { acquireProjectLock, STALE_AFTER_MS } from '../../../electron/lock/projectLock';
import { createProject, openProject } from '../../../electron/project/openProject';
import { listArticles } from '../../../electron/articles/articleStore';
import { SettingsFile } from '../../../electron/settings/settingsFile';
import { electronModule, fake, FakeAppWindow } from './fakeElectronModule';
import { appFrame } from './fakeElectron';
import { articleTitlesInWindow, menuItem, prepareLaunch, until, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

const KEEP = 15;
const OLD_BACKUPS = 12;
let launch: LaunchFolder;
let dir: string;
let userData: string;
let projectFile: string;
let folder: string;

/** What the fake native file picker was asked, and what it answers next. */
const picker: { asked: OpenDialogOptions[]; answer: string | null } = { asked: [], answer: null };

const titlesIn = (file: string) => {
  const p = openProject(file, { actor: 'x', readOnly: true });
  try {
    return listArticles(p)
      .map((a) => a.title)
      .sort();
  } finally {
    p.close();
  }
};

describe('File → Restore from Backup…', () => {
  beforeAll(async () => {
    launch = prepareLaunch((p) => (fake.app.appPath = p));
    ({ dir, userData } = launch);
    // A checker who keeps 15 backups, and a project with 12 older backups, one per article added.
    new SettingsFile(path.join(userData, 'settings.json'), 'Dana Checker').update({
      backupsToKeep: KEEP,
      checkerConfirmed: true,
    });
    projectFile = path.join(dir, 'Desk.claimdesk');
    folder = backupFolderFor(path.join(userData, 'backups'), projectFile);
    const project = createProject(projectFile, { actor: 'Dana Checker' });
    for (let i = 1; i <= OLD_BACKUPS; i++) {
      importTextArticle(project, { text: `Article ${String(i).padStart(2, '0')}\n\nText number ${i}.` });
      await takeBackup(project, folder, { keep: KEEP, now: new Date(Date.UTC(2026, 0, i)) });
    }
    project.close();
    Object.assign(electronModule.dialog, {
      showOpenDialog: (_win: unknown, options: OpenDialogOptions) => {
        picker.asked.push(options);
        const file = picker.answer;
        return Promise.resolve({ canceled: file === null, filePaths: file ? [file] : [] });
      },
    });
    await import('../../../electron/shell/main');
    await until(() => FakeAppWindow.windows[0], 'the window');
    fake.app.emit('second-instance', {}, ['/usr/bin/claimdesk', projectFile], dir);
    await until(() => FakeAppWindow.windows[0]!.title.startsWith('Desk'), 'the project to open');
    // The backup taken at open (the project changed since the last one).
    await until(() => listBackups(folder).length === OLD_BACKUPS + 1, 'the backup at open');
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    launch.cleanUp();
  });

  it('is in the File menu, enabled for the open writable project', () => {
    const item = menuItem('file.restoreBackup');
    expect(item).toMatchObject({ label: 'Restore from Backup…', enabled: true });
  });

  it('offers every kept backup, and restores the oldest one after backing up the current state', async () => {
    const current = await articleTitlesInWindow();
    expect(current).toHaveLength(OLD_BACKUPS);
    const kept = listBackups(folder);
    expect(kept.length).toBeGreaterThan(10);
    const oldest = kept.at(-1)!;
    expect(titlesIn(oldest.file)).toEqual(['Article 01']);
    picker.answer = oldest.file;
    const menusBefore = fake.menus.length;
    (menuItem('file.restoreBackup')!.click as () => void)();
    await until(() => listBackups(folder).some((b) => b.note === 'before-restore'), 'the backup before the restore');
    await until(() => fake.menus.length > menusBefore, 'the window to refresh after the restore');
    expect(await articleTitlesInWindow()).toEqual(['Article 01']);
    // The picker opened in the backup folder and said how many are kept.
    expect(picker.asked.at(-1)).toMatchObject({ defaultPath: folder, properties: ['openFile'] });
    expect(picker.asked.at(-1)!.title).toContain(`${kept.length} kept`);
    // The state before the restore was backed up first, so the restore can be undone.
    const undo = listBackups(folder).find((b) => b.note === 'before-restore');
    expect(undo).toBeDefined();
    expect(titlesIn(undo!.file)).toEqual(current);
    expect(fs.readdirSync(folder).length).toBeLessThanOrEqual(KEEP + 1);
    expect(fake.errors).toEqual([]);
  });

  it('refuses a file that is not one of this project backups, leaving the project as it is', async () => {
    const stranger = path.join(dir, 'Other.claimdesk');
    const other = createProject(stranger, { actor: 'x' });
    importTextArticle(other, { text: 'Foreign\n\nNot ours.' });
    other.close();
    const before = await articleTitlesInWindow();
    picker.answer = stranger;
    (menuItem('file.restoreBackup')!.click as () => void)();
    const message = await until(() => fake.errors.find((m) => m.includes('is not one of this project')), 'the refusal');
    expect(message).toContain(stranger);
    expect(await articleTitlesInWindow()).toEqual(before);
  });

  it('does nothing when the picker is cancelled', async () => {
    const before = listBackups(folder).length;
    const asked = picker.asked.length;
    picker.answer = null;
    (menuItem('file.restoreBackup')!.click as () => void)();
    await until(() => picker.asked.length > asked, 'the picker');
    await new Promise((r) => setTimeout(r, 50));
    expect(listBackups(folder)).toHaveLength(before);
  });

  it('warns, naming the colleague, when another opener takes over the lock, and disables restoring', async () => {
    const later = new Date(Date.now() + STALE_AFTER_MS + 60_000);
    const theirs = acquireProjectLock(projectFile, {
      checker: 'Rosa Other',
      via: 'app',
      heartbeatMs: 0,
      now: () => later,
    });
    expect(theirs.acquired).toBe(true);
    const write = await fake.ipcMain.invoke(channelOf('addArticle'), appFrame, [{ text: 'Late\n\nToo late.' }]);
    expect(write).toMatchObject({ error: { type: 'read-only' } });
    const warning = await until(() => fake.errors.find((m) => m.includes('Rosa Other')), 'the warning');
    expect(warning).toMatch(/^Read-only: Rosa Other has it open/);
    await until(() => menuItem('file.restoreBackup')?.enabled === false, 'the menu to follow');
    if (theirs.acquired) theirs.lock.release();
  });
});

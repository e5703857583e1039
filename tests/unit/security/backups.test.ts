/**
 * Automatic backups of the open project and Restore from backup: a backup at open, more only when
 * the project changed, the newest N kept, and a restore that brings old content back after
 * backing up the current state (so the restore can be undone).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../electron/articles/articleStore';
import { importTextArticle } from '../../../electron/import/importText';
import { openProject } from '../../../electron/project/openProject';
import { makeWorkspace } from '../shell/workspaceFixture';
import { AppWorkspace } from '../../../electron/shell/appWorkspace';
import { tempDir } from '../shell/tempDir';

function workspaceWithBackups(keep?: number) {
  const dir = tempDir();
  const base = makeWorkspace(dir);
  if (keep) base.settings.update({ backupsToKeep: keep });
  const workspace = new AppWorkspace({
    settings: base.settings,
    dialogs: base.dialogs,
    samplePath: path.join(dir, 'sample.claimdesk'),
    backups: { root: path.join(dir, 'userData', 'backups'), intervalMs: 60_000 },
  });
  return { ...base, workspace, dir };
}

const titles = (ws: AppWorkspace) =>
  listArticles(ws.project())
    .map((a) => a.title)
    .sort();

describe('project backups', () => {
  it('backs up at open, again only after changes, and keeps the newest N', async () => {
    const { workspace, dialogs, dir } = workspaceWithBackups(3);
    dialogs.answers.push(path.join(dir, 'desk'));
    await workspace.fileCommand('new');
    await workspace.backupNow();
    expect(workspace.listBackups()).toHaveLength(1);
    expect(await workspace.backupNow()).toBeNull();
    for (let i = 0; i < 5; i++) {
      importTextArticle(workspace.project(), { text: `Article ${i}\n\nText ${i}.` });
      expect(await workspace.backupNow()).not.toBeNull();
    }
    const backups = workspace.listBackups();
    expect(backups).toHaveLength(3);
    expect(backups[0]!.file.startsWith(path.join(dir, 'userData', 'backups'))).toBe(true);
    // A backup is a project file of its own, with the content at that moment.
    const newest = openProject(backups[0]!.file, { actor: 'x', readOnly: true });
    expect(listArticles(newest)).toHaveLength(5);
    newest.close();
    workspace.dispose();
  });

  it('restores an older backup, after backing up the current state so the restore can be undone', async () => {
    const { workspace, dialogs, dir } = workspaceWithBackups();
    dialogs.answers.push(path.join(dir, 'desk'));
    await workspace.fileCommand('new');
    importTextArticle(workspace.project(), { text: 'First\n\nOne.' });
    const early = (await workspace.backupNow(true))!;
    importTextArticle(workspace.project(), { text: 'Second\n\nTwo.' });
    expect(titles(workspace)).toEqual(['First', 'Second']);
    await workspace.restoreFromBackup(early.file);
    expect(titles(workspace)).toEqual(['First']);
    expect(workspace.project().db.pragma('integrity_check', { simple: true })).toBe('ok');
    const undo = workspace.listBackups().find((b) => b.note === 'before-restore')!;
    expect(undo).toBeDefined();
    await workspace.restoreFromBackup(undo.file);
    expect(titles(workspace)).toEqual(['First', 'Second']);
    // Still the one writer: changes go on being saved.
    importTextArticle(workspace.project(), { text: 'Third\n\nThree.' });
    workspace.dispose();
  });

  it('refuses to restore a file that is not a sound project, leaving the project as it was', async () => {
    const { workspace, dialogs, dir } = workspaceWithBackups();
    dialogs.answers.push(path.join(dir, 'desk'));
    await workspace.fileCommand('new');
    importTextArticle(workspace.project(), { text: 'Kept\n\nText.' });
    const bogus = path.join(dir, 'bogus.claimdesk');
    fs.writeFileSync(bogus, 'not a database');
    await expect(workspace.restoreFromBackup(bogus)).rejects.toThrow(/not a SQLite database/);
    expect(titles(workspace)).toEqual(['Kept']);
    workspace.dispose();
  });
});

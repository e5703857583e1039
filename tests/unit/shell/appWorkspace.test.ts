import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importTextArticle } from '../../../electron/import/importText';
import { listArticles } from '../../../electron/articles/articleStore';
import { createProject, openProject, projectTitle } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { makeWorkspace } from './workspaceFixture';

const article = (title: string) => ({
  text: `${title}\n\nThe minister said turnout was 81%.`,
  sourceName: `${title}.txt`,
});

/** The project_meta values the sync log holds (titles among them). */
const loggedTitles = (project: Project) =>
  project.db.prepare("SELECT value FROM sync_values WHERE tbl = 'project_meta' AND col = 'value'").pluck().all();

describe('the workspace file commands', () => {
  const opened: ReturnType<typeof makeWorkspace>[] = [];
  afterEach(() => {
    for (const w of opened.splice(0)) w.workspace.dispose();
  });
  const setup = () => {
    const w = makeWorkspace();
    opened.push(w);
    return w;
  };

  it('starts on the welcome screen with nothing open', () => {
    const { workspace } = setup();
    expect(workspace.current()).toBeNull();
    expect(() => workspace.project()).toThrow(/No project is open/);
  });

  it('New creates the chosen file, adding the extension, opens it and tells the window', async () => {
    const { workspace, dialogs, dir, changes, settings } = setup();
    dialogs.answers.push(path.join(dir, 'Election 2026'));
    await workspace.fileCommand('new');
    const file = path.join(dir, 'Election 2026.claimdesk');
    expect(fs.existsSync(file)).toBe(true);
    expect(workspace.project()).toMatchObject({ path: file, actor: 'Dana Checker', readOnly: false });
    expect(projectTitle(workspace.project())).toBe('Election 2026');
    expect(changes).toEqual([file]);
    expect(settings.get()).toMatchObject({ recentProjects: [file], lastProject: file });
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { workspace, dialogs, changes } = setup();
    dialogs.answers.push(null, null);
    await workspace.fileCommand('new');
    await workspace.fileCommand('open');
    expect(workspace.current()).toBeNull();
    expect(changes).toEqual([]);
  });

  it('Open switches to the chosen project and closes the previous one', async () => {
    const { workspace, dialogs, dir, changes } = setup();
    const other = path.join(dir, 'Budget.claimdesk');
    const p = createProject(other, { actor: 'Sam' });
    importTextArticle(p, article('Budget doubled'));
    p.close();

    dialogs.answers.push(path.join(dir, 'First.claimdesk'), other);
    await workspace.fileCommand('new');
    const first = workspace.project();
    await workspace.fileCommand('open');
    expect(workspace.project().path).toBe(other);
    expect(workspace.project().actor).toBe('Dana Checker');
    expect(listArticles(workspace.project()).map((a) => a.title)).toEqual(['Budget doubled']);
    expect(first.db.open).toBe(false);
    expect(changes).toEqual([path.join(dir, 'First.claimdesk'), other]);
    expect(workspace.recentProjects()).toEqual([other, path.join(dir, 'First.claimdesk')]);
  });

  it('keeps the current project open when the chosen file is not a project', async () => {
    const { workspace, dialogs, dir } = setup();
    const notes = path.join(dir, 'notes.claimdesk');
    fs.writeFileSync(notes, 'just some notes, not a database');
    dialogs.answers.push(path.join(dir, 'Mine.claimdesk'), notes);
    await workspace.fileCommand('new');
    await expect(workspace.fileCommand('open')).rejects.toThrow(/not a Claimdesk project/);
    expect(workspace.project().path).toBe(path.join(dir, 'Mine.claimdesk'));
    expect(workspace.project().db.open).toBe(true);
  });

  it('Save As writes a copy with the same content and continues in the copy', async () => {
    const { workspace, dialogs, dir, settings } = setup();
    dialogs.answers.push(path.join(dir, 'Election.claimdesk'), path.join(dir, 'copies', 'Election final'));
    await workspace.fileCommand('new');
    importTextArticle(workspace.project(), article('Turnout record'));
    const original = workspace.project();
    fs.mkdirSync(path.join(dir, 'copies'));

    await workspace.fileCommand('saveAs');
    const copyPath = path.join(dir, 'copies', 'Election final.claimdesk');
    expect(dialogs.asked).toEqual(['new', 'saveAs:Election.claimdesk']);
    expect(workspace.project().path).toBe(copyPath);
    expect(projectTitle(workspace.project())).toBe('Election final');
    // The new title is a change like any other: in the sync log, nothing left unlogged.
    expect(loggedTitles(workspace.project())).toContain('Election final');
    expect(workspace.project().db.prepare('SELECT count(*) AS n FROM sync_dirty').get()).toEqual({ n: 0 });
    expect(listArticles(workspace.project()).map((a) => a.title)).toEqual(['Turnout record']);
    expect(original.db.open).toBe(false);
    expect(settings.get().recentProjects.slice(0, 2)).toEqual([copyPath, path.join(dir, 'Election.claimdesk')]);

    // The original is untouched by what is done in the copy afterwards.
    importTextArticle(workspace.project(), article('Second article'));
    const reopened = openProject(path.join(dir, 'Election.claimdesk'), { actor: 'x' });
    expect(listArticles(reopened)).toHaveLength(1);
    reopened.close();
  });

  it('Save As refuses the file already open', async () => {
    const { workspace, dialogs, dir } = setup();
    dialogs.answers.push(path.join(dir, 'Same.claimdesk'), path.join(dir, 'Same.claimdesk'));
    await workspace.fileCommand('new');
    await expect(workspace.fileCommand('saveAs')).rejects.toThrow(/already open/);
    expect(workspace.project().db.open).toBe(true);
  });

  it('Close returns to the welcome screen and forgets the last project', async () => {
    const { workspace, dialogs, dir, changes, settings } = setup();
    dialogs.answers.push(path.join(dir, 'A.claimdesk'));
    await workspace.fileCommand('new');
    const project = workspace.project();
    await workspace.fileCommand('close');
    expect(workspace.current()).toBeNull();
    expect(project.db.open).toBe(false);
    expect(changes).toEqual([path.join(dir, 'A.claimdesk'), null]);
    expect(settings.get().lastProject).toBeNull();
    expect(settings.get().recentProjects).toEqual([path.join(dir, 'A.claimdesk')]);
  });

  it('Open Recent opens a listed project, and refuses paths that are not in the list', async () => {
    const { workspace, dialogs, dir } = setup();
    dialogs.answers.push(path.join(dir, 'A.claimdesk'), path.join(dir, 'B.claimdesk'));
    await workspace.fileCommand('new');
    await workspace.fileCommand('new');
    await workspace.openRecent(path.join(dir, 'A.claimdesk'));
    expect(workspace.project().path).toBe(path.join(dir, 'A.claimdesk'));

    const stranger = path.join(dir, 'Stranger.claimdesk');
    createProject(stranger, { actor: 'x' }).close();
    await expect(workspace.openRecent(stranger)).rejects.toThrow(/not in the list of recent projects/);
    expect(workspace.project().path).toBe(path.join(dir, 'A.claimdesk'));
  });

  it('drops a recent project whose file was deleted', async () => {
    const { workspace, dialogs, dir, settings } = setup();
    dialogs.answers.push(path.join(dir, 'Gone.claimdesk'), path.join(dir, 'Kept.claimdesk'));
    await workspace.fileCommand('new');
    await workspace.fileCommand('new');
    fs.rmSync(path.join(dir, 'Gone.claimdesk'));
    expect(workspace.recentProjects()).toEqual([path.join(dir, 'Kept.claimdesk')]);
    await expect(workspace.openRecent(path.join(dir, 'Gone.claimdesk'))).rejects.toThrow(/no such project file/);
    expect(settings.get().recentProjects).toEqual([path.join(dir, 'Kept.claimdesk')]);
  });

  it('Open Sample creates the sample project once, then reopens it', async () => {
    const { workspace, dir } = setup();
    await workspace.fileCommand('openSample');
    const sample = path.join(dir, 'userData', 'Sample project.claimdesk');
    expect(workspace.project().path).toBe(sample);
    expect(listArticles(workspace.project())).toHaveLength(2);
    importTextArticle(workspace.project(), article('My own article'));
    await workspace.fileCommand('close');
    await workspace.fileCommand('openSample');
    expect(listArticles(workspace.project())).toHaveLength(3);
  });

  it('runs file commands one at a time, in the order asked', async () => {
    const { workspace, dialogs, dir, changes } = setup();
    dialogs.answers.push(path.join(dir, 'One.claimdesk'), path.join(dir, 'Two.claimdesk'));
    await Promise.all([workspace.fileCommand('new'), workspace.fileCommand('new'), workspace.fileCommand('close')]);
    expect(changes).toEqual([path.join(dir, 'One.claimdesk'), path.join(dir, 'Two.claimdesk'), null]);
  });

  it('starts in the project chosen at start-up, keeping it as the last project at quit', async () => {
    const { workspace, dir, settings } = setup();
    const file = path.join(dir, 'Given.claimdesk');
    createProject(file, { actor: 'x' }).close();
    await workspace.start({ kind: 'open', path: file });
    expect(workspace.project().path).toBe(file);
    workspace.dispose();
    expect(workspace.current()).toBeNull();
    expect(settings.get().lastProject).toBe(file);
  });
});

describe('restoring a backup while a merge writes the project', () => {
  it('is refused, saying a merge is running, and the project stays as it is', async () => {
    const w = makeWorkspace(undefined, { backups: true });
    try {
      const file = path.join(w.dir, 'Desk.claimdesk');
      createProject(file, { actor: 'Sam' }).close();
      await w.workspace.openFile(file);
      const backup = await w.workspace.backupNow(true);
      importTextArticle(w.workspace.project(), article('Budget doubled'));

      w.workspace.project().busyWith = 'the merge of Ben.claimdesk';
      await expect(w.workspace.restoreFromBackup(backup!.file)).rejects.toThrow(
        `${file}: the merge of Ben.claimdesk is running, so nothing was changed.`,
      );
      expect(listArticles(w.workspace.project()).map((a) => a.title)).toEqual(['Budget doubled']);
      w.workspace.project().busyWith = undefined;

      // While the restore takes its own backup first, a merge (or any change) is refused in turn.
      const project = w.workspace.project();
      const restoring = w.workspace.restoreFromBackup(backup!.file);
      // Microtasks only: the restore starts, and its backup (which waits for the event loop) cannot end.
      for (let i = 0; i < 100 && !project.busyWith; i++) await Promise.resolve();
      expect(project.busyWith).toBe('restoring a backup');
      expect(() => importTextArticle(project, article('Too late'))).toThrow(
        `${file}: restoring a backup is running, so nothing was changed.`,
      );
      await restoring;
      expect(listArticles(w.workspace.project())).toEqual([]);
    } finally {
      w.workspace.dispose();
    }
  });
});

describe('a project file in a synced folder', () => {
  const opened: ReturnType<typeof makeWorkspace>[] = [];
  afterEach(() => {
    for (const w of opened.splice(0)) w.workspace.dispose();
  });
  /** A closed project inside a Dropbox folder, and a workspace (one app session) to open it in. */
  const inDropbox = () => {
    const w = makeWorkspace();
    opened.push(w);
    const folder = path.join(w.dir, 'Dropbox', 'Desk');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'Desk.claimdesk');
    createProject(file, { actor: 'Sam' }).close();
    return { ...w, folder, file };
  };
  const besideIt = (folder: string) => fs.readdirSync(folder).filter((f) => f !== 'Desk.claimdesk');

  it('opens read-only, saying why, with nothing written beside it (no -wal, -shm or lock)', async () => {
    const { workspace, folder, file, changes } = inDropbox();
    await workspace.openFile(file);
    expect(workspace.project()).toMatchObject({ path: file, readOnly: true });
    expect(workspace.project().readOnlyReason).toMatch(
      /^This project file is in a synced or network folder \(it is inside "Dropbox".*\), where saving is unsafe\./,
    );
    expect(() => importTextArticle(workspace.project(), article('Budget doubled'))).toThrow(/read-only/i);
    expect(besideIt(folder)).toEqual([]);
    expect(changes).toEqual([file]);
  });

  it('"Open here anyway" reopens it for writing, and keeps it writable for the rest of the session', async () => {
    const { workspace, dir, file } = inDropbox();
    await workspace.openFile(file);
    await workspace.fileCommand('openHereAnyway');
    expect(workspace.project()).toMatchObject({ path: file, readOnly: false });
    expect(workspace.project().readOnlyReason).toBeUndefined();
    importTextArticle(workspace.project(), article('Budget doubled'));

    const other = path.join(dir, 'Other.claimdesk');
    createProject(other, { actor: 'x' }).close();
    await workspace.openFile(other);
    await workspace.openFile(file);
    expect(workspace.project().readOnly).toBe(false);
    expect(listArticles(workspace.project())).toHaveLength(1);
    workspace.dispose();

    const nextSession = makeWorkspace(dir);
    opened.push(nextSession);
    await nextSession.workspace.openFile(file);
    expect(nextSession.workspace.project().readOnly).toBe(true);
  });

  it('"Open here anyway" leaves a local project as it is', async () => {
    const w = makeWorkspace();
    opened.push(w);
    const file = path.join(w.dir, 'Local.claimdesk');
    createProject(file, { actor: 'x' }).close();
    await w.workspace.openFile(file);
    const project = w.workspace.project();
    await w.workspace.fileCommand('openHereAnyway');
    expect(w.workspace.project()).toBe(project);
    expect(project.readOnly).toBe(false);
  });
});

/**
 * The app's workspace: which project is open in the window, the recently opened list, and the
 * file commands (New, Open, Open Recent, Save As, Close, Open sample). Plain Node: the native
 * dialogs come in through the ProjectDialogs interface (shell/projectDialogs.ts in the app, fixed
 * paths in tests), and `onChange` tells the host to refresh the window after every switch.
 *
 * A new project is always opened before the old one is closed, so a file that fails to open
 * leaves the current project open and untouched.
 *
 * One writer: a project is opened through the project lock (electron/lock/); when another window
 * or process has it, it opens read-only and `readOnlyReason` says who. If the lock is taken over
 * while the project is open (checked before each write and every few seconds), the project turns
 * read-only and `onLockLost` tells the host who has it. With `backups` set, an open
 * writable project is backed up at open (unless the newest backup is current) and every few
 * minutes while it changes; Restore from backup puts a chosen backup in its place.
 *
 * A project file in a synced or network folder (sync/projectLocation.ts) opens read-only, without
 * its lock, so nothing (-wal, -shm, lock) appears beside it for the sync client to copy; the
 * window offers a local copy linked to the folder, or "Open here anyway", which reopens it for
 * writing and remembers that choice for the path until the app quits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assertNever, ClaimdeskError } from '../../shared/ipc/result';
import type { FileCommand, Workspace } from '../api/workspace';
import {
  backupFolderFor,
  backupIsCurrent,
  BACKUP_INTERVAL_MS,
  DEFAULT_BACKUPS_TO_KEEP,
  listBackups,
  replaceWithBackup,
  takeBackup,
  type BackupEntry,
} from '../backup/projectBackups';
import { bindLock, confirmLock, openLockedProject } from '../lock/lockedProject';
import { describeHolder, lockState, type HeldLock } from '../lock/projectLock';
import { openProject, projectTitle, saveProjectCopy } from '../project/openProject';
import type { Project } from '../project/project';
import { setProjectTitle } from '../project/projectTitle';
import { assertWritable } from '../project/writeGuard';
import { createSampleProject } from '../sample/createSampleProject';
import { locationReadOnlyReason } from '../sync/projectLocation';
import { isRecent, samePath, withoutRecent, withRecent } from '../settings/recentProjects';
import type { Settings } from '../settings/settingsFile';
import type { StartupChoice } from './startup';

export const PROJECT_EXTENSION = '.claimdesk';

/** Native file pickers; each resolves to a path, or null when the user cancels. */
export interface ProjectDialogs {
  chooseNewProjectPath(): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseCopyPath(currentPath: string): Promise<string | null>;
}

export interface SettingsStore {
  get(): Readonly<Settings>;
  update(patch: Partial<Settings>): void;
}

export interface AppWorkspaceOptions {
  settings: SettingsStore;
  dialogs: ProjectDialogs;
  /** Where the sample project lives (created on first use). */
  samplePath: string;
  /** Called after the open project changed (opened, switched, closed). */
  onChange?: (current: Project | null) => void;
  platform?: NodeJS.Platform;
  /** This installation's id, the stable half of sync replica ids (electron/sync/replicaId.ts). */
  installationId?: string;
  /** Automatic backups: where (`<userData>/backups`) and how often. Off when absent. */
  backups?: { root: string; intervalMs?: number };
  /**
   * The open project's lock was taken over by another opener (this process stopped beating: the
   * computer slept): the project is now read-only, and `message` names who has it.
   */
  onLockLost?: (current: Project, message: string) => void;
  /** How often the open project's lock is checked besides before each write (default 10 s). */
  lockCheckMs?: number;
  /**
   * Settles once work that still holds the closed project at `file` (a merge worker rolling back)
   * is done, or null when nothing does: reopening the project just closed waits for it (up to
   * LET_GO_WAIT_MS), so its lock is free and it opens writable.
   */
  projectLetGo?: (file: string) => Promise<void> | null;
}

export const LOCK_CHECK_MS = 10_000;
/** How long reopening a project waits for a merge worker to let go of it; then it opens read-only. */
export const LET_GO_WAIT_MS = 10_000;

export function withProjectExtension(file: string): string {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) ? file : file + PROJECT_EXTENSION;
}

export class AppWorkspace implements Workspace {
  private open: Project | null = null;
  /** The lock of the open project; null when it is read-only or nothing is open. */
  private lock: HeldLock | null = null;
  private backupTimer: NodeJS.Timeout | null = null;
  private lockTimer: NodeJS.Timeout | null = null;
  /** total_changes() of the open project at its last backup. */
  private changesAtBackup = '';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly platform: NodeJS.Platform;
  /** Paths in synced or network folders the user chose to write to anyway, this session. */
  private readonly writableHere: string[] = [];

  constructor(private readonly opts: AppWorkspaceOptions) {
    this.platform = opts.platform ?? process.platform;
  }

  project(): Project {
    if (!this.open)
      throw new ClaimdeskError('unavailable', 'No project is open. Create a new project or open one first.');
    return this.open;
  }

  current(): Project | null {
    return this.open;
  }

  /** Recent projects that still exist, newest first. */
  recentProjects(): string[] {
    return this.opts.settings.get().recentProjects.filter((p) => fs.existsSync(p));
  }

  fileCommand(command: FileCommand): Promise<void> {
    switch (command) {
      case 'new':
        return this.serial(() => this.newProject());
      case 'open':
        return this.serial(() => this.openWithDialog());
      case 'saveAs':
        return this.serial(() => this.saveAs());
      case 'close':
        return this.serial(() => this.close());
      case 'openSample':
        return this.serial(() => this.openSample());
      case 'openHereAnyway':
        return this.serial(() => this.openHereAnyway());
      default:
        return assertNever(command);
    }
  }

  /** Opens a file from the recent list; other paths are refused (the renderer cannot name files). */
  openRecent(file: string): Promise<void> {
    return this.serial(() => {
      if (!isRecent(this.opts.settings.get().recentProjects, file, this.platform)) {
        throw new ClaimdeskError('invalid-input', `${file}: is not in the list of recent projects.`);
      }
      return this.openWhenFree(file);
    });
  }

  /** Opens a file named outside the renderer: command line, second launch, Finder, Open dialog. */
  openFile(file: string): Promise<void> {
    return this.serial(() => this.openWhenFree(file));
  }

  clearRecent(): void {
    this.opts.settings.update({ recentProjects: [] });
    this.opts.onChange?.(this.open);
  }

  /** Carries out the start-up decision (see startup.ts). */
  start(choice: StartupChoice): Promise<void> {
    switch (choice.kind) {
      case 'open':
        return this.openFile(choice.path);
      case 'sample':
        return this.serial(() => this.openSample());
      case 'welcome':
        return Promise.resolve();
      default:
        return assertNever(choice);
    }
  }

  /** Closes the open project at quit, keeping it as the one to reopen next time. */
  dispose(): void {
    this.stopBackups();
    this.stopLockWatch();
    this.open?.close();
    this.open = null;
    this.lock = null;
  }

  /** The backup folder of the open project, or null (no project, or backups off). */
  backupFolder(): string | null {
    return this.open && this.opts.backups ? backupFolderFor(this.opts.backups.root, this.open.path) : null;
  }

  /** The open project's backups, newest first. */
  listBackups(): BackupEntry[] {
    const folder = this.backupFolder();
    return folder ? listBackups(folder) : [];
  }

  /** Takes a backup of the open project now (if it is writable and changed, unless forced). */
  backupNow(force = false): Promise<BackupEntry | null> {
    return this.serial(() => this.autoBackup(force));
  }

  /**
   * Replaces the open project with one of its backups, after backing up its current state into
   * the same backup folder (so the restore itself can be undone by restoring that backup). The
   * project lock is kept throughout.
   */
  restoreFromBackup(backupFile: string): Promise<void> {
    return this.serial(async () => {
      const project = this.project();
      const folder = this.backupFolder();
      if (!folder) throw new ClaimdeskError('unavailable', 'Backups are not set up for this window.');
      if (!this.lock) {
        throw new ClaimdeskError('read-only', `${project.path}: is open read-only; it cannot be restored from here.`);
      }
      // A merge writing the file in its worker must finish (or be cancelled) before the file is
      // replaced, and none may start while the restore runs (busyWith refuses it).
      assertWritable(project);
      project.busyWith = 'restoring a backup';
      try {
        await takeBackup(project, folder, { keep: this.keepBackups() + 1, note: 'before-restore' });
      } finally {
        project.busyWith = undefined;
      }
      const lock = this.lock;
      // Close the database but keep the lock: nobody may open the file while it is replaced.
      project.db.close();
      try {
        replaceWithBackup(project.path, backupFile);
      } finally {
        const reopened = bindLock(openProject(project.path, this.identity()), lock, this.lockLost);
        this.open = reopened;
        this.startLockWatch(reopened);
        this.changesAtBackup = this.totalChanges();
        this.opts.onChange?.(reopened);
      }
    });
  }

  private actor(): string {
    return this.opts.settings.get().checkerName;
  }

  /** Who is working: the checker's name on every change, and this installation's sync id. */
  private identity(): { actor: string; installationId?: string } {
    return { actor: this.actor(), installationId: this.opts.installationId };
  }

  /** Told by the project's lock binding (before a write) or the periodic check: stop being the writer. */
  private readonly lockLost = () => {
    // Deferred: this can be called from inside a store call that is about to be refused.
    queueMicrotask(() => {
      const project = this.open;
      if (!project || !this.lock || confirmLock(project)) return;
      this.stopBackups();
      this.stopLockWatch();
      this.lock = null;
      this.opts.onChange?.(project);
      this.opts.onLockLost?.(project, project.readOnlyReason ?? `${project.path}: is now read-only.`);
    });
  };

  private stopLockWatch(): void {
    if (this.lockTimer) clearInterval(this.lockTimer);
    this.lockTimer = null;
  }

  /** Checks the open project's lock every few seconds, so a takeover shows even with no write. */
  private startLockWatch(project: Project): void {
    this.stopLockWatch();
    if (!this.lock) return;
    // A lost lock is reported through the binding's onLost (this.lockLost), once.
    this.lockTimer = setInterval(() => {
      if (this.open === project) confirmLock(project);
    }, this.opts.lockCheckMs ?? LOCK_CHECK_MS);
    this.lockTimer.unref();
  }

  private keepBackups(): number {
    return this.opts.settings.get().backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP;
  }

  /**
   * A mark that moves whenever the open project changes: its connection's own writes
   * (total_changes) and commits by its other connections, such as a merge in the merge worker
   * (data_version, which changes only for those).
   */
  private totalChanges(): string {
    if (!this.open) return '';
    const { changes, version } = this.open.db
      .prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version')
      .get() as { changes: number; version: number };
    return `${changes}/${version}`;
  }

  private async autoBackup(force = false): Promise<BackupEntry | null> {
    const folder = this.backupFolder();
    const project = this.open;
    if (!folder || !project || !this.lock) return null;
    const changes = this.totalChanges();
    if (!force && changes === this.changesAtBackup) return null;
    try {
      const entry = await takeBackup(project, folder, { keep: this.keepBackups() });
      if (this.open === project) this.changesAtBackup = changes;
      return entry;
    } catch (err) {
      // The project was closed (switched, quit) while the backup ran: nothing left to back up.
      if (!project.db.open) return null;
      throw err;
    }
  }

  private stopBackups(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
  }

  /** Backs up a newly opened writable project, then every few minutes while it changes. */
  private startBackups(project: Project): void {
    this.stopBackups();
    const folder = this.backupFolder();
    if (!folder || !this.lock || !this.opts.backups) return;
    this.changesAtBackup = backupIsCurrent(folder, project.path) ? this.totalChanges() : '';
    void this.serial(() => this.autoBackup().then(() => undefined)).catch((err: unknown) =>
      console.error('Claimdesk: backup failed:', err),
    );
    this.backupTimer = setInterval(() => {
      void this.serial(() => this.autoBackup().then(() => undefined)).catch((err: unknown) =>
        console.error('Claimdesk: backup failed:', err),
      );
    }, this.opts.backups.intervalMs ?? BACKUP_INTERVAL_MS);
    this.backupTimer.unref();
  }

  /** File commands run one after another, never interleaved (menu and window can both ask). */
  private serial<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private isOpen(file: string): boolean {
    return this.open !== null && samePath(this.open.path, file, this.platform);
  }

  private openPath(file: string): void {
    const abs = path.resolve(file);
    if (this.isOpen(abs)) {
      this.opts.onChange?.(this.open);
      return;
    }
    let next: Project;
    let lock: HeldLock | null;
    try {
      ({ project: next, lock } = this.openForLocation(abs));
    } catch (err) {
      if (err instanceof ClaimdeskError && err.type === 'not-found') {
        this.opts.settings.update({
          recentProjects: withoutRecent(this.opts.settings.get().recentProjects, abs, this.platform),
        });
      }
      throw err;
    }
    this.switchTo(next, lock);
  }

  /** Opens `abs` as its writer, or read-only (no lock, nothing beside it) in a synced or network folder. */
  private openForLocation(abs: string): { project: Project; lock: HeldLock | null } {
    const unsafe = this.writableHere.some((p) => samePath(p, abs, this.platform)) ? null : locationReadOnlyReason(abs);
    if (unsafe) {
      const project = openProject(abs, { ...this.identity(), readOnly: true });
      project.readOnlyReason = unsafe;
      return { project, lock: null };
    }
    return openLockedProject(abs, {
      ...this.identity(),
      via: 'app',
      whenLocked: 'read-only',
      onLockLost: this.lockLost,
    });
  }

  /** Reopens the project opened read-only for its location for writing where it is, and remembers that. */
  private openHereAnyway(): void {
    const project = this.project();
    if (this.lock || !locationReadOnlyReason(project.path)) return;
    if (!this.writableHere.some((p) => samePath(p, project.path, this.platform))) this.writableHere.push(project.path);
    const { project: next, lock } = this.openForLocation(project.path);
    this.switchTo(next, lock);
  }

  private switchTo(next: Project, lock: HeldLock | null): void {
    const previous = this.open;
    this.stopBackups();
    this.open = next;
    this.lock = lock;
    previous?.close();
    this.startLockWatch(next);
    const { recentProjects } = this.opts.settings.get();
    this.opts.settings.update({
      recentProjects: withRecent(recentProjects, next.path, this.platform),
      lastProject: next.path,
    });
    this.startBackups(next);
    this.opts.onChange?.(next);
  }

  private async newProject(): Promise<void> {
    const chosen = await this.opts.dialogs.chooseNewProjectPath();
    if (!chosen) return;
    const file = path.resolve(withProjectExtension(chosen));
    const { project, lock } = openLockedProject(file, {
      ...this.identity(),
      via: 'app',
      whenLocked: 'refuse',
      create: true,
      onLockLost: this.lockLost,
    });
    this.switchTo(project, lock);
  }

  private async openWithDialog(): Promise<void> {
    const chosen = await this.opts.dialogs.chooseProjectToOpen();
    if (chosen) await this.openWhenFree(chosen);
  }

  private openSample(): Promise<void> {
    if (!fs.existsSync(this.opts.samplePath)) createSampleProject(this.opts.samplePath, this.actor());
    return this.openWhenFree(this.opts.samplePath);
  }

  /** openPath, once the project at `file`, if just closed mid-merge, is wholly let go (see projectLetGo). */
  private async openWhenFree(file: string): Promise<void> {
    const letGo = this.opts.projectLetGo?.(path.resolve(file));
    if (letGo) {
      // A worker stuck in a system call would otherwise hold every file command behind this one.
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, LET_GO_WAIT_MS)));
      await Promise.race([letGo, gaveUp]);
      clearTimeout(timer);
    }
    this.openPath(file);
  }

  /**
   * Writes a consistent copy of the open project (SQLite backup API) and continues in the copy,
   * like Save As in any editor. The copy's title follows its new name unless it was renamed.
   */
  private async saveAs(): Promise<void> {
    const project = this.project();
    const chosen = await this.opts.dialogs.chooseCopyPath(project.path);
    if (!chosen) return;
    const dest = path.resolve(withProjectExtension(chosen));
    if (this.isOpen(dest))
      throw new ClaimdeskError('conflict', `${dest}: is the project already open; choose another name.`);
    // A -wal beside the target means another program has it open (or crashed with it open):
    // replacing the file under it would mix the two databases.
    if (fs.existsSync(`${dest}-wal`)) {
      throw new ClaimdeskError(
        'conflict',
        `${dest}: is in use by another program; close it there or choose another name.`,
      );
    }
    const holder = lockState(dest);
    if (holder.state === 'held') {
      throw new ClaimdeskError('conflict', `${dest}: ${describeHolder(holder.holder)}; choose another name.`);
    }
    const oldTitle = projectTitle(project);
    await saveProjectCopy(project, dest);
    const { project: copy, lock } = openLockedProject(dest, {
      ...this.identity(),
      via: 'app',
      whenLocked: 'refuse',
      onLockLost: this.lockLost,
    });
    try {
      // Through a write transaction, so the new title reaches the sync log like any rename.
      if (oldTitle === path.basename(project.path).replace(/\.claimdesk$/i, '')) {
        setProjectTitle(copy, path.basename(dest).replace(/\.claimdesk$/i, ''));
      }
    } catch (err) {
      copy.close();
      throw err;
    }
    this.switchTo(copy, lock);
  }

  private close(): void {
    if (!this.open) return;
    this.stopBackups();
    this.stopLockWatch();
    this.open.close();
    this.open = null;
    this.lock = null;
    this.opts.settings.update({ lastProject: null });
    this.opts.onChange?.(null);
  }
}

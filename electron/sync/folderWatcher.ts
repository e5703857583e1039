/**
 * Notices colleagues' change files as they appear in the shared folder. fs.watch is immediate where
 * the OS supports it, but silent on many network shares, so the folder is also listed every
 * `pollMs`; bursts (a sync client delivering ten files) are debounced into one call.
 *
 * `startFolderSync` is what the app runs for an open project linked to a folder: a round at once
 * (reading what arrived while it was closed), then one whenever new files appear.
 */
import fs from 'node:fs';
import type { SyncReport } from '../../shared/sync/syncIpcSchemas';
import type { Project } from '../project/project';
import { parseChangeFileName } from './changeFile';
import { changeFilesIn, syncRound, syncStatus } from './syncFolder';

export interface FolderWatchOptions {
  folder: string;
  onChange: () => void;
  pollMs?: number;
  debounceMs?: number;
}

/** Calls `onChange` (debounced) when a complete change file appears; returns the function that stops. */
export function watchSyncFolder({
  folder,
  onChange,
  pollMs = 30_000,
  debounceMs = 300,
}: FolderWatchOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  const list = () => {
    try {
      return changeFilesIn(folder);
    } catch {
      // The folder is unreachable for now (network down): nothing new until it is back.
      return [];
    }
  };
  let known = new Set(list());
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
    timer.unref?.();
  };
  const poll = () => {
    const names = list();
    if (names.some((n) => !known.has(n))) schedule();
    known = new Set(names);
  };
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(folder, (_event, name) => {
      if (name && parseChangeFileName(String(name))) poll();
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // Some network file systems cannot be watched: polling alone covers them.
  }
  const interval = setInterval(poll, pollMs);
  interval.unref?.();
  return () => {
    watcher?.close();
    clearInterval(interval);
    if (timer) clearTimeout(timer);
  };
}

export interface FolderSyncHandlers {
  /** After every round (the app tells the window to refresh when changes arrived). */
  onRound(report: SyncReport): void;
  onError(err: unknown): void;
  pollMs?: number;
  /** How soon a round that found the project busy (a merge running) is tried again. */
  busyRetryMs?: number;
}

/** Syncs the project with its linked folder now and whenever new change files appear. */
export function startFolderSync(project: Project, handlers: FolderSyncHandlers): () => void {
  const { folder } = syncStatus(project);
  if (!folder || project.readOnly) return () => undefined;
  let retry: NodeJS.Timeout | undefined;
  const round = () => {
    if (project.busyWith) {
      // A merge in the worker holds the file: this round runs once it is done, not lost meanwhile.
      retry ??= setTimeout(() => {
        retry = undefined;
        round();
      }, handlers.busyRetryMs ?? 1_000);
      retry.unref?.();
      return;
    }
    try {
      handlers.onRound(syncRound(project));
    } catch (err) {
      handlers.onError(err);
    }
  };
  round();
  const stopWatching = watchSyncFolder({ folder, onChange: round, pollMs: handlers.pollMs });
  return () => {
    stopWatching();
    if (retry) clearTimeout(retry);
  };
}

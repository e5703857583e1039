/**
 * The app's own settings, kept as JSON in the user data folder: the checker's name (recorded on
 * every change), the recently opened projects, the project open at quit time, how many backups to
 * keep and the export options the Export dialog starts from.
 *
 * Writes go to a temporary file that is then renamed over the old one, so a crash never leaves
 * half a settings file. A file that cannot be read (hand-edited, truncated) is copied to
 * `settings.json.bak` and the app starts with defaults rather than refusing to start; fields
 * that are individually wrong fall back to their defaults one by one.
 */
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { VERDICTS } from '../../shared/domain/verdict';
import { ExportDefaultsSchema, type ExportDefaults } from '../../shared/ipc/schemas';
import { MAX_RECENT } from './recentProjects';
import { writeJsonAtomic } from './writeJsonAtomic';

export const DEFAULT_EXPORT: Readonly<ExportDefaults> = { format: 'pdf', history: false, verdicts: [...VERDICTS] };

export interface Settings {
  /** Name recorded as the actor of every change. */
  checkerName: string;
  /** Absolute paths, newest first. */
  recentProjects: string[];
  /** The project open when the app last quit, or null when none was. */
  lastProject: string | null;
  /** How many automatic backups of each project to keep (absent: DEFAULT_BACKUPS_TO_KEEP). */
  backupsToKeep?: number;
  /** Set once the checker has confirmed their name (the app asks on first run). */
  checkerConfirmed?: boolean;
  /** Absent: DEFAULT_EXPORT. */
  exportDefaults?: ExportDefaults;
}

export interface LoadedSettings {
  settings: Settings;
  /** True when there was no usable settings file: the app has not run here before (or forgot). */
  firstRun: boolean;
  /** Set when an unreadable file was set aside: where the copy is. */
  backupPath?: string;
}

/** The OS account name, the natural default for who is checking. */
export function defaultCheckerName(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch {
    // userInfo throws when the uid has no passwd entry (some containers); fall through.
  }
  return process.env.USER || process.env.USERNAME || 'Checker';
}

export function defaultSettings(checkerName: string): Settings {
  return { checkerName, recentProjects: [], lastProject: null };
}

const exportOption = ExportDefaultsSchema.shape;

function fieldsSchema(defaults: Settings) {
  const pathString = z.string().min(1).max(4096);
  return z.object({
    checkerName: z.string().trim().min(1).max(200).catch(defaults.checkerName),
    recentProjects: z
      .array(z.unknown())
      .transform((list) => list.filter((p): p is string => pathString.safeParse(p).success).slice(0, MAX_RECENT))
      .catch(defaults.recentProjects),
    lastProject: pathString.nullable().catch(defaults.lastProject),
    backupsToKeep: z.number().int().min(1).max(1000).optional().catch(undefined),
    checkerConfirmed: z.boolean().optional().catch(undefined),
    // Each option falls back on its own, so one bad value does not lose the others; unknown keys
    // are dropped and repeated verdicts merged rather than the whole choice lost.
    exportDefaults: z
      .object({
        format: exportOption.format.catch(DEFAULT_EXPORT.format),
        history: exportOption.history.catch(DEFAULT_EXPORT.history),
        verdicts: z
          .array(exportOption.verdicts.element)
          .min(1)
          .transform((v) => VERDICTS.filter((verdict) => v.includes(verdict)))
          .catch([...DEFAULT_EXPORT.verdicts]),
      })
      .optional()
      .catch(undefined),
  });
}

export function readSettings(file: string, defaultName: string): LoadedSettings {
  const defaults = defaultSettings(defaultName);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaults, firstRun: true };
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const backupPath = `${file}.bak`;
    fs.copyFileSync(file, backupPath);
    return { settings: defaults, firstRun: true, backupPath };
  }
  // Fields missing from an older file simply take their defaults.
  const merged = { ...defaults, ...(json as Record<string, unknown>) };
  return { settings: fieldsSchema(defaults).parse(merged), firstRun: false };
}

/** Replaces the settings file in one rename; the directory is created if needed. */
export function writeSettings(file: string, settings: Settings): void {
  writeJsonAtomic(file, settings);
}

/** The settings of this app run: read once at start, saved on every change. */
export class SettingsFile {
  private current: Settings;
  readonly firstRun: boolean;
  readonly backupPath: string | undefined;

  constructor(
    readonly file: string,
    defaultName: string = defaultCheckerName(),
  ) {
    const loaded = readSettings(file, defaultName);
    this.current = loaded.settings;
    this.firstRun = loaded.firstRun;
    this.backupPath = loaded.backupPath;
  }

  get(): Readonly<Settings> {
    return this.current;
  }

  update(patch: Partial<Settings>): void {
    this.current = { ...this.current, ...patch };
    writeSettings(this.file, this.current);
  }
}

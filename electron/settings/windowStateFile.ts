/**
 * What the window looked like for each project, kept in the user data folder (never in the
 * project, which colleagues share): its size and position, whether it was maximised, and the
 * article and claim that were open. Keyed by the project's path (pathKey), so opening a project
 * brings its window back as it was left. Written like the settings (writeJsonAtomic); an unreadable file is
 * forgotten (it only holds conveniences), and the oldest entries go past MAX_PROJECTS.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { pathKey } from './recentProjects';
import { writeJsonAtomic } from './writeJsonAtomic';

export const MAX_PROJECTS = 50;

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProjectWindowState {
  /** The window's normal (not maximised) bounds. */
  bounds?: WindowBounds;
  maximized?: boolean;
  /** The article open in the centre pane. */
  selectedArticleId?: string | null;
  /** The claim open in the claim pane (null: the pane was closed). */
  selectedClaimId?: string | null;
  /** When this entry was last written (ms since 1970); the oldest entries are dropped first. */
  savedAt?: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(100).max(100_000);
const EntrySchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }).optional().catch(undefined),
  maximized: z.boolean().optional().catch(undefined),
  selectedArticleId: z.string().max(100).nullable().optional().catch(undefined),
  selectedClaimId: z.string().max(100).nullable().optional().catch(undefined),
  savedAt: z.number().optional().catch(undefined),
});

function readWindowStates(file: string): Map<string, ProjectWindowState> {
  const states = new Map<string, ProjectWindowState>();
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return states;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return states;
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const entry = EntrySchema.safeParse(value);
    if (entry.success) states.set(key, entry.data);
  }
  return states;
}

/** True when every field of `patch` already has that value in `entry`. */
function unchanged(entry: ProjectWindowState, patch: Omit<ProjectWindowState, 'savedAt'>): boolean {
  return Object.entries(patch).every(
    ([field, value]) => JSON.stringify(entry[field as keyof ProjectWindowState]) === JSON.stringify(value),
  );
}

export class WindowStateFile {
  private readonly states: Map<string, ProjectWindowState>;

  constructor(
    readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly now: () => number = Date.now,
  ) {
    this.states = readWindowStates(file);
  }

  get(project: string): ProjectWindowState | undefined {
    return this.states.get(pathKey(project, this.platform));
  }

  /**
   * Merges `patch` into the project's entry and writes the file; a patch that changes nothing (the
   * article just reopened saved back, a window closed where it was) writes nothing.
   */
  update(project: string, patch: Omit<ProjectWindowState, 'savedAt'>): void {
    const key = pathKey(project, this.platform);
    const before = this.states.get(key);
    if (before && unchanged(before, patch)) return;
    this.states.set(key, { ...this.states.get(key), ...patch, savedAt: this.now() });
    const newestFirst = [...this.states.entries()].sort((a, b) => (b[1].savedAt ?? 0) - (a[1].savedAt ?? 0));
    for (const [old] of newestFirst.slice(MAX_PROJECTS)) this.states.delete(old);
    writeJsonAtomic(this.file, Object.fromEntries(this.states));
  }
}

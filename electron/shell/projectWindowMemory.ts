/**
 * Remembers the window per project: when a project opens, its window comes back at the size,
 * place and maximised state it was left in (moved onto a display that is still there), and every
 * move, resize, maximise and close is saved for the project shown, debounced so a drag writes
 * once. The screen and the window are parameters so tests can use fakes.
 */
import type { ViewState } from '../../shared/ipc/schemas';
import type { ProjectWindowState, WindowBounds, WindowStateFile } from '../settings/windowStateFile';

export const SAVE_DELAY_MS = 400;

/** The part of Electron's `screen` used here. */
export interface ScreenLike {
  getDisplayMatching(rect: WindowBounds): { workArea: WindowBounds };
}

/** The part of a BrowserWindow used here. */
export interface TrackedWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): WindowBounds;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  setBounds(bounds: WindowBounds): void;
  maximize(): void;
}

/**
 * Moves and shrinks `bounds` so the whole window lies inside `area` (a display's work area): a
 * window saved on a monitor that is gone, or larger than the screen now is, opens fully visible.
 */
export function clampToArea(bounds: WindowBounds, area: WindowBounds): WindowBounds {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

export class ProjectWindowMemory {
  private win: TrackedWindow | null = null;
  private project: string | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Pick<WindowStateFile, 'get' | 'update'>,
    private readonly screen: ScreenLike,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  /** Where a new window for `project` goes: its saved bounds on a visible display, or nothing (the default size). */
  boundsFor(project: string | null): { bounds?: WindowBounds; maximized: boolean } {
    const saved = project ? this.store.get(project) : undefined;
    if (!saved?.bounds) return { maximized: saved?.maximized === true };
    return { bounds: this.visible(saved.bounds), maximized: saved.maximized === true };
  }

  /** Starts saving `win`'s state for `project` (the project shown when the window was made). */
  attach(win: TrackedWindow, project: string | null): void {
    this.win = win;
    this.project = project;
    const later = () => this.saveSoon();
    for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) win.on(event, later);
    win.on('close', () => this.flush());
  }

  /** The window now shows another project: the old one's state is saved, the new one's restored. */
  switchProject(project: string | null): void {
    if (project === this.project) return;
    this.flush();
    this.project = project;
    const win = this.win;
    if (!win || win.isDestroyed() || !project) return;
    const { bounds, maximized } = this.boundsFor(project);
    if (bounds && !win.isMaximized()) win.setBounds(bounds);
    if (maximized) win.maximize();
  }

  /** The article and claim open in `project` (restored when the project is opened again). */
  view(project: string): ViewState {
    const saved = this.store.get(project);
    return { selectedArticleId: saved?.selectedArticleId ?? null, selectedClaimId: saved?.selectedClaimId ?? null };
  }

  /** Remembers what changed: the article, the claim, or both. */
  rememberView(project: string, patch: Partial<ViewState>): void {
    this.store.update(project, patch);
  }

  /** Writes a pending save now (before a switch, at close). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const win = this.win;
    if (!win || win.isDestroyed() || !this.project) return;
    const state: Omit<ProjectWindowState, 'savedAt'> = { maximized: win.isMaximized() };
    // Maximised windows keep the size they return to, which is what is worth restoring.
    state.bounds = win.getNormalBounds();
    this.store.update(this.project, state);
  }

  private saveSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref?.();
  }

  private visible(bounds: WindowBounds): WindowBounds {
    return clampToArea(bounds, this.screen.getDisplayMatching(bounds).workArea);
  }
}

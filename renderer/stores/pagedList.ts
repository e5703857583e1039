/**
 * Reading a long list (articles, claims) a page at a time, so the first rows show while the rest
 * is still arriving and no single IPC answer carries a whole 20,000-row project.
 *
 * A first load (nothing on screen yet) shows the first page at once, then reads the rest. A reload
 * (after a change) keeps the current list on screen until the new one is whole, so rows never
 * flicker away. A newer load makes every older one drop its answers.
 */
import type { Page } from '../../shared/domain/types';

/**
 * Rows shown at once on a first load: more than a screen of them, and few enough to lay out at
 * once (lists are windowed only past VirtualList's WINDOW_FROM rows).
 */
export const FIRST_PAGE = 60;
/** Rows per page read after the first. */
export const NEXT_PAGES = 2500;

export type ReadPage<T> = (request: { offset: number; limit: number }) => Promise<Page<T>>;

export interface PagedListTarget<T> {
  /** The rows on screen now. */
  current(): readonly T[];
  /** Puts rows on screen; `complete` once they are the whole list. */
  show(items: T[], total: number, complete: boolean): void;
}

export class PagedList<T> {
  private generation = 0;

  constructor(
    private readonly read: ReadPage<T>,
    private readonly target: PagedListTarget<T>,
  ) {}

  /**
   * Reads the list. On a first load the first page shows at once and the rest follows, unless
   * `deferRest` leaves it to a later loadRest() (so a start-up screen is drawn first).
   */
  async load(opts: { deferRest?: boolean } = {}): Promise<void> {
    const mine = ++this.generation;
    const first = await this.read({ offset: 0, limit: FIRST_PAGE });
    if (mine !== this.generation) return;
    if (first.items.length >= first.total) {
      this.target.show(first.items, first.total, true);
    } else if (this.target.current().length > 0) {
      await this.readRest(mine, first.items);
    } else {
      this.target.show(first.items, first.total, false);
      if (!opts.deferRest) await this.loadRest(first.total);
    }
  }

  /** Reads what a first load left out, when the list on screen is shorter than `total`. */
  async loadRest(total: number): Promise<void> {
    const shown = this.target.current();
    if (shown.length < total) await this.readRest(this.generation, shown);
  }

  /** Drops the answers of every load in flight (the project closed or changed). */
  cancel(): void {
    this.generation++;
  }

  private async readRest(mine: number, first: readonly T[]): Promise<void> {
    const items = [...first];
    for (;;) {
      const page = await this.read({ offset: items.length, limit: NEXT_PAGES });
      if (mine !== this.generation) return;
      items.push(...page.items);
      if (page.items.length < NEXT_PAGES || items.length >= page.total) {
        this.target.show(items, page.total, true);
        return;
      }
    }
  }
}

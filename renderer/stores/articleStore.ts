/**
 * The project's articles and the one open in the centre pane: its body and its highlights.
 * Loads are tagged so a slow answer for an article the user has already left is dropped. The list
 * is read a page at a time (pagedList.ts), so a 2,000-article project shows its first rows at once.
 */
import { create } from 'zustand';
import type { Article, ArticleSummary, Highlight } from '../../shared/domain/types';
import type { MethodArgs } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { PagedList } from './pagedList';

interface ArticleState {
  articles: ArticleSummary[];
  /** Live articles in the project; more than `articles.length` while the list is still arriving. */
  total: number;
  listLoaded: boolean;
  selectedId: string | null;
  /** The selected article once loaded (null while loading or when none is selected). */
  article: Article | null;
  highlights: Highlight[];
  loadList(opts?: { deferRest?: boolean }): Promise<void>;
  /** Reads the part of the list a first load left out. */
  loadRest(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadSelected(): Promise<void>;
  reloadHighlights(): Promise<void>;
  /** Shows a highlight just created in the open article before the next reload confirms it. */
  addHighlight(h: Highlight): void;
  updateMeta(id: string, patch: MethodArgs<'updateArticleMeta'>[1]): Promise<void>;
  reset(): void;
}

let generation = 0;

export const useArticleStore = create<ArticleState>()((set, get) => {
  /** The open article, if it is gone once the whole list is known, gives way to the first one. */
  let gone: string | null = null;
  const list = new PagedList<ArticleSummary>((page) => api.listArticles(page), {
    current: () => get().articles,
    show: (articles, total, complete) => {
      set({ articles, total: Math.max(total, articles.length), listLoaded: true });
      const { selectedId } = get();
      gone = complete && selectedId && !articles.some((a) => a.id === selectedId) ? selectedId : null;
    },
  });

  return {
    articles: [],
    total: 0,
    listLoaded: false,
    selectedId: null,
    article: null,
    highlights: [],

    loadList: async (opts) => {
      await list.load(opts);
      if (gone !== null && gone === get().selectedId) await get().select(get().articles[0]?.id ?? null);
    },

    loadRest: () => list.loadRest(get().total),

    select: async (id) => {
      const mine = ++generation;
      if (id === null) {
        set({ selectedId: null, article: null, highlights: [] });
        return;
      }
      if (get().selectedId !== id) set({ selectedId: id, article: null, highlights: [] });
      const [article, highlights] = await Promise.all([api.getArticle(id), api.listHighlights(id)]);
      if (mine === generation) set({ article, highlights });
    },

    reloadSelected: async () => {
      const { selectedId } = get();
      if (selectedId) await get().select(selectedId);
    },

    reloadHighlights: async () => {
      const { selectedId } = get();
      if (!selectedId) return;
      const highlights = await api.listHighlights(selectedId);
      if (get().selectedId === selectedId) set({ highlights });
    },

    addHighlight: (h) =>
      set((s) => ({
        highlights: [...s.highlights.filter((x) => x.spanId !== h.spanId), h].sort(
          (a, b) => a.start - b.start || a.end - b.end,
        ),
      })),

    updateMeta: async (id, patch) => {
      const summary = await api.updateArticleMeta(id, patch);
      set((s) => ({
        articles: s.articles.map((a) => (a.id === id ? summary : a)),
        article: s.article && s.article.id === id ? { ...s.article, ...summary } : s.article,
      }));
    },

    reset: () => {
      generation++;
      list.cancel();
      set({ articles: [], total: 0, listLoaded: false, selectedId: null, article: null, highlights: [] });
    },
  };
});

export const articleState = () => useArticleStore.getState();

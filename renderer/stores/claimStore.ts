/**
 * The project's claims, the claim list's search and verdict filter, and the selected claim's
 * detail (appearances, evidence, history).
 */
import { create } from 'zustand';
import type { Claim, ClaimDetail } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { api } from '../api/client';

export type VerdictFilter = Verdict | 'all';

interface ClaimState {
  claims: Claim[];
  query: string;
  filter: VerdictFilter;
  selectedId: string | null;
  detail: ClaimDetail | null;
  loadList(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadDetail(): Promise<void>;
  setQuery(query: string): void;
  setFilter(filter: VerdictFilter): void;
  reset(): void;
}

let generation = 0;

export const useClaimStore = create<ClaimState>()((set, get) => ({
  claims: [],
  query: '',
  filter: 'all',
  selectedId: null,
  detail: null,

  loadList: async () => {
    const claims = await api.listClaims();
    set({ claims });
    const { selectedId } = get();
    if (selectedId && !claims.some((c) => c.id === selectedId)) set({ selectedId: null, detail: null });
  },

  select: async (id) => {
    const mine = ++generation;
    if (id === null) {
      set({ selectedId: null, detail: null });
      return;
    }
    if (get().selectedId !== id) set({ selectedId: id, detail: null });
    const detail = await api.getClaimDetail(id);
    if (mine === generation) set({ detail });
  },

  reloadDetail: async () => {
    const { selectedId } = get();
    if (selectedId) await get().select(selectedId);
  },

  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),
  reset: () => {
    generation++;
    set({ claims: [], query: '', filter: 'all', selectedId: null, detail: null });
  },
}));

export const claimState = () => useClaimStore.getState();

/** Claims matching a search (text, claimant, rationale) and a verdict filter. */
export function filterClaims(claims: readonly Claim[], query: string, filter: VerdictFilter): Claim[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return claims.filter((c) => {
    if (filter !== 'all' && c.verdict !== filter) return false;
    const haystack = `${c.text}\n${c.claimant}\n${c.rationale}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

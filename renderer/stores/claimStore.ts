/**
 * The project's claims, the claim list's search and verdict filter, and the selected claim's
 * detail (appearances, evidence, history).
 *
 * The list is read a page at a time. On a first load the first page is shown at once and the rest
 * follows in the background, so a 20,000-claim project is usable before all of it has arrived; a
 * reload after a change keeps showing the current list until the new one is complete.
 */
import { create } from 'zustand';
import type { Claim, ClaimDetail } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { api } from '../api/client';
import { PagedList } from './pagedList';
import { applyClaimFilters, NO_FILTERS, type ClaimFilters } from '../components/claims/claimFilters';

export type VerdictFilter = Verdict | 'all';

interface ClaimState {
  claims: Claim[];
  /** Live claims in the project; more than `claims.length` while the list is still arriving. */
  total: number;
  query: string;
  filter: ClaimFilters;
  selectedId: string | null;
  detail: ClaimDetail | null;
  /** Reads the list a page at a time (pagedList.ts). */
  loadList(opts?: { deferRest?: boolean }): Promise<void>;
  /** Reads the part of the list a first load left out. */
  loadRest(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadDetail(): Promise<void>;
  /** Adds or replaces one claim in the list before the next reload confirms it. */
  upsertClaim(claim: Claim): void;
  setQuery(query: string): void;
  setFilter(filter: ClaimFilters): void;
  reset(): void;
}

let generation = 0;

export const useClaimStore = create<ClaimState>()((set, get) => {
  const list = new PagedList<Claim>((page) => api.listClaims(page), {
    current: () => get().claims,
    show: (claims, total, complete) => {
      set({ claims, total: Math.max(total, claims.length) });
      const { selectedId } = get();
      // A selected claim that is gone lets go of the selection (known only once the list is whole).
      if (complete && selectedId && !claims.some((c) => c.id === selectedId)) set({ selectedId: null, detail: null });
    },
  });

  return {
    claims: [],
    total: 0,
    query: '',
    filter: NO_FILTERS,
    selectedId: null,
    detail: null,

    loadList: (opts) => list.load(opts),
    loadRest: () => list.loadRest(get().total),

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

    upsertClaim: (claim) =>
      set((s) => {
        const known = s.claims.some((c) => c.id === claim.id);
        return known
          ? { claims: s.claims.map((c) => (c.id === claim.id ? claim : c)) }
          : { claims: [...s.claims, claim], total: s.total + 1 };
      }),

    setQuery: (query) => set({ query }),
    setFilter: (filter) => set({ filter }),
    reset: () => {
      generation++;
      list.cancel();
      set({ claims: [], total: 0, query: '', filter: NO_FILTERS, selectedId: null, detail: null });
    },
  };
});

export const claimState = () => useClaimStore.getState();

/** Claims matching a search and a verdict or the claim filters (components/claims/claimFilters.ts). */
export function filterClaims(claims: readonly Claim[], query: string, filter: VerdictFilter | ClaimFilters): Claim[] {
  return applyClaimFilters(claims, query, typeof filter === 'string' ? { ...NO_FILTERS, verdict: filter } : filter);
}

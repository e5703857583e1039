/**
 * The project's claims, the claim list's search and verdict filter, and the selected claim's
 * detail (appearances, evidence, history).
 */
import { create } from 'zustand';
import type { Claim, ClaimDetail } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { api } from '../api/client';
import { applyClaimFilters, NO_FILTERS, type ClaimFilters } from '../components/claims/claimFilters';

export type VerdictFilter = Verdict | 'all';

interface ClaimState {
  claims: Claim[];
  query: string;
  filter: ClaimFilters;
  selectedId: string | null;
  detail: ClaimDetail | null;
  loadList(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadDetail(): Promise<void>;
  /** Adds or replaces one claim in the list before the next reload confirms it. */
  upsertClaim(claim: Claim): void;
  setQuery(query: string): void;
  setFilter(filter: ClaimFilters): void;
  reset(): void;
}

let generation = 0;

export const useClaimStore = create<ClaimState>()((set, get) => ({
  claims: [],
  query: '',
  filter: NO_FILTERS,
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

  upsertClaim: (claim) =>
    set((s) => ({
      claims: s.claims.some((c) => c.id === claim.id)
        ? s.claims.map((c) => (c.id === claim.id ? claim : c))
        : [...s.claims, claim],
    })),

  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),
  reset: () => {
    generation++;
    set({ claims: [], query: '', filter: NO_FILTERS, selectedId: null, detail: null });
  },
}));

export const claimState = () => useClaimStore.getState();

/** Claims matching a search and a verdict or the claim filters (components/claims/claimFilters.ts). */
export function filterClaims(claims: readonly Claim[], query: string, filter: VerdictFilter | ClaimFilters): Claim[] {
  return applyClaimFilters(claims, query, typeof filter === 'string' ? { ...NO_FILTERS, verdict: filter } : filter);
}

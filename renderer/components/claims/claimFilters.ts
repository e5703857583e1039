/**
 * Which claims the list shows, and how many claims each filter option would show: faceted search
 * over the project's claims. Pure functions (no store, no DOM) so the list, the filter popover and
 * the unit tests share one definition of "matches".
 *
 * Facets: verdict (one or all), article, tag, claimant, assignee. Values picked within one facet
 * widen the list (a claim with ANY picked tag); facets narrow each other (a picked tag AND a
 * picked assignee). An option's count is the number of claims that would show if it were the only
 * value picked in its facet, with every other facet and the search as they are, so a count never
 * depends on what else is picked in the same section.
 */
import type { Claim } from '../../../shared/domain/types';
import { VERDICTS, type Verdict } from '../../../shared/domain/verdict';

/** The facets with a list of options (the verdict has its own row of chips). */
export const LIST_FACETS = ['article', 'tag', 'claimant', 'assignee'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];
export type Facet = 'verdict' | ListFacet;

export interface ClaimFilters {
  verdict: Verdict | 'all';
  /** Article ids. */
  article: readonly string[];
  /** Value keys (see `valueKey`): a tag, claimant or assignee matched without regard to case. */
  tag: readonly string[];
  claimant: readonly string[];
  assignee: readonly string[];
}

export const NO_FILTERS: ClaimFilters = { verdict: 'all', article: [], tag: [], claimant: [], assignee: [] };

export interface FacetOption {
  /** What the filter stores: an article id, or a value key. '' is "no claimant" / "unassigned". */
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export type FacetOptions = Record<Facet, FacetOption[]>;

/** Names typed by hand differ in case and spacing ("Ana Ruiz", "ana  ruiz"): one option for all. */
export const valueKey = (value: string): string => value.trim().replace(/\s+/g, ' ').toLowerCase();

const FACETS: readonly Facet[] = ['verdict', ...LIST_FACETS];

/** The values a claim has in a list facet, as keys (a claim is in each of its articles and tags). */
function claimValues(claim: Claim, facet: ListFacet): readonly string[] {
  switch (facet) {
    case 'article':
      return claim.articleIds;
    case 'tag':
      return claim.tags.map(valueKey);
    case 'claimant':
      return [valueKey(claim.claimant)];
    case 'assignee':
      return [valueKey(claim.assignee)];
  }
}

/** The search words: every one must appear in the claim's text, claimant, rationale, assignee or tags. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesWords(claim: Claim, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack =
    `${claim.text}\n${claim.claimant}\n${claim.rationale}\n${claim.assignee}\n${claim.tags.join('\n')}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

function matchesFacet(claim: Claim, filters: ClaimFilters, facet: Facet): boolean {
  if (facet === 'verdict') return filters.verdict === 'all' || claim.verdict === filters.verdict;
  const picked = filters[facet];
  if (picked.length === 0) return true;
  const values = claimValues(claim, facet);
  return picked.some((p) => values.includes(p));
}

/** The facets a claim fails (the search counts as one more, under the key 'query'). */
function failures(claim: Claim, words: readonly string[], filters: ClaimFilters): (Facet | 'query')[] {
  const failed: (Facet | 'query')[] = FACETS.filter((f) => !matchesFacet(claim, filters, f));
  if (!matchesWords(claim, words)) failed.push('query');
  return failed;
}

/** The claims matching the search and every active filter, in their original order. */
export function applyClaimFilters(claims: readonly Claim[], query: string, filters: ClaimFilters): Claim[] {
  const words = queryWords(query);
  return claims.filter((c) => matchesWords(c, words) && FACETS.every((f) => matchesFacet(c, filters, f)));
}

/** How many filters are active (each picked value counts; a verdict other than All counts once). */
export function activeFilterCount(filters: ClaimFilters): number {
  return (filters.verdict === 'all' ? 0 : 1) + LIST_FACETS.reduce((n, f) => n + filters[f].length, 0);
}

/** The filters with one value of a list facet picked or unpicked. */
export function toggleFilterValue(filters: ClaimFilters, facet: ListFacet, value: string): ClaimFilters {
  const picked = filters[facet];
  return {
    ...filters,
    [facet]: picked.includes(value) ? picked.filter((v) => v !== value) : [...picked, value],
  };
}

interface ArticleRef {
  id: string;
  title: string;
}

/**
 * Every option of every facet with its count. One pass over the claims: a claim that fails no
 * facet counts in every facet; a claim that fails exactly one facet counts only in that facet (it
 * would show if that facet's choice were different); a claim failing the search or two facets
 * counts nowhere. Options are the values present in the project (plus any picked value that no
 * longer is, so it can still be unpicked), the most used in the whole project first.
 */
export function facetOptions(
  claims: readonly Claim[],
  query: string,
  filters: ClaimFilters,
  articles: readonly ArticleRef[] = [],
): FacetOptions {
  const words = queryWords(query);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const labels = Object.fromEntries(LIST_FACETS.map((f) => [f, new Map<string, string>()])) as Record<
    ListFacet,
    Map<string, string>
  >;
  // How many claims in the whole project have each value: the options' order, which stays put
  // while filters change (an option does not jump from under the pointer as counts move).
  const totals = Object.fromEntries(LIST_FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    ListFacet,
    Map<string, number>
  >;
  const bump = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);

  for (const claim of claims) {
    // Every value in the project is an option, even when no claim with it is shown right now.
    for (const f of LIST_FACETS) {
      const raw = f === 'article' ? claim.articleIds : f === 'tag' ? claim.tags : [claim[f]];
      for (const v of new Set(raw)) {
        const key = f === 'article' ? v : valueKey(v);
        if (!labels[f].has(key)) labels[f].set(key, f === 'article' ? '' : v.trim());
        totals[f].set(key, (totals[f].get(key) ?? 0) + 1);
      }
    }

    const failed = failures(claim, words, filters);
    if (failed.length > 1 || failed[0] === 'query') continue;
    const only = failed[0];
    if (only === undefined || only === 'verdict') bump('verdict', claim.verdict);
    for (const f of LIST_FACETS) {
      if (only !== undefined && only !== f) continue;
      // A claim appearing twice in one article, or tagged twice, still counts once.
      for (const v of new Set(claimValues(claim, f))) bump(f, v);
    }
  }
  // "All" counts every claim the other facets let through, whatever its verdict.
  counts.verdict.set(
    'all',
    [...counts.verdict.entries()].reduce((n, [k, c]) => (k === 'all' ? n : n + c), 0),
  );

  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const options = (facet: ListFacet): FacetOption[] => {
    const picked = filters[facet];
    const keys = new Set([...labels[facet].keys(), ...picked]);
    return [...keys]
      .map((value) => ({
        value,
        label: facet === 'article' ? (titles.get(value) ?? 'Untitled article') : (labels[facet].get(value) ?? value),
        count: counts[facet].get(value) ?? 0,
        selected: picked.includes(value),
      }))
      .sort(
        (a, b) =>
          (totals[facet].get(b.value) ?? 0) - (totals[facet].get(a.value) ?? 0) ||
          emptyLast(a, b) ||
          a.label.localeCompare(b.label),
      );
  };

  return {
    verdict: (['all', ...VERDICTS] as const).map((v) => ({
      value: v,
      label: v,
      count: counts.verdict.get(v) ?? 0,
      selected: filters.verdict === v,
    })),
    article: options('article'),
    tag: options('tag'),
    claimant: options('claimant'),
    assignee: options('assignee'),
  };
}

/** "No claimant" and "Unassigned" go after the named values with the same count. */
const emptyLast = (a: FacetOption, b: FacetOption): number => (a.value === '' ? 1 : 0) - (b.value === '' ? 1 : 0);

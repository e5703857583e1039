/**
 * The claims panel's filters: which claims a combination of verdict, article, tag, claimant and
 * assignee shows, and the count beside each option (faceted: what picking it would show, given the
 * search and the other sections' picks).
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/domain/types';
import {
  NO_FILTERS,
  activeFilterCount,
  applyClaimFilters,
  facetOptions,
  toggleFilterValue,
  type ClaimFilters,
  type FacetOption,
} from '../../../renderer/components/claims/claimFilters';
import { filterClaims } from '../../../renderer/stores/claimStore';

const claim = (id: string, over: Partial<Claim> = {}): Claim => ({
  id,
  text: `claim ${id}`,
  claimant: '',
  verdict: 'unverified',
  rationale: '',
  claimDate: '',
  assignee: '',
  tags: [],
  createdAt: '2026-01-14T10:00:00.000Z',
  createdBy: 'Ana Ruiz',
  updatedAt: '2026-01-14T10:00:00.000Z',
  updatedBy: 'Ana Ruiz',
  spanCount: 1,
  evidenceCount: 0,
  articleIds: [],
  ...over,
});

/** Four claims over two articles (us, ve), with overlapping tags and two checkers. */
const CLAIMS: Claim[] = [
  claim('figure', {
    verdict: 'disputed',
    claimant: 'Ministry of Penitentiary Services',
    assignee: 'Ana Ruiz',
    tags: ['economy', 'Venezuela'],
    articleIds: ['us'],
  }),
  claim('freed', {
    claimant: 'Delcy Rodríguez',
    assignee: 'ana ruiz',
    tags: ['prisoners', 'Venezuela'],
    articleIds: ['ve', 'us'],
  }),
  claim('detained', {
    verdict: 'verified',
    claimant: 'Foro Penal',
    assignee: 'Ben Okafor',
    tags: ['prisoners'],
    articleIds: ['ve'],
  }),
  claim('untagged', { rationale: 'No source yet', articleIds: ['ve'] }),
];

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);
const with_ = (over: Partial<ClaimFilters>): ClaimFilters => ({ ...NO_FILTERS, ...over });
const counts = (options: FacetOption[]) => Object.fromEntries(options.map((o) => [o.label || o.value, o.count]));

describe('which claims the filters show', () => {
  it('shows every claim with no filter, in the original order', () => {
    expect(ids(applyClaimFilters(CLAIMS, '', NO_FILTERS))).toEqual(['figure', 'freed', 'detained', 'untagged']);
  });

  it('shows claims with any of the picked tags (values in one section widen the list)', () => {
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ tag: ['economy'] })))).toEqual(['figure']);
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ tag: ['economy', 'prisoners'] })))).toEqual([
      'figure',
      'freed',
      'detained',
    ]);
  });

  it('combines sections: a tag AND an assignee AND an article AND a verdict', () => {
    const filters = with_({ tag: ['venezuela'], assignee: ['ana ruiz'] });
    expect(ids(applyClaimFilters(CLAIMS, '', filters))).toEqual(['figure', 'freed']);
    expect(ids(applyClaimFilters(CLAIMS, '', { ...filters, article: ['ve'] }))).toEqual(['freed']);
    expect(ids(applyClaimFilters(CLAIMS, '', { ...filters, verdict: 'disputed' }))).toEqual(['figure']);
    expect(ids(applyClaimFilters(CLAIMS, '', { ...filters, article: ['ve'], verdict: 'disputed' }))).toEqual([]);
  });

  it('matches names and tags without regard to case or extra spaces', () => {
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ assignee: ['ana ruiz'] })))).toEqual(['figure', 'freed']);
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ claimant: ['foro penal'] })))).toEqual(['detained']);
  });

  it('filters the unassigned and the claims with no claimant with the empty value', () => {
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ assignee: [''] })))).toEqual(['untagged']);
    expect(ids(applyClaimFilters(CLAIMS, '', with_({ claimant: [''] })))).toEqual(['untagged']);
  });

  it('searches tags and the assignee as well as text, claimant and rationale', () => {
    expect(ids(applyClaimFilters(CLAIMS, 'economy', NO_FILTERS))).toEqual(['figure']);
    expect(ids(applyClaimFilters(CLAIMS, 'okafor', NO_FILTERS))).toEqual(['detained']);
    expect(ids(applyClaimFilters(CLAIMS, 'no source', NO_FILTERS))).toEqual(['untagged']);
    expect(ids(applyClaimFilters(CLAIMS, 'prisoners', with_({ article: ['us'] })))).toEqual(['freed']);
  });

  it('keeps the store’s verdict-only filterClaims working (the selection popover’s search)', () => {
    expect(ids(filterClaims(CLAIMS, '', 'verified'))).toEqual(['detained']);
    expect(ids(filterClaims(CLAIMS, 'venezuela', with_({ verdict: 'unverified' })))).toEqual(['freed']);
  });
});

describe('the counts beside each option', () => {
  it('counts every claim with each value when nothing is filtered, most used first', () => {
    const f = facetOptions(CLAIMS, '', NO_FILTERS, [
      { id: 'us', title: 'US Detainees Released' },
      { id: 've', title: 'Venezuela Starts Freeing' },
    ]);
    expect(f.tag.map((o) => [o.label, o.count])).toEqual([
      ['prisoners', 2],
      ['Venezuela', 2],
      ['economy', 1],
    ]);
    expect(f.article.map((o) => [o.label, o.count])).toEqual([
      ['Venezuela Starts Freeing', 3],
      ['US Detainees Released', 2],
    ]);
    // One option per person however it was typed; the unassigned last among equals.
    expect(f.assignee.map((o) => [o.value, o.label, o.count])).toEqual([
      ['ana ruiz', 'Ana Ruiz', 2],
      ['ben okafor', 'Ben Okafor', 1],
      ['', '', 1],
    ]);
    expect(counts(f.verdict)).toEqual({ all: 4, unverified: 2, disputed: 1, verified: 1 });
  });

  it('counts an option against the other sections’ picks, not its own section’s', () => {
    const f = facetOptions(CLAIMS, '', with_({ tag: ['economy'] }));
    // Tag counts ignore the tag pick: prisoners would still show two claims.
    expect(counts(f.tag)).toEqual({ prisoners: 2, Venezuela: 2, economy: 1 });
    // Other sections count within the economy claims only.
    expect(counts(f.assignee)).toEqual({ 'Ana Ruiz': 1, '': 0, 'Ben Okafor': 0 });
    expect(counts(f.verdict)).toEqual({ all: 1, unverified: 0, disputed: 1, verified: 0 });
  });

  it('combines: each section counts against every other section’s picks and the search', () => {
    const filters = with_({ tag: ['prisoners'], assignee: ['ana ruiz'], verdict: 'unverified' });
    const f = facetOptions(CLAIMS, '', filters);
    expect(ids(applyClaimFilters(CLAIMS, '', filters))).toEqual(['freed']);
    // Tags among Ana's unverified claims.
    expect(counts(f.tag)).toEqual({ prisoners: 1, Venezuela: 1, economy: 0 });
    // Assignees among unverified prisoners claims: Ben's is verified, so 0.
    expect(counts(f.assignee)).toEqual({ 'Ana Ruiz': 1, '': 0, 'Ben Okafor': 0 });
    // Verdicts among Ana's prisoners claims; All is what the list would show with any verdict.
    expect(counts(f.verdict)).toEqual({ all: 1, unverified: 1, disputed: 0, verified: 0 });

    const searched = facetOptions(CLAIMS, 'delcy', with_({ assignee: ['ana ruiz'] }));
    expect(counts(searched.assignee)).toEqual({ 'Ana Ruiz': 1, '': 0, 'Ben Okafor': 0 });
    expect(counts(searched.tag)).toEqual({ prisoners: 1, Venezuela: 1, economy: 0 });
  });

  it('makes the picked verdict’s count the number of claims the list shows', () => {
    for (const filters of [
      with_({ article: ['ve'] }),
      with_({ article: ['ve'], verdict: 'unverified' }),
      with_({ tag: ['venezuela', 'prisoners'], claimant: ['delcy rodríguez', 'foro penal'] }),
    ]) {
      const shown = facetOptions(CLAIMS, '', filters).verdict.find((o) => o.selected)!.count;
      expect(shown).toBe(applyClaimFilters(CLAIMS, '', filters).length);
    }
  });

  it('counts a claim once per article even when it appears in it twice', () => {
    const twice = [claim('x', { articleIds: ['us', 'us'] })];
    expect(facetOptions(twice, '', NO_FILTERS).article.map((o) => o.count)).toEqual([1]);
  });

  it('keeps a picked value that no claim has any more, with 0, so it can be unpicked', () => {
    const f = facetOptions(CLAIMS, '', with_({ tag: ['retired tag'] }));
    expect(f.tag.find((o) => o.value === 'retired tag')).toEqual({
      value: 'retired tag',
      label: 'retired tag',
      count: 0,
      selected: true,
    });
  });
});

describe('picking and counting filters', () => {
  it('toggles a value on and off, and counts each pick and a verdict other than All', () => {
    let filters = toggleFilterValue(NO_FILTERS, 'tag', 'economy');
    filters = toggleFilterValue(filters, 'assignee', '');
    expect(filters).toEqual(with_({ tag: ['economy'], assignee: [''] }));
    expect(activeFilterCount({ ...filters, verdict: 'verified' })).toBe(3);
    expect(toggleFilterValue(filters, 'tag', 'economy').tag).toEqual([]);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });
});

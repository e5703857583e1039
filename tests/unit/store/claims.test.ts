import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import {
  createClaim,
  deleteClaim,
  getClaim,
  listClaims,
  listClaimsPage,
  restoreClaim,
  updateClaim,
} from '../../../electron/claims/claimStore';
import { getClaimDetail } from '../../../electron/claims/claimDetail';
import { addEvidence, deleteEvidence, listEvidence, updateEvidence } from '../../../electron/evidence/evidenceStore';
import { claimHistory } from '../../../electron/history/historyStore';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import {
  createClaimFromSpan,
  deleteSpan,
  linkSpan,
  listAppearances,
  listHighlights,
  restoreSpan,
} from '../../../electron/spans/spanStore';
import { rangeOf, sampleProject } from '../../helpers/tempProject';

const US_QUOTE = '116 prisoners were released on Monday alone';
const VE_QUOTE = '116 detainees have been freed since January 9';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup() {
  const t = sampleProject('Ana');
  open.push(t.project);
  const usText = getArticle(t.project, t.us.id).plainText;
  const veText = getArticle(t.project, t.ve.id).plainText;
  return { ...t, usText, veText };
}

describe('claims and highlights', () => {
  it('creates a claim from a highlight, with the quote as text and context to re-find it', () => {
    const t = setup();
    const { claim, span } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    expect(claim.text).toBe(US_QUOTE);
    expect(claim.verdict).toBe('unverified');
    expect(span.exact).toBe(US_QUOTE);
    expect(span.prefix.length).toBe(32);
    expect(t.usText.slice(span.start - span.prefix.length, span.end + span.suffix.length)).toBe(
      span.prefix + span.exact + span.suffix,
    );
    expect(claim.createdBy).toBe('Ana');
  });

  it('links highlights in two articles to one claim and lists both appearances', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    linkSpan(t.project, claim.id, { articleId: t.ve.id, ...rangeOf(t.veText, VE_QUOTE) });
    const appearances = listAppearances(t.project, claim.id);
    expect(appearances.map((a) => a.exact)).toEqual([US_QUOTE, VE_QUOTE]);
    expect(appearances[1]!.articleTitle).toBe('Venezuela Starts Freeing Prisoners Under US Pressure');
    expect(getClaim(t.project, claim.id).spanCount).toBe(2);
  });

  it('records every verdict, claimant and rationale change in the history with old and new values', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    updateClaim(t.project, claim.id, { verdict: 'disputed', rationale: 'Rights groups count 56.' });
    updateClaim(t.project, claim.id, { claimant: 'Ministry of Penitentiary Services', verdict: 'disputed' });
    const updates = claimHistory(t.project, claim.id).filter((h) => h.action === 'update');
    expect(updates.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['verdict', 'unverified', 'disputed'],
      ['rationale', '', 'Rights groups count 56.'],
      ['claimant', '', 'Ministry of Penitentiary Services'],
    ]);
    expect(updates.every((h) => h.actor === 'Ana')).toBe(true);
  });

  it('allows overlapping highlights and returns them in reading order', () => {
    const t = setup();
    const whole = rangeOf(t.usText, US_QUOTE);
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...whole });
    createClaimFromSpan(
      t.project,
      { articleId: t.us.id, start: whole.start, end: whole.start + 3 },
      { verdict: 'verified' },
    );
    const hl = listHighlights(t.project, t.us.id);
    expect(hl).toHaveLength(2);
    expect(hl.map((h) => h.verdict).sort()).toEqual(['unverified', 'verified']);
    expect(hl.some((h) => h.claimId === claim.id)).toBe(true);
  });

  it('refuses a highlight outside the article text', () => {
    const t = setup();
    expect(() => createClaimFromSpan(t.project, { articleId: t.us.id, start: 10, end: t.usText.length + 1 })).toThrow(
      /outside the article's text/,
    );
    expect(listClaims(t.project)).toHaveLength(0);
  });

  it('deletes a highlight and restores it, with both in the history', () => {
    const t = setup();
    const { claim, span } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    deleteSpan(t.project, span.id);
    expect(listHighlights(t.project, t.us.id)).toHaveLength(0);
    restoreSpan(t.project, span.id);
    expect(listHighlights(t.project, t.us.id).map((h) => h.spanId)).toEqual([span.id]);
    expect(claimHistory(t.project, claim.id).map((h) => `${h.entity}:${h.action}`)).toEqual([
      'claim:create',
      'span:create',
      'span:delete',
      'span:restore',
    ]);
  });

  it('hides a deleted claim and its highlights, and brings both back on restore', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    deleteClaim(t.project, claim.id);
    expect(listClaims(t.project)).toHaveLength(0);
    expect(listHighlights(t.project, t.us.id)).toHaveLength(0);
    restoreClaim(t.project, claim.id);
    expect(listHighlights(t.project, t.us.id)).toHaveLength(1);
  });

  it('keeps evidence with history, and the claim detail gathers everything', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    const ev = addEvidence(t.project, claim.id, { url: 'https://foropenal.com/', note: 'Counts 56 releases' });
    updateEvidence(t.project, ev.id, { note: 'Counts 56 releases as of Monday evening' });
    const second = addEvidence(t.project, claim.id, { citation: 'Bloomberg, 14 Jan 2026' });
    deleteEvidence(t.project, second.id);
    expect(listEvidence(t.project, claim.id).map((e) => e.note)).toEqual(['Counts 56 releases as of Monday evening']);
    const detail = getClaimDetail(t.project, claim.id);
    expect(detail.claim.evidenceCount).toBe(1);
    expect(detail.history.filter((h) => h.entity === 'evidence').map((h) => h.action)).toEqual([
      'create',
      'update',
      'create',
      'delete',
    ]);
  });

  it('refuses changes to a project opened read-only', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    t.project.close();
    open.length = 0;
    const ro = openProject(t.file, { actor: 'Bo', readOnly: true });
    open.push(ro);
    expect(() => updateClaim(ro, claim.id, { verdict: 'verified' })).toThrow(/read-only/);
  });

  it('keeps the desk’s fields: claim date, assignee and tags (tidied), each change in the history', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    const updated = updateClaim(t.project, claim.id, {
      claimDate: '2026-01-12',
      assignee: 'Bo',
      tags: [' prisoners ', 'Venezuela', 'prisoners', 'venezuela', 'figures'],
    });
    expect(updated).toMatchObject({
      claimDate: '2026-01-12',
      assignee: 'Bo',
      tags: ['figures', 'prisoners', 'Venezuela'],
    });
    expect(updateClaim(t.project, claim.id, { tags: ['Venezuela', 'figures', 'prisoners'] }).updatedAt).toBe(
      updated.updatedAt,
    );
    const changes = claimHistory(t.project, claim.id).filter((h) => h.action === 'update');
    expect(changes.map((h) => [h.field, h.newValue])).toEqual([
      ['claimDate', '2026-01-12'],
      ['assignee', 'Bo'],
      ['tags', 'figures, prisoners, Venezuela'],
    ]);
  });

  it('lists the articles each claim appears in, for filtering', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    linkSpan(t.project, claim.id, { articleId: t.ve.id, ...rangeOf(t.veText, VE_QUOTE) });
    expect(listClaims(t.project)[0]!.articleIds.sort()).toEqual([t.us.id, t.ve.id].sort());
    expect(getClaim(t.project, claim.id).articleIds.sort()).toEqual([t.us.id, t.ve.id].sort());
  });

  it('keeps evidence titles and access dates', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    const ev = addEvidence(t.project, claim.id, {
      url: 'https://foropenal.com/',
      title: 'Foro Penal tally',
      accessedAt: '2026-01-14',
    });
    expect(updateEvidence(t.project, ev.id, { accessedAt: '2026-01-15' })).toMatchObject({
      title: 'Foro Penal tally',
      accessedAt: '2026-01-15',
    });
  });

  it('reads the claim list in pages that join up to the whole list, counting only live claims', () => {
    const t = setup();
    const { claim } = createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(t.usText, US_QUOTE) });
    linkSpan(t.project, claim.id, { articleId: t.ve.id, ...rangeOf(t.veText, VE_QUOTE) });
    for (let i = 0; i < 9; i++)
      createClaim(t.project, { text: `claim ${i}`, claimant: '', verdict: 'unverified', rationale: '' });
    deleteClaim(t.project, listClaims(t.project)[4]!.id);
    const all = listClaims(t.project);
    expect(all).toHaveLength(9);
    const pages = [0, 4, 8].map((offset) => listClaimsPage(t.project, offset, 4));
    expect(pages.map((p) => p.total)).toEqual([9, 9, 9]);
    expect(pages.flatMap((p) => p.items)).toEqual(all);
    expect(pages[0]!.items[0]).toMatchObject({ id: claim.id, spanCount: 2 });
    expect(listClaimsPage(t.project, 20, 4)).toEqual({ total: 9, items: [] });
  });
});

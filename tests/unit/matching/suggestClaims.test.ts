/**
 * The claim workspace's services on a real project: suggestions for a selected passage, the
 * figures of a claim's appearances, and search, through the IPC door exactly as the renderer
 * calls them (arguments and results checked against the contract).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import type { Workspace } from '../../../electron/api/workspace';
import { getArticleText } from '../../../electron/articles/articleStore';
import { deleteClaim } from '../../../electron/claims/claimStore';
import { importTextArticle } from '../../../electron/import/importText';
import { claimFigures } from '../../../electron/matching/claimFigures';
import { sentenceContext, suggestClaims } from '../../../electron/matching/suggestClaims';
import type { Project } from '../../../electron/project/project';
import { createClaimFromSpan, linkSpan } from '../../../electron/spans/spanStore';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { rangeOf, sampleProject } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup() {
  const t = sampleProject('Ana');
  open.push(t.project);
  const usText = getArticleText(t.project, t.us.id);
  const veText = getArticleText(t.project, t.ve.id);
  const highlight = (quote: string, fields: { text: string; claimant?: string }) =>
    createClaimFromSpan(t.project, { articleId: t.us.id, ...rangeOf(usText, quote) }, fields).claim;
  // A desk's claims, each highlighted once in the US article.
  const claims = {
    monday: highlight('at least 116 prisoners were released on Monday alone', {
      text: 'At least 116 prisoners were released on Monday alone',
      claimant: "Venezuela's Ministry of Penitentiary Services",
    }),
    assembly: highlight('more than 400 prisoners had been freed', {
      text: 'More than 400 prisoners have been freed',
      claimant: 'Jorge Rodríguez',
    }),
    penal: highlight('only 56 detainees had been released', {
      text: 'Only 56 detainees had been released as of Monday evening',
      claimant: 'Penal Forum',
    }),
    citizens: highlight('has released at least 4 American citizens', {
      text: 'Venezuela released at least four American citizens',
    }),
    welcomed: highlight('welcomed the development', {
      text: 'The State Department welcomed the release as an important step',
      claimant: 'State Department spokesperson',
    }),
  };
  const workspace: Workspace = {
    project: () => t.project,
    current: () => t.project,
    recentProjects: () => [],
    fileCommand: async () => undefined,
    openRecent: async () => undefined,
  };
  const handlers = createHandlers(workspace);
  const call = (method: string, args: unknown) => dispatch(handlers, method, args, { validateResults: true });
  return { ...t, usText, veText, claims, call };
}

describe('claim suggestions for a selected passage', () => {
  it('suggests the claim a passage of the other article restates, with reasons', () => {
    const t = setup();
    const range = { articleId: t.ve.id, ...rangeOf(t.veText, 'including at least one U.S. citizen') };
    const [best] = suggestClaims(t.project, range);
    expect(best!.claimId).toBe(t.claims.citizens.id);
    expect(best!.reasons).toEqual(expect.arrayContaining(['figures differ: at least 1 here, at least 4 in the claim']));
  });

  it('reads who is speaking from the rest of the sentence', () => {
    const t = setup();
    const text =
      'Assembly\n\nOn Tuesday Jorge Rodríguez, the Assembly president, said more than 400 prisoners had been freed. Others disagree.';
    const article = importTextArticle(t.project, { text }).article;
    const plain = getArticleText(t.project, article.id);
    const range = { articleId: article.id, ...rangeOf(plain, 'more than 400 prisoners had been freed') };
    expect(sentenceContext(plain, range.start, range.end)).toBe(
      'On Tuesday Jorge Rodríguez, the Assembly president, said .',
    );
    const [best] = suggestClaims(t.project, range);
    expect(best!.claimId).toBe(t.claims.assembly.id);
    expect(best!.reasons).toEqual(
      expect.arrayContaining(['shares figure more than 400', 'same claimant: Jorge Rodríguez']),
    );
  });

  it('leaves out deleted claims and claims already highlighted on the selection', () => {
    const t = setup();
    const range = { articleId: t.us.id, ...rangeOf(t.usText, 'only 56 detainees had been released') };
    expect(suggestClaims(t.project, range).map((s) => s.claimId)).not.toContain(t.claims.penal.id);
    const veRange = { articleId: t.ve.id, ...rangeOf(t.veText, '116 detainees have been freed since January 9') };
    expect(suggestClaims(t.project, veRange)[0]!.claimId).toBe(t.claims.monday.id);
    deleteClaim(t.project, t.claims.monday.id);
    expect(suggestClaims(t.project, veRange).map((s) => s.claimId)).not.toContain(t.claims.monday.id);
  });

  it('refuses a selection outside the article', () => {
    const t = setup();
    expect(() => suggestClaims(t.project, { articleId: t.ve.id, start: 0, end: t.veText.length + 5 })).toThrow(
      ClaimdeskError,
    );
  });
});

describe('figures of a claim’s appearances', () => {
  it('flags the counts that differ between the articles', () => {
    const t = setup();
    const ve = linkSpan(t.project, t.claims.monday.id, {
      articleId: t.ve.id,
      ...rangeOf(t.veText, '116 detainees have been freed since January 9'),
    });
    linkSpan(t.project, t.claims.monday.id, {
      articleId: t.us.id,
      ...rangeOf(t.usText, 'only 56 detainees had been released'),
    });
    const figures = claimFigures(t.project, t.claims.monday.id);
    // Appearances in article order, then position: the US article's 56 comes before its 116.
    expect(figures.summary).toBe('56 ≠ at least 116');
    const veAppearance = figures.appearances.find((a) => a.spanId === ve.id)!;
    expect(veAppearance).toMatchObject({
      articleId: t.ve.id,
      articleTitle: 'Venezuela Starts Freeing Prisoners Under US Pressure',
    });
    expect(veAppearance.figures).toMatchObject([{ label: '116', where: 'quote', start: 0, end: 3, differs: true }]);
  });
});

describe('claim workspace IPC methods', () => {
  it('answer search, suggestClaims and claimFigures with results that match the contract', async () => {
    const t = setup();
    const search = await t.call('search', [{ query: 'Penal 56', limit: 5 }]);
    expect(search).toMatchObject({ data: { terms: ['Penal', '56'], mode: 'index' } });
    const hits = (search as { data: { hits: { kind: string }[] } }).data.hits;
    expect(hits.map((h) => h.kind)).toEqual(['claim', 'article']);

    const range = { articleId: t.ve.id, ...rangeOf(t.veText, 'including at least one U.S. citizen') };
    const suggested = await t.call('suggestClaims', [range]);
    expect(suggested).toMatchObject({ data: [{ claimId: t.claims.citizens.id }] });

    expect(await t.call('claimFigures', [t.claims.citizens.id])).toMatchObject({
      data: { claimId: t.claims.citizens.id, summary: '', differences: [] },
    });
  });

  it('reject malformed arguments with invalid-input', async () => {
    const t = setup();
    expect(await t.call('search', [{ query: 'x', limit: 0 }])).toMatchObject({ error: { type: 'invalid-input' } });
    expect(await t.call('search', [{ query: 'x'.repeat(3000) }])).toMatchObject({ error: { type: 'invalid-input' } });
    expect(await t.call('suggestClaims', [{ articleId: t.ve.id, start: 5, end: 5 }])).toMatchObject({
      error: { type: 'invalid-input' },
    });
    expect(await t.call('claimFigures', ['not-an-id'])).toMatchObject({ error: { type: 'invalid-input' } });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import { createClaim, listClaims, updateClaim } from '../../../electron/claims/claimStore';
import { addEvidence } from '../../../electron/evidence/evidenceStore';
import { exportProject, spansCsvPath } from '../../../electron/export/exportProject';
import { importTextArticle } from '../../../electron/import/importText';
import { importWebAnnotations } from '../../../electron/import/webAnnotationImport';
import { openProject, saveProjectCopy } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { createClaimFromSpan, deleteSpan, listAppearances, listHighlights } from '../../../electron/spans/spanStore';
import { annotatedSample, QUOTES } from '../../helpers/annotatedSample';
import { newTempProject, rangeOf, sampleProject } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup() {
  const t = annotatedSample();
  open.push(t.project);
  return t;
}

const read = (f: string) => fs.readFileSync(f, 'utf8');

interface Review {
  '@type': string;
  claimReviewed: string;
  datePublished: string;
  url: string;
  author: unknown;
  reviewRating: { '@type': string; alternateName: string };
  itemReviewed: {
    '@type': string;
    author: unknown;
    appearance: { headline: string }[];
    firstAppearance: { datePublished: string };
  };
}

interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: { purpose: string; value?: string; source?: string }[];
  target: { source: string; selector: [unknown, unknown] };
}

interface Collection {
  '@context': string;
  id: string;
  type: string;
  total: number;
  first: { type: string; items: Annotation[] };
}

describe('ClaimReview export', () => {
  it('writes one ClaimReview per claim with the fields schema.org and aggregators require', async () => {
    const t = setup();
    const out = path.join(t.dir, 'reviews.jsonld');
    await exportProject(t.project, {
      format: 'claimreview',
      out,
      organization: 'Desk Verificación',
      baseUrl: 'https://desk.example/report',
    });
    const doc = JSON.parse(read(out)) as { '@context': string; '@graph': Review[] };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(4);
    for (const r of doc['@graph']) {
      expect(r['@type']).toBe('ClaimReview');
      expect(typeof r.claimReviewed).toBe('string');
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(['Verified', 'Disputed', 'Unverified']).toContain(r.reviewRating.alternateName);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(Array.isArray(r.itemReviewed.appearance)).toBe(true);
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Desk Verificación' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.url).toMatch(/^https:\/\/desk\.example\/report#claim-/);
    }
    const freed = doc['@graph'].find((r) => r.claimReviewed === '116 prisoners were freed on Monday')!;
    expect(freed.reviewRating).toMatchObject({
      alternateName: 'Disputed',
      ratingValue: 1,
      bestRating: 3,
      worstRating: 1,
    });
    expect(freed.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Ministry of Penitentiary Services' });
    const assembly = doc['@graph'].find((r) => r.claimReviewed === 'more than 400 prisoners had been freed')!;
    expect(assembly.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Jorge Rodríguez' });
    expect(freed.itemReviewed.appearance.map((a) => a.headline)).toEqual([
      'US Detainees Released, Political Prisoner Debate Flares',
      'Venezuela Starts Freeing Prisoners Under US Pressure',
    ]);
    expect(freed.itemReviewed.firstAppearance.datePublished).toBe('2026-01-14');
  });

  it('names the checkers as Persons when no organisation is given, never a login name as an Organization', async () => {
    const t = setup();
    const out = path.join(t.dir, 'reviews.jsonld');
    await exportProject(t.project, { format: 'claimreview', out });
    const doc = JSON.parse(read(out)) as { '@graph': Review[] };
    for (const r of doc['@graph']) expect(r.author).toEqual({ '@type': 'Person', name: 'Ana Ruiz' });
  });

  it('exports only the claims with the chosen verdict', async () => {
    const t = setup();
    const out = path.join(t.dir, 'disputed.jsonld');
    const r = await exportProject(t.project, { format: 'claimreview', out, filter: { verdicts: ['disputed'] } });
    expect(r.claims).toBe(2);
    const doc = JSON.parse(read(out)) as { '@graph': { reviewRating: { alternateName: string } }[] };
    expect(doc['@graph'].every((x) => x.reviewRating.alternateName === 'Disputed')).toBe(true);
  });
});

describe('W3C Web Annotation export', () => {
  it('writes an AnnotationCollection whose annotations carry quote and code-point position selectors', async () => {
    const t = setup();
    const out = path.join(t.dir, 'annotations.jsonld');
    await exportProject(t.project, { format: 'w3c', out });
    const doc = JSON.parse(read(out)) as Collection;
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toMatch(/^urn:uuid:/);
    expect(doc.total).toBe(6);
    expect(doc.first.type).toBe('AnnotationPage');
    for (const a of doc.first.items) {
      expect(a.id).toMatch(/^urn:uuid:/);
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe('assessing');
      expect(a.target.source).toMatch(/^(urn:uuid:|https?:)/);
      const [quote, position] = a.target.selector;
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String) });
      expect(position).toMatchObject({
        type: 'TextPositionSelector',
        start: expect.any(Number),
        end: expect.any(Number),
      });
      const verdict = a.body.find((b) => b.purpose === 'assessing');
      expect(['Verified', 'Disputed', 'Unverified']).toContain(verdict?.value);
      expect(a.body.find((b) => b.purpose === 'linking')?.source).toMatch(/^urn:uuid:/);
    }
  });

  it('counts positions in code points, so an emoji before the quote counts once', async () => {
    const t = setup();
    const { article } = importTextArticle(t.project, { text: 'Emoji test\n\n🇻🇪 Caracas 🙂 said 116 were freed.' });
    const text = getArticle(t.project, article.id).plainText;
    createClaimFromSpan(t.project, { articleId: article.id, ...rangeOf(text, '116 were freed') });
    const out = path.join(t.dir, 'emoji.jsonld');
    await exportProject(t.project, { format: 'w3c', out, filter: { articleIds: [article.id] } });
    const [a] = (JSON.parse(read(out)) as Collection).first.items;
    const cp = [...text].findIndex((_, i, arr) => arr.slice(i).join('').startsWith('116 were freed'));
    expect(a!.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: cp, end: cp + 14 });
    expect(text.indexOf('116')).toBe(cp + 3); // three astral characters (two flag halves, one smiley)
  });

  it('restores the highlights when the file is imported back onto the same articles, once', async () => {
    const t = setup();
    const out = path.join(t.dir, 'annotations.jsonld');
    await exportProject(t.project, { format: 'w3c', out });
    const before = listHighlights(t.project, t.us.id).map((h) => [h.claimId, h.start, h.end]);
    for (const h of listHighlights(t.project, t.us.id)) deleteSpan(t.project, h.spanId);
    expect(listHighlights(t.project, t.us.id)).toHaveLength(0);

    const result = importWebAnnotations(t.project, read(out), 'annotations.jsonld');
    expect(result).toEqual({ restored: 4, alreadyPresent: 2, unplaced: [] });
    expect(listHighlights(t.project, t.us.id).map((h) => [h.claimId, h.start, h.end])).toEqual(before);
    expect(importWebAnnotations(t.project, read(out), 'annotations.jsonld')).toEqual({
      restored: 0,
      alreadyPresent: 6,
      unplaced: [],
    });
  });

  it('recreates the claims in a colleague’s copy that only has the articles', async () => {
    const t = setup();
    const out = path.join(t.dir, 'annotations.jsonld');
    await exportProject(t.project, { format: 'w3c', out });
    const copy = path.join(t.dir, 'colleague.claimdesk');
    await saveProjectCopy(t.project, copy);
    const other = openProject(copy, { actor: 'Bo' });
    open.push(other);
    for (const c of listClaims(other)) other.db.prepare('DELETE FROM spans WHERE claim_id = ?').run(c.id);
    other.db.prepare('DELETE FROM history').run();
    other.db.prepare('DELETE FROM evidence').run();
    other.db.prepare('DELETE FROM claims').run();
    importWebAnnotations(other, read(out), 'annotations.jsonld');
    const claims = listClaims(other);
    expect(claims.map((c) => c.text).sort()).toEqual(
      listClaims(t.project)
        .map((c) => c.text)
        .sort(),
    );
    const freed = claims.find((c) => c.text === '116 prisoners were freed on Monday')!;
    expect(freed.id).toBe(t.claims.freed.id);
    expect(freed.verdict).toBe('disputed');
    expect(listAppearances(other, freed.id).map((a) => a.exact)).toEqual([QUOTES.ministry, QUOTES.interim]);
  });

  it('restores the highlights and claimants in a fresh project holding the same articles under other ids', async () => {
    const t = setup();
    const out = path.join(t.dir, 'annotations.jsonld');
    await exportProject(t.project, { format: 'w3c', out });
    const fresh = sampleProject('Bo');
    open.push(fresh.project);
    expect(fresh.us.id).not.toBe(t.us.id);

    const result = importWebAnnotations(fresh.project, read(out), 'annotations.jsonld');
    expect(result).toEqual({ restored: 6, alreadyPresent: 0, unplaced: [] });
    const spans = (p: Project, id: string) => listHighlights(p, id).map((h) => [h.start, h.end]);
    expect(spans(fresh.project, fresh.us.id)).toEqual(spans(t.project, t.us.id));
    expect(spans(fresh.project, fresh.ve.id)).toEqual(spans(t.project, t.ve.id));
    const claimants = (p: Project) =>
      listClaims(p)
        .map((c) => [c.text, c.claimant, c.verdict])
        .sort();
    expect(claimants(fresh.project)).toEqual(claimants(t.project));
  });

  it('finds the article by a quote found in exactly one article when nothing else matches', () => {
    const t = setup();
    const ve = getArticle(t.project, t.ve.id).plainText;
    const { start, end } = rangeOf(ve, QUOTES.usOne);
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'describing', value: 'One US citizen freed' }],
      target: {
        source: 'https://elsewhere.example/story',
        selector: [{ type: 'TextQuoteSelector', exact: QUOTES.usOne }],
      },
    };
    expect(importWebAnnotations(t.project, JSON.stringify(annotation), 'one.jsonld')).toMatchObject({ restored: 1 });
    expect(
      listAppearances(t.project, listClaims(t.project).find((c) => c.text === 'One US citizen freed')!.id),
    ).toMatchObject([{ articleId: t.ve.id, start, end }]);
  });

  it('refuses, naming the file and writing nothing, when no annotation can be placed', async () => {
    const t = setup();
    const out = path.join(t.dir, 'annotations.jsonld');
    await exportProject(t.project, { format: 'w3c', out });
    const empty = newTempProject();
    open.push(empty.project);
    importTextArticle(empty.project, { text: 'Unrelated\n\nNothing about prisoners here.' });
    expect(() => importWebAnnotations(empty.project, read(out), 'annotations.jsonld')).toThrow(
      /annotations\.jsonld: none of its 6 annotations could be placed in this project: 6 × its article is not in this project/,
    );
    expect(listClaims(empty.project)).toEqual([]);
  });

  it('refuses a file that is not JSON or not annotations, naming it', () => {
    const t = setup();
    expect(() => importWebAnnotations(t.project, '{oops', 'bad.jsonld')).toThrow(/bad\.jsonld: is not valid JSON/);
    expect(() => importWebAnnotations(t.project, '{"type":"Book"}', 'book.json')).toThrow(
      /book\.json: is not a W3C Web Annotation file/,
    );
  });
});

describe('CSV and Markdown export', () => {
  it('writes one row per claim and one per span, defusing spreadsheet formulas', async () => {
    const t = setup();
    const hostile = createClaim(t.project, {
      text: '=HYPERLINK("https://evil.example","click")',
      claimant: '+cmd',
      verdict: 'unverified',
      rationale: 'line one\nline "two"',
    });
    addEvidence(t.project, hostile.id, { url: '@SUM(1)' });
    const out = path.join(t.dir, 'report.csv');
    const r = await exportProject(t.project, { format: 'csv', out });
    expect(r.files).toEqual([out, spansCsvPath(out)]);
    const claims = read(out);
    expect(claims.split('\r\n').filter(Boolean)).toHaveLength(1 + 5); // the multi-line cell keeps its bare \n inside quotes
    expect(claims).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(claims).toContain(",'+cmd,");
    expect(claims).toContain(`"line one\nline ""two"""`);
    const spans = read(spansCsvPath(out)).trim().split('\r\n');
    expect(spans).toHaveLength(1 + 6);
    expect(spans[0]).toBe(
      'span_id,claim_number,claim_id,verdict,article_id,article_title,outlet,published_at,start,end,exact,orphaned',
    );
  });

  it('writes a Markdown report with the verdicts in words and every appearance quoted', async () => {
    const t = setup();
    updateClaim(t.project, t.claims.figure.id, { text: 'Figure *116* [sic] | table' });
    const out = path.join(t.dir, 'report.md');
    await exportProject(t.project, { format: 'md', out });
    const md = read(out);
    expect(md).toContain('| 1 | 116 prisoners were freed on Monday | ✗ Disputed | Ministry of Penitentiary Services |');
    expect(md).toContain(
      `> The interim government, led by Vice President Delcy Rodríguez, claims that **${QUOTES.interim}**.`,
    );
    expect(md).toContain(
      '> — Venezuela Starts Freeing Prisoners Under US Pressure · by Aksah Italo · published 14 January 2026',
    );
    expect(md).toContain('- **⚠ Figures differ:** at least 4 ≠ at least 1');
    expect(md).toContain('| more than 400 prisoners had been freed | ✗ Disputed | Jorge Rodríguez | — |');
    expect(md).toContain('Figure \\*116\\* \\[sic\\] \\| table');
    expect(md).toContain('[Foro Penal release count](<https://foropenal.com/>)');
  });

  it('counts one article, one claim and one highlight in the singular (regression: "1 claims, 1 highlights")', async () => {
    const t = newTempProject();
    open.push(t.project);
    const { article } = importTextArticle(t.project, {
      text: 'Prisoners\n\nOfficials said 116 were freed on Monday.',
    });
    createClaimFromSpan(t.project, {
      articleId: article.id,
      ...rangeOf(getArticle(t.project, article.id).plainText, '116 were freed'),
    });
    const md = path.join(t.dir, 'one.md');
    const html = path.join(t.dir, 'one.html');
    await exportProject(t.project, { format: 'md', out: md });
    await exportProject(t.project, { format: 'html', out: html });
    expect(read(md)).toContain('· 1 article, 1 claim, 1 highlight\n');
    expect(read(html)).toContain('<dt>Scope</dt><dd>1 article, 1 claim</dd>');
    expect(read(html)).toContain('<div class="stat"><b>1</b>highlight</div>');
  });
});

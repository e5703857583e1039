/**
 * Regressions for new versions of one article imported on two copies. Per-field last-writer-wins
 * took a highlight's start from one version and its end from the other (the CHECK failed and every
 * later merge failed, both ways), kept only one copy's "version 2", dropped the text one copy had
 * shown, and left a highlight made on the old text over other words with orphaned = 0. A colleague
 * row a constraint refuses is now held and reported instead of failing the merge.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import { getClaim, updateClaim } from '../../../electron/claims/claimStore';
import { claimHistory } from '../../../electron/history/historyStore';
import { importArticleBytes } from '../../../electron/import/importText';
import { openProject } from '../../../electron/project/openProject';
import { createClaimFromSpan, deleteSpan, restoreSpan } from '../../../electron/spans/spanStore';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import type { Project } from '../../../electron/project/project';
import { rangeOf, sampleText, US_SAMPLE } from '../../helpers/tempProject';
import Database from 'better-sqlite3';
import { closeAll, createBase, dumpOf, QUOTES, replicasOf, type Base, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

const ORIGINAL = sampleText(US_SAMPLE);
const INSERTED = 'Officials in Caracas gave no figures for the week, and lawyers for the families asked for lists. ';
/** Ben's version: a sentence added early on, so every later highlight moves. */
const BEN_TEXT = ORIGINAL.replace('The move marks', `${INSERTED}The move marks`);
/** Ana's version: the first quote shortened at its end, so only its end moves. */
const ANA_TEXT = ORIGINAL.replace('released on Monday alone,', 'released on Monday,');

function colleagues(...names: string[]): { base: Base; replicas: Replica[] } {
  const base = createBase();
  const replicas = replicasOf(base, names);
  opened.push(replicas);
  return { base, replicas };
}

async function newVersion(r: Replica, articleId: string, text: string, name: string) {
  const outcome = await importArticleBytes(r.project, name, Buffer.from(text), articleId);
  expect(outcome.newVersion).toBeDefined();
}

interface SpanRow {
  id: string;
  start_offset: number;
  end_offset: number;
  exact: string;
  orphaned: number;
}
const spansOf = (p: Project): SpanRow[] =>
  p.db.prepare('SELECT id, start_offset, end_offset, exact, orphaned FROM spans ORDER BY id').all() as SpanRow[];
const versionTexts = (p: Project, articleId: string): string[] =>
  (
    p.db
      .prepare('SELECT plain_text FROM article_versions WHERE article_id = ? ORDER BY version')
      .pluck()
      .all(articleId) as string[]
  ).sort();

/** Every live, not orphaned highlight covers exactly its quote in the article's current text. */
function expectHighlightsOnTheirWords(p: Project, articleId: string): void {
  const text = getArticle(p, articleId).plainText;
  for (const s of spansOf(p)) {
    if (s.orphaned) continue;
    expect(text.slice(s.start_offset, s.end_offset)).toBe(s.exact);
  }
}

describe('merging new versions of one article made on two copies', () => {
  it('regression: merges both ways, and keeps merging, when both copies imported a new version', async () => {
    const { base, replicas } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    await newVersion(ben, base.articleId, BEN_TEXT, 'us-ben.txt');
    await newVersion(ana, base.articleId, ANA_TEXT, 'us-ana.txt');

    const intoAna = mergeProjectFile(ana.project, ben.file);
    const intoBen = mergeProjectFile(ben.project, ana.file);
    expect(intoAna.held).toBeUndefined();
    expect(intoBen.held).toBeUndefined();
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    // The later import (Ana's) shows, with its highlights on their words.
    expect(getArticle(ben.project, base.articleId).plainText).toBe(getArticle(ana.project, base.articleId).plainText);
    expectHighlightsOnTheirWords(ben.project, base.articleId);
    for (const s of spansOf(ben.project)) expect(s.end_offset).toBeGreaterThan(s.start_offset);

    // Later rounds work too, in both directions.
    updateClaim(ana.project, base.claimIds[0]!, { verdict: 'disputed' });
    expect(mergeProjectFile(ben.project, ana.file)).toMatchObject({ changes: expect.any(Number) });
    expect(mergeProjectFile(ana.project, ben.file)).toMatchObject({ changes: 0 });
    expect(getClaim(ben.project, base.claimIds[0]!).verdict).toBe('disputed');
    expect(dumpOf(ana)).toBe(dumpOf(ben));
  });

  it('regression: keeps every text either copy had among the versions, two copies’ version 2 included', async () => {
    const { base, replicas } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    const anaLater = ANA_TEXT.replace('welcomed the development', 'praised the development');
    const benLater = BEN_TEXT.replace('welcomed the development', 'hailed the development');
    await newVersion(ana, base.articleId, ANA_TEXT, 'us-ana.txt');
    await newVersion(ben, base.articleId, BEN_TEXT, 'us-ben.txt');
    await newVersion(ana, base.articleId, anaLater, 'us-ana-2.txt');
    await newVersion(ben, base.articleId, benLater, 'us-ben-2.txt');
    const texts = [base.text, ana, ben].flatMap((x) =>
      typeof x === 'string' ? [x] : versionTexts(x.project, base.articleId),
    );
    const all = new Set([
      ...texts,
      getArticle(ana.project, base.articleId).plainText,
      getArticle(ben.project, base.articleId).plainText,
    ]);
    expect(all.size).toBe(5);

    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ben.project, ana.file);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    for (const r of [ana, ben]) {
      const shown = getArticle(r.project, base.articleId).plainText;
      const kept = versionTexts(r.project, base.articleId);
      expect(new Set([...kept, shown])).toEqual(all);
      expect(kept).not.toContain(shown);
      expect(new Set(kept).size).toBe(kept.length);
    }
    // Merging again changes nothing.
    const before = dumpOf(ana);
    mergeProjectFile(ana.project, ben.file);
    expect(dumpOf(ana)).toBe(before);
  });

  it('keeps the same versions on both copies when a copy brings back a text a merge had set aside', async () => {
    const { base, replicas } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    await newVersion(ana, base.articleId, ANA_TEXT, 'us-ana.txt');
    await newVersion(ben, base.articleId, BEN_TEXT, 'us-ben.txt');
    mergeProjectFile(ana.project, ben.file);
    await newVersion(ana, base.articleId, ANA_TEXT, 'us-ana-again.txt');
    // Regression: the next import numbered its version by counting them, and collided.
    await newVersion(ana, base.articleId, BEN_TEXT, 'us-ana-third.txt');

    mergeProjectFile(ben.project, ana.file);
    mergeProjectFile(ana.project, ben.file);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    const texts = (p: Project) =>
      new Set([...versionTexts(p, base.articleId), getArticle(p, base.articleId).plainText]);
    expect(texts(ana.project).size).toBe(3);
  });

  it('puts a highlight restored after a new version on its words, the same on both copies', async () => {
    const { base, replicas } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    const spanId = ben.project.db
      .prepare('SELECT id FROM spans WHERE claim_id = ?')
      .pluck()
      .get(base.claimIds[0]!) as string;
    deleteSpan(ben.project, spanId);
    await newVersion(ben, base.articleId, BEN_TEXT, 'us-ben.txt');
    const restored = restoreSpan(ben.project, spanId);
    expectHighlightsOnTheirWords(ben.project, base.articleId);
    // The restore answers where the highlight now is, and its history says it moved.
    expect(restored).toMatchObject({ orphaned: false, exact: QUOTES[0] });
    expect(restored.start).toBe(getArticle(ben.project, base.articleId).plainText.indexOf(QUOTES[0]!));
    expect(
      claimHistory(ben.project, base.claimIds[0]!)
        .filter((h) => h.entityId === spanId)
        .map((h) => h.field),
    ).toContain('re-anchored');

    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ben.project, ana.file);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    expectHighlightsOnTheirWords(ana.project, base.articleId);
  });

  it('regression: moves a highlight made on the old text onto its words in the merged new version', async () => {
    const { base, replicas } = colleagues('Cy', 'Ben');
    const [cy, ben] = replicas as [Replica, Replica];
    const quote = 'A State Department team traveled to Venezuela';
    const { span } = createClaimFromSpan(cy.project, { articleId: base.articleId, ...rangeOf(base.text, quote) });
    await newVersion(ben, base.articleId, BEN_TEXT, 'us-ben.txt');

    mergeProjectFile(cy.project, ben.file);
    mergeProjectFile(ben.project, cy.file);
    expect(dumpOf(cy)).toBe(dumpOf(ben));
    for (const r of [cy, ben]) {
      const text = getArticle(r.project, base.articleId).plainText;
      expect(text).toContain(INSERTED.trim());
      const moved = spansOf(r.project).find((s) => s.id === span.id)!;
      expect(moved).toMatchObject({ orphaned: 0, exact: quote, start_offset: span.start + INSERTED.length });
      expectHighlightsOnTheirWords(r.project, base.articleId);
    }
  });

  it('orphans a highlight made on the old text when the merged new version no longer has it', async () => {
    const { base, replicas } = colleagues('Cy', 'Ben');
    const [cy, ben] = replicas as [Replica, Replica];
    const quote = 'A State Department team traveled to Venezuela to assist with the release';
    const { span } = createClaimFromSpan(cy.project, { articleId: base.articleId, ...rangeOf(base.text, quote) });
    const cut = BEN_TEXT.replace(/A State Department team traveled[^.]*\./, 'Nothing else was said.');
    await newVersion(ben, base.articleId, cut, 'us-ben.txt');

    mergeProjectFile(ben.project, cy.file);
    mergeProjectFile(cy.project, ben.file);
    expect(dumpOf(cy)).toBe(dumpOf(ben));
    expect(spansOf(ben.project).find((s) => s.id === span.id)).toMatchObject({ orphaned: 1 });
    expectHighlightsOnTheirWords(ben.project, base.articleId);
  });

  it('regression: repairs, when an older copy is opened, a highlight an earlier merge left on other words', () => {
    const { base, replicas } = colleagues('Ana');
    const [ana] = replicas as [Replica];
    const spanId = ana.project.db
      .prepare('SELECT id FROM spans WHERE claim_id = ?')
      .pluck()
      .get(base.claimIds[0]!) as string;
    ana.project.close();
    // As an older build left it: offsets from another version of the text, logged and applied,
    // and the sync declaration it applied with (no groups).
    const db = new Database(ana.file);
    const stamp = '2026-01-01T00:00:00.000Z-0000-00000000000000bb';
    db.prepare('UPDATE sync_state SET applying = 1').run();
    db.prepare("INSERT INTO sync_changes (tbl, row_id, hlc, actor) VALUES ('spans', ?, ?, 'Ana')").run(spanId, stamp);
    for (const col of ['start_offset', 'end_offset']) {
      db.prepare(
        `INSERT INTO sync_values (tbl, row_id, col, hlc, value) SELECT 'spans', id, ?, ?, ${col} + 7 FROM spans WHERE id = ?`,
      ).run(col, stamp, spanId);
    }
    db.prepare('UPDATE spans SET start_offset = start_offset + 7, end_offset = end_offset + 7 WHERE id = ?').run(
      spanId,
    );
    const fingerprint = JSON.parse(
      db.prepare('SELECT schema_fingerprint FROM sync_state').pluck().get() as string,
    ) as string[];
    const older = fingerprint.map((e) => e.replace(/@[^=]*/, ''));
    db.prepare('UPDATE sync_state SET applying = 0, schema_fingerprint = ?').run(JSON.stringify(older));
    db.close();

    ana.project = openProject(ana.file, { actor: 'Ana' });
    const span = spansOf(ana.project).find((x) => x.id === spanId)!;
    expect(span).toMatchObject({ orphaned: 0, exact: QUOTES[0] });
    expectHighlightsOnTheirWords(ana.project, base.articleId);
  });

  it('holds a colleague’s row this version refuses and reports it, merging everything else, every time', () => {
    const { base, replicas } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    const claimId = base.claimIds[1]!;
    updateClaim(ana.project, claimId, { verdict: 'verified' });
    const spanId = ana.project.db.prepare('SELECT id FROM spans WHERE claim_id = ?').pluck().get(claimId) as string;
    ana.project.close();
    // A later change no Claimdesk makes: an orphaned highlight whose end lies before its start.
    const db = new Database(ana.file);
    const stamp = '2999-01-01T00:00:00.000Z-0000-00000000000000aa';
    db.prepare("INSERT INTO sync_changes (tbl, row_id, hlc, actor) VALUES ('spans', ?, ?, 'Ana')").run(spanId, stamp);
    const value = db.prepare("INSERT INTO sync_values (tbl, row_id, col, hlc, value) VALUES ('spans', ?, ?, ?, ?)");
    for (const [col, v] of [
      ['start_offset', 50],
      ['end_offset', 40],
      ['orphaned', 1],
    ] as const)
      value.run(spanId, col, stamp, v);
    db.close();

    for (let round = 0; round < 2; round++) {
      const report = mergeProjectFile(ben.project, ana.file);
      expect(report.held).toEqual([{ table: 'spans', rowId: spanId, reason: expect.stringContaining('CHECK') }]);
      expect(report.pending).toBeGreaterThanOrEqual(1);
      expect(getClaim(ben.project, claimId).verdict).toBe('verified');
    }
    const kept = spansOf(ben.project).find((s) => s.id === spanId)!;
    expect(kept.exact).toBe(QUOTES[1]);
    expect(kept.orphaned).toBe(0);
  });
});

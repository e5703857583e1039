/**
 * The scenario, end to end through the command line: a new project, the two sample
 * articles, one claim highlighted in both, a disputed verdict with a note, and the listing and
 * history a checker would read afterwards. Offsets are checked against the stored article text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticleText } from '../../../electron/articles/articleStore';
import { openProject } from '../../../electron/project/openProject';
import { SAMPLE_DIR, tempDir, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

const US_QUOTE = '116 prisoners were released on Monday alone';
const VE_QUOTE = '116 detainees have been freed since January 9';

interface ArticleJson {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  highlightCount: number;
}
interface SpanJson {
  id: string;
  articleId: string;
  claimId: string;
  start: number;
  end: number;
  exact: string;
}
interface ClaimJson {
  id: string;
  text: string;
  claimant: string;
  verdict: string;
  rationale: string;
  updatedBy: string;
}

beforeAll(assertCliBuilt);

describe('claimdesk command line: the fact-checking scenario', () => {
  it('creates a project, imports both articles, links two highlights to one claim, disputes it and shows the history', async () => {
    const dir = tempDir('claimdesk-cli-');
    const file = path.join(dir, 'desk.claimdesk');

    // new: the extension is added when missing.
    const created = await claimdesk(['new', path.join(dir, 'desk'), '--json']);
    expect(created.code).toBe(0);
    expect(created.json()).toEqual({ project: { path: file, title: 'desk' } });

    const imported = await claimdesk([
      'import',
      file,
      path.join(SAMPLE_DIR, US_SAMPLE),
      path.join(SAMPLE_DIR, VENEZUELA_SAMPLE),
      '--json',
    ]);
    expect(imported.code).toBe(0);
    const results = imported.json<{ results: { file: string; status: string; article: ArticleJson }[] }>().results;
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);

    const listed = await claimdesk(['articles', file, '--json']);
    expect(listed.code).toBe(0);
    const articles = listed.json<{ articles: ArticleJson[] }>().articles;
    expect(articles.map((a) => a.id)).toEqual(results.map((r) => r.article.id));
    const [us, ve] = articles as [ArticleJson, ArticleJson];
    expect(us).toMatchObject({
      title: 'US Detainees Released, Political Prisoner Debate Flares',
      outlet: 'Clash Report',
      publishedAt: '2026-01-14',
      highlightCount: 0,
    });
    expect(ve).toMatchObject({
      title: 'Venezuela Starts Freeing Prisoners Under US Pressure',
      publishedAt: '2026-01-14',
    });

    // The first highlight creates the claim; ids may be shortened to 8 characters.
    const first = await claimdesk([
      'annotate',
      file,
      '--article',
      us.id.slice(0, 8),
      '--quote',
      US_QUOTE,
      '--new-claim',
      '116 prisoners have been released',
      '--claimant',
      'Venezuelan government',
      '--as',
      'Ana',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const a1 = first.json<{ span: SpanJson; claim: ClaimJson; claimCreated: boolean; occurrence: number }>();
    expect(a1.claimCreated).toBe(true);
    expect(a1.occurrence).toBe(1);
    expect(a1.span).toMatchObject({ articleId: us.id, claimId: a1.claim.id, exact: US_QUOTE });
    expect(a1.claim).toMatchObject({
      text: '116 prisoners have been released',
      claimant: 'Venezuelan government',
      verdict: 'unverified',
    });
    const claimId = a1.claim.id;

    // The second links to the same claim; the checker's name comes from CLAIMDESK_CHECKER.
    const second = await claimdesk(
      ['annotate', file, '--article', ve.id, '--quote', VE_QUOTE, '--claim', claimId.slice(0, 8), '--json'],
      { env: { CLAIMDESK_CHECKER: 'Ben' } },
    );
    expect(second.code).toBe(0);
    const a2 = second.json<{ span: SpanJson; claim: ClaimJson; claimCreated: boolean }>();
    expect(a2.claimCreated).toBe(false);
    expect(a2.span).toMatchObject({ articleId: ve.id, claimId, exact: VE_QUOTE });

    const note = 'Human-rights groups have verified far fewer releases.';
    const status = await claimdesk(['status', file, claimId, 'disputed', '--note', note, '--as', 'Cy', '--json']);
    expect(status.code).toBe(0);
    expect(status.json()).toMatchObject({
      changed: true,
      claim: { id: claimId, verdict: 'disputed', rationale: note, updatedBy: 'Cy' },
    });

    const claims = await claimdesk(['claims', file, '--json']);
    expect(claims.code).toBe(0);
    const listedClaims = claims.json<{ claims: (ClaimJson & { spans: (SpanJson & { articleTitle: string })[] })[] }>()
      .claims;
    expect(listedClaims).toHaveLength(1);
    const claim = listedClaims[0]!;
    expect(claim).toMatchObject({
      id: claimId,
      verdict: 'disputed',
      claimant: 'Venezuelan government',
      rationale: note,
    });
    expect(claim.spans.map((s) => [s.articleId, s.exact, s.articleTitle])).toEqual([
      [us.id, US_QUOTE, us.title],
      [ve.id, VE_QUOTE, ve.title],
    ]);
    expect(claim.spans.map((s) => [s.id, s.start, s.end])).toEqual([
      [a1.span.id, a1.span.start, a1.span.end],
      [a2.span.id, a2.span.start, a2.span.end],
    ]);

    // The offsets index the stored plain text, the same text the app highlights.
    const project = openProject(file, { actor: 'Test Checker', readOnly: true });
    try {
      for (const s of claim.spans) expect(getArticleText(project, s.articleId).slice(s.start, s.end)).toBe(s.exact);
    } finally {
      project.close();
    }

    const history = await claimdesk(['history', file, claimId.slice(0, 12), '--json']);
    expect(history.code).toBe(0);
    const h = history.json<{ claimId: string; history: Record<string, string>[] }>();
    expect(h.claimId).toBe(claimId);
    expect(h.history.map((e) => [e.actor, e.entity, e.action, e.field, e.oldValue, e.newValue])).toEqual([
      ['Ana', 'claim', 'create', '', '', '116 prisoners have been released'],
      ['Ana', 'claim', 'update', 'claimant', '', 'Venezuelan government'],
      ['Ana', 'span', 'create', us.id, '', US_QUOTE],
      ['Ben', 'span', 'create', ve.id, '', VE_QUOTE],
      ['Cy', 'claim', 'update', 'verdict', 'unverified', 'disputed'],
      ['Cy', 'claim', 'update', 'rationale', '', note],
    ]);
    expect(h.history.map((e) => e.at)).toEqual([...h.history.map((e) => e.at)].sort());

    // The same history for a person: one line per change, oldest first, on stdout.
    const readable = await claimdesk(['history', file, claimId]);
    expect(readable.code).toBe(0);
    const lines = readable.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[4]).toMatch(/ {2}Cy {2}verdict: "unverified" → "disputed"$/);
    expect(readable.stderr).toBe('');

    expect(fs.readdirSync(dir).filter((f) => !f.startsWith('desk.claimdesk'))).toEqual([]);
  });
});

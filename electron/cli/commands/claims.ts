/** `claimdesk claims FILE`: every claim with its verdict, claimant, rationale and highlights. Read-only. */
import { listArticles } from '../../articles/articleStore';
import { listClaims } from '../../claims/claimStore';
import { listSpansByClaim } from '../../spans/spanStore';
import type { Command } from '../command';
import { claimJson, spanJson, type ClaimJson, type SpanJson } from '../jsonShapes';
import { withProject } from '../projectFile';
import { quoted, verdictLabel } from '../textOutput';

type ClaimWithSpans = ClaimJson & { spans: (SpanJson & { articleTitle: string })[] };

/** A claim as a few human-readable lines (also used by `status`). */
export function formatClaim(c: ClaimJson, spans: ClaimWithSpans['spans'] = []): string {
  const lines = [`${c.id}  ${verdictLabel(c.verdict)}  ${quoted(c.text, 100)}`];
  if (c.claimant) lines.push(`  claimant:  ${c.claimant}`);
  if (c.rationale) lines.push(`  rationale: ${c.rationale.replace(/\s+/g, ' ').trim()}`);
  for (const s of spans) {
    // An orphaned span's offsets are where it was before the article's new version; say so.
    const where = s.orphaned ? 'ORPHANED' : `${s.start}-${s.end}`;
    lines.push(
      `  span ${s.id}  article ${s.articleId}  ${where}  ${quoted(s.exact, 70)}  (${quoted(s.articleTitle, 40)})`,
    );
  }
  return lines.join('\n');
}

export const claimsCommand: Command = {
  name: 'claims',
  summary: 'list the claims of a project with their verdicts and highlights',
  synopsis: 'claims FILE',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {},
  details: [
    'Claims are listed oldest first; each claim\'s highlights ("spans") in article import order,',
    "then by position. start and end are offsets into the article's plain text (UTF-16 code units),",
    'the same offsets the app and exported reports use. A span whose passage a new version of its',
    'article no longer holds is orphaned: listed as ORPHANED (orphaned: true in JSON, start and end',
    'then being where it last was) and not drawn in the article. Opens the project read-only.',
  ].join('\n'),
  jsonShape: [
    '{ "claims": [ { id, text, claimant, verdict, rationale, createdAt, createdBy, updatedAt, updatedBy,',
    '                evidenceCount, "spans": [ { id, articleId, claimId, start, end, exact, orphaned, articleTitle } ] } ] }',
  ].join('\n'),
  run(ctx) {
    const claims = withProject(ctx.args[0]!, { actor: ctx.actor(), readOnly: true }, (project): ClaimWithSpans[] => {
      const articles = listArticles(project);
      const order = new Map(articles.map((a, i) => [a.id, i]));
      const titles = new Map(articles.map((a) => [a.id, a.title]));
      const spansByClaim = listSpansByClaim(project);
      return listClaims(project).map((claim) => {
        const spans = [...(spansByClaim.get(claim.id) ?? [])]
          .sort(
            (a, b) =>
              (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start || a.end - b.end,
          )
          .map((s) => ({ ...spanJson(s), articleTitle: titles.get(s.articleId) ?? '' }));
        return { ...claimJson(claim), spans };
      });
    });
    return {
      json: { claims },
      text: claims.map((c) => formatClaim(c, c.spans)).join('\n\n'),
      messages: claims.length ? [] : ['The project has no claims yet; add one with `claimdesk annotate`.'],
    };
  },
};

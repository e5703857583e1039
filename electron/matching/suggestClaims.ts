/**
 * "Which existing claim is this?" When a checker selects a passage, the project's live claims are
 * ranked by how likely the passage restates them (shared/matching/rankClaims.ts), using the
 * passage, the rest of its sentence as context, and each claim's text, claimant and the exact
 * quotes of its appearances. Claims already highlighted on an overlapping passage of this article
 * are left out: the checker sees those highlights already.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { rankClaims, type ClaimCandidate, type ClaimMatch } from '../../shared/matching/rankClaims';
import { isValidRange } from '../../shared/text/quoteSelector';
import { sentenceBounds } from '../../shared/text/sentences';
import { getArticleText } from '../articles/articleStore';
import type { Project } from '../project/project';
import type { SpanRange } from '../spans/spanStore';

export const SUGGESTION_LIMIT = 5;
/** How far context reaches at most on each side, when no sentence break comes first. */
const CONTEXT_REACH = 300;

/** The rest of the selection's sentence(s), before and after it. */
export function sentenceContext(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end, CONTEXT_REACH);
  return `${text.slice(from, start)} ${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
}

interface CandidateRow {
  id: string;
  text: string;
  claimant: string;
  quotes: string | null;
  overlaps: number;
}

export function suggestClaims(project: Project, range: SpanRange): ClaimMatch[] {
  const text = getArticleText(project, range.articleId);
  if (!isValidRange(text, range.start, range.end)) {
    throw new ClaimdeskError(
      'invalid-input',
      `Selection ${range.start}-${range.end} is outside the article's text (0-${text.length}).`,
    );
  }
  // One row per live claim: its quotes (JSON array), and whether it already covers this selection.
  const rows = project.db
    .prepare(
      `SELECT c.id, c.text, c.claimant,
         (SELECT json_group_array(s.exact) FROM spans s JOIN articles a ON a.id = s.article_id
           WHERE s.claim_id = c.id AND s.deleted_at IS NULL AND a.deleted_at IS NULL) AS quotes,
         EXISTS (SELECT 1 FROM spans s WHERE s.claim_id = c.id AND s.deleted_at IS NULL AND s.orphaned = 0
           AND s.article_id = @articleId AND s.start_offset < @end AND s.end_offset > @start) AS overlaps
       FROM claims c WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`,
    )
    .all(range) as CandidateRow[];
  const candidates: ClaimCandidate[] = rows
    .filter((r) => r.overlaps === 0)
    .map((r) => ({ id: r.id, text: r.text, claimant: r.claimant, quotes: JSON.parse(r.quotes ?? '[]') as string[] }));
  const passage = { text: text.slice(range.start, range.end), context: sentenceContext(text, range.start, range.end) };
  return rankClaims(passage, candidates, { limit: SUGGESTION_LIMIT });
}

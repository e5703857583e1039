/**
 * The figures each appearance of a claim states, and where they differ (116 in one article, 56 in
 * another): shared/matching/differingFigures.ts applied to the claim's live appearances, orphaned
 * ones included since their quotes still say what the article said. Each appearance also says
 * whom its article attributes the statement to (shared/matching/attribution.ts).
 */
import { compareFigures, type AppearanceFigures, type FigureDifference } from '../../shared/matching/differingFigures';
import { attributionOf } from '../../shared/matching/attribution';
import { offsetsHold } from '../../shared/text/quoteSelector';
import { getArticleText } from '../articles/articleStore';
import { getClaim } from '../claims/claimStore';
import type { Project } from '../project/project';
import { listAppearances } from '../spans/spanStore';

export interface AppearanceFiguresRecord {
  spanId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  /** Who the article says made the statement; "" when it does not say. */
  attributedTo: string;
  figures: AppearanceFigures['figures'];
}

export interface ClaimFigures {
  claimId: string;
  appearances: AppearanceFiguresRecord[];
  differences: FigureDifference[];
  summary: string;
}

export function claimFigures(project: Project, claimId: string): ClaimFigures {
  getClaim(project, claimId);
  const appearances = listAppearances(project, claimId);
  const comparison = compareFigures(appearances);
  const texts = new Map<string, string>();
  const textOf = (articleId: string) => {
    if (!texts.has(articleId)) texts.set(articleId, getArticleText(project, articleId));
    return texts.get(articleId)!;
  };
  // Where a highlight's offsets no longer point at its quote, read only its own stored context.
  const attributed = (a: (typeof appearances)[number]) =>
    offsetsHold(textOf(a.articleId), a)
      ? attributionOf(textOf(a.articleId), a.start, a.end)
      : attributionOf(a.prefix + a.exact + a.suffix, a.prefix.length, a.prefix.length + a.exact.length);
  return {
    claimId,
    appearances: appearances.map((a, i) => ({
      spanId: a.id,
      articleId: a.articleId,
      articleTitle: a.articleTitle,
      exact: a.exact,
      attributedTo: attributed(a),
      figures: comparison.appearances[i]!.figures,
    })),
    differences: comparison.differences,
    summary: comparison.summary,
  };
}

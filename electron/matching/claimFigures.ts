/**
 * The figures each appearance of a claim states, and where they differ (116 in one article, 56 in
 * another): shared/matching/differingFigures.ts applied to the claim's live appearances, orphaned
 * ones included since their quotes still say what the article said. Each appearance also says
 * whom its article attributes the statement to (shared/matching/attribution.ts).
 */
import { compareFigures, type AppearanceFigures, type FigureDifference } from '../../shared/matching/differingFigures';
import { attributionOf } from '../../shared/matching/attribution';
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
  const comparison = compareFigures(
    appearances.map((a) => ({ id: a.id, exact: a.exact, prefix: a.prefix, suffix: a.suffix })),
  );
  const texts = new Map<string, string>();
  const textOf = (articleId: string) => {
    if (!texts.has(articleId)) texts.set(articleId, getArticleText(project, articleId));
    return texts.get(articleId)!;
  };
  // An orphaned highlight's offsets no longer point at its quote: read only its own context then.
  const attributed = (a: (typeof appearances)[number]) =>
    a.orphaned
      ? attributionOf(a.prefix + a.exact + a.suffix, a.prefix.length, a.prefix.length + a.exact.length)
      : attributionOf(textOf(a.articleId), a.start, a.end);
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

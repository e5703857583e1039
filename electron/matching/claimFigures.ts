/**
 * The figures each appearance of a claim states, and where they differ (116 in one article, 56 in
 * another): shared/matching/differingFigures.ts applied to the claim's live appearances, orphaned
 * ones included since their quotes still say what the article said.
 */
import { compareFigures, type AppearanceFigures, type FigureDifference } from '../../shared/matching/differingFigures';
import { getClaim } from '../claims/claimStore';
import type { Project } from '../project/project';
import { listAppearances } from '../spans/spanStore';

export interface AppearanceFiguresRecord {
  spanId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
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
  return {
    claimId,
    appearances: appearances.map((a, i) => ({
      spanId: a.id,
      articleId: a.articleId,
      articleTitle: a.articleTitle,
      exact: a.exact,
      figures: comparison.appearances[i]!.figures,
    })),
    differences: comparison.differences,
    summary: comparison.summary,
  };
}

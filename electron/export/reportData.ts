/**
 * Gathers what a report shows, with the user's filters applied: the claims (numbered in report
 * order), their evidence, appearances and history, and the articles with their highlights. Every
 * export format is a view of this one structure, so they never disagree about what is in scope.
 */
import type { Article, Claim, Evidence, HistoryEntry, Appearance } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { VERDICTS } from '../../shared/domain/verdict';
import { getArticle, listArticles } from '../articles/articleStore';
import { listClaims } from '../claims/claimStore';
import { listEvidence } from '../evidence/evidenceStore';
import { claimHistory } from '../history/historyStore';
import { projectTitle } from '../project/openProject';
import type { Project } from '../project/project';
import { listAppearances } from '../spans/spanStore';

export interface ReportFilter {
  articleIds?: string[];
  claimIds?: string[];
  verdicts?: Verdict[];
}

export interface ReportClaim {
  number: number;
  claim: Claim;
  evidence: Evidence[];
  /** Appearances inside the report's articles, orphaned ones included (flagged). */
  appearances: Appearance[];
  history: HistoryEntry[];
}

export interface ReportHighlight {
  spanId: string;
  claimNumber: number;
  verdict: Verdict;
  start: number;
  end: number;
}

export interface ReportArticle {
  article: Article;
  highlights: ReportHighlight[];
}

export interface ReportData {
  title: string;
  generatedAt: string;
  checkers: string[];
  counts: Record<Verdict, number>;
  claims: ReportClaim[];
  articles: ReportArticle[];
}

export function loadReportData(project: Project, filter: ReportFilter = {}, now = new Date()): ReportData {
  const articleScope = filter.articleIds?.length ? new Set(filter.articleIds) : undefined;
  const articles = listArticles(project).filter((a) => !articleScope || articleScope.has(a.id));
  const inScope = new Set(articles.map((a) => a.id));

  const claims: ReportClaim[] = [];
  for (const claim of listClaims(project)) {
    if (filter.claimIds?.length && !filter.claimIds.includes(claim.id)) continue;
    if (filter.verdicts?.length && !filter.verdicts.includes(claim.verdict)) continue;
    const appearances = listAppearances(project, claim.id).filter((a) => inScope.has(a.articleId));
    // With an article filter, a claim belongs to the report only if it appears in those articles.
    if (articleScope && appearances.length === 0) continue;
    claims.push({
      number: claims.length + 1,
      claim,
      evidence: listEvidence(project, claim.id),
      appearances,
      history: claimHistory(project, claim.id),
    });
  }

  const reportArticles = articles.map((summary) => {
    const highlights: ReportHighlight[] = [];
    for (const c of claims) {
      for (const a of c.appearances) {
        if (a.articleId === summary.id && !a.orphaned) {
          highlights.push({
            spanId: a.id,
            claimNumber: c.number,
            verdict: c.claim.verdict,
            start: a.start,
            end: a.end,
          });
        }
      }
    }
    highlights.sort((x, y) => x.start - y.start || y.end - x.end);
    return { article: getArticle(project, summary.id), highlights };
  });

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.claim.verdict]++;
  const checkers = new Set<string>();
  for (const c of claims) {
    checkers.add(c.claim.createdBy);
    for (const h of c.history) checkers.add(h.actor);
  }
  return {
    title: projectTitle(project),
    generatedAt: now.toISOString(),
    checkers: [...checkers].filter(Boolean).sort(),
    counts,
    claims,
    articles: reportArticles,
  };
}

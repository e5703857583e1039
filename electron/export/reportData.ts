/**
 * Gathers what a report shows, with the user's filters applied: the claims (numbered in report
 * order), their evidence, appearances and history, and the articles with their highlights. Every
 * export format is a view of this one structure, so they never disagree about what is in scope.
 */
import type { Article, Claim, Evidence, HistoryEntry, Appearance } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { VERDICTS } from '../../shared/domain/verdict';
import { compareFigures, type FigureComparison } from '../../shared/matching/differingFigures';
import { offsetsHold } from '../../shared/text/quoteSelector';
import { getArticle, listArticles } from '../articles/articleStore';
import { listClaims } from '../claims/claimStore';
import { listEvidence } from '../evidence/evidenceStore';
import { claimHistory } from '../history/historyStore';
import { projectTitle } from '../project/openProject';
import type { Project } from '../project/project';
import { listAppearances } from '../spans/spanStore';
import { quoteContext, storedContext, type QuoteContext } from './quoteContext';

export interface ReportFilter {
  articleIds?: string[];
  claimIds?: string[];
  verdicts?: Verdict[];
}

/** An appearance with what its card shows: the article's author and the quote's sentence around it. */
export interface ReportAppearance extends Appearance {
  author: string;
  context: QuoteContext;
}

export interface ReportClaim {
  number: number;
  claim: Claim;
  evidence: Evidence[];
  /** Appearances inside the report's articles, orphaned ones included (flagged). */
  appearances: ReportAppearance[];
  /** The figures each appearance states, and where they differ (the same comparison as the app's). */
  figures: FigureComparison;
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
  /** Everyone who created or changed a claim, highlight or piece of evidence in the report. */
  checkers: string[];
  /** Earliest and latest publication date of the report's articles (YYYY-MM-DD), empty when none is known. */
  publishedRange: { from: string; to: string };
  highlightCount: number;
  counts: Record<Verdict, number>;
  claims: ReportClaim[];
  articles: ReportArticle[];
}

export interface LoadOptions {
  /** The title on the cover and running header for this export only (else the project's title). */
  title?: string;
  now?: Date;
}

export function loadReportData(project: Project, filter: ReportFilter = {}, opts: LoadOptions = {}): ReportData {
  const articleScope = filter.articleIds?.length ? new Set(filter.articleIds) : undefined;
  const articles = listArticles(project).filter((a) => !articleScope || articleScope.has(a.id));
  const inScope = new Set(articles.map((a) => a.id));
  const loaded = new Map<string, Article>();
  const articleOf = (id: string) => {
    if (!loaded.has(id)) loaded.set(id, getArticle(project, id));
    return loaded.get(id)!;
  };
  const withContext = (a: Appearance): ReportAppearance => {
    const article = articleOf(a.articleId);
    return {
      ...a,
      author: article.author,
      context: offsetsHold(article.plainText, a)
        ? quoteContext(article.plainText, a.start, a.end)
        : storedContext(a.prefix, a.suffix),
    };
  };

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
      appearances: appearances.map(withContext),
      // The same input as the app's claimFigures (electron/matching/claimFigures.ts), so both flag alike.
      figures: compareFigures(appearances),
      history: claimHistory(project, claim.id),
    });
  }

  const reportArticles = articles.map((summary) => {
    const article = articleOf(summary.id);
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
    return { article, highlights };
  });

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.claim.verdict]++;
  const checkers = new Set<string>();
  for (const c of claims) {
    checkers.add(c.claim.createdBy);
    for (const a of c.appearances) checkers.add(a.createdBy);
    for (const h of c.history) checkers.add(h.actor);
  }
  const dates = articles
    .map((a) => a.publishedAt.slice(0, 10))
    .filter(Boolean)
    .sort();
  return {
    title: opts.title?.trim() || projectTitle(project),
    generatedAt: (opts.now ?? new Date()).toISOString(),
    checkers: [...checkers].filter((c) => c.trim()).sort((x, y) => x.localeCompare(y)),
    publishedRange: { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' },
    highlightCount: reportArticles.reduce((n, a) => n + a.highlights.length, 0),
    counts,
    claims,
    articles: reportArticles,
  };
}

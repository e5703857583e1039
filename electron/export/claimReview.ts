/**
 * schema.org ClaimReview JSON-LD, one per claim: the format search engines and fact-check
 * aggregators read. The rating scale is 1 (disputed) to 3 (verified); `alternateName` carries
 * the verdict in words, which is what readers and aggregators show. The claimant is typed as an
 * Organization or a Person by its name (agentType.ts); the review's author is the fact-checking
 * organisation when one is given, else the checkers, each a Person (a login name is never
 * presented as an organisation).
 */
import { VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';
import type { ReportClaim, ReportData } from './reportData';
import { safeUrl } from './htmlEscape';
import { schemaAgent } from './agentType';

export interface ClaimReviewOptions {
  /** The fact-checking organisation publishing the reviews; without it, the checkers (as Persons) are the author. */
  organization?: string;
  /** Where the published reviews live; each review's url is this plus #claim-<id>. */
  baseUrl?: string;
}

const RATING: Record<Verdict, number> = { disputed: 1, unverified: 2, verified: 3 };

type Agent = { '@type': 'Organization' | 'Person'; name: string };

/** The review's author: the organisation, else the checkers, else the project as the publisher. */
function reviewAuthor(data: ReportData, opts: ClaimReviewOptions): Agent | Agent[] {
  const organization = opts.organization?.trim();
  if (organization) return { '@type': 'Organization', name: organization };
  const people = data.checkers.map((name): Agent => ({ '@type': 'Person', name }));
  if (people.length === 1) return people[0]!;
  return people.length ? people : { '@type': 'Organization', name: data.title };
}

function review(c: ReportClaim, data: ReportData, opts: ClaimReviewOptions): Record<string, unknown> {
  const appearances = c.appearances.map((a) => {
    const article = data.articles.find((x) => x.article.id === a.articleId)?.article;
    const url = article?.url ? safeUrl(article.url) : undefined;
    return {
      '@type': 'CreativeWork',
      ...(url ? { url } : {}),
      headline: a.articleTitle,
      ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
      ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    };
  });
  const dated = appearances
    .filter((a) => 'datePublished' in a)
    .sort((x, y) => String(x.datePublished).localeCompare(String(y.datePublished)));
  const base = opts.baseUrl ? safeUrl(opts.baseUrl) : undefined;
  return {
    '@type': 'ClaimReview',
    ...(base ? { url: `${base.split('#')[0]}#claim-${c.claim.id}` } : {}),
    claimReviewed: c.claim.text,
    datePublished: c.claim.updatedAt.slice(0, 10),
    author: reviewAuthor(data, opts),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[c.claim.verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: VERDICT_STYLES[c.claim.verdict].label,
      ...(c.claim.rationale ? { ratingExplanation: c.claim.rationale } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(c.claim.claimant.trim() ? { author: schemaAgent(c.claim.claimant) } : {}),
      ...(dated[0] ? { datePublished: dated[0].datePublished, firstAppearance: dated[0] } : {}),
      appearance: appearances,
    },
  };
}

/** A JSON-LD document holding one ClaimReview per claim in the report. */
export function claimReviewJsonLd(data: ReportData, opts: ClaimReviewOptions = {}): string {
  return (
    JSON.stringify(
      { '@context': 'https://schema.org', '@graph': data.claims.map((c) => review(c, data, opts)) },
      null,
      2,
    ) + '\n'
  );
}

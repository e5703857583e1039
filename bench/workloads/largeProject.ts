/**
 * The large-project workload: 2,000 articles (about 3,000 characters each), 20,000 claims and
 * 60,000 highlights (each claim appears in three articles, 30 highlights per article). Seeded.
 */
import path from 'node:path';
import { createProject } from '../../electron/project/openProject';
import { VERDICTS } from '../../shared/domain/verdict';
import { seededRandom } from '../../tests/helpers/generatedArticles';
import { passageAt, writeRows, type GeneratedArticle, type GeneratedClaim, type GeneratedSpan } from './bulkRows';
import { NewsText } from './newsText';
import { seededUuids } from './seededIds';

export const LARGE_PROJECT = {
  articles: 2_000,
  claims: 20_000,
  highlights: 60_000,
  articleChars: 3_000,
  seed: 2_000,
} as const;

export interface LargeProjectWorkload {
  file: string;
  /** Words that occur in the project, for search queries (frequent to rare). */
  searchWords: string[];
}

export function buildLargeProject(dir: string, size = LARGE_PROJECT): LargeProjectWorkload {
  const rand = seededRandom(size.seed);
  const uuid = seededUuids(rand);
  const text = new NewsText(rand);
  const articles: GeneratedArticle[] = Array.from({ length: size.articles }, (_, i) => ({
    id: uuid(),
    title: `Article ${String(i + 1).padStart(4, '0')}: ${text.sentence().slice(0, 70)}`,
    paragraphs: text.paragraphs(size.articleChars),
  }));
  const claims: GeneratedClaim[] = Array.from({ length: size.claims }, (_, i) => ({
    id: uuid(),
    text: `${text.sentence()} (${i + 1})`,
    verdict: VERDICTS[i % VERDICTS.length]!,
  }));
  const perArticle = size.highlights / size.articles;
  let next = 0;
  const place = (articleId: string, plain: string): GeneratedSpan[] => {
    const out: GeneratedSpan[] = [];
    const step = plain.length / perArticle;
    for (let i = 0; out.length < perArticle && i < perArticle * 4; i++) {
      const p = passageAt(plain, Math.floor((out.length + rand() * 0.5) * step), rand);
      if (!p) continue;
      // Claim k's three highlights land in three different articles, far apart in the list.
      out.push({ id: uuid(), articleId, claimId: claims[next++ % claims.length]!.id, ...p });
    }
    return out;
  };
  const file = path.join(dir, 'large-project.claimdesk');
  const project = createProject(file, { actor: 'Bench', installationId: 'bench-large' });
  try {
    writeRows(project, articles, claims, place);
  } finally {
    project.close();
  }
  const sample = articles[7]!.paragraphs[0]!.split(' ');
  return { file, searchWords: ['government', 'minister', ...sample.filter((w) => w.length > 6).slice(0, 6)] };
}

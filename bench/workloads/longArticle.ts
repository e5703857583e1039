/**
 * The long-article workload: one article of about 600,000 characters (~100k words) carrying 5,000
 * highlights, a fifth of them overlapping the one before, linked to 1,000 claims, plus a short note
 * listed first (the app opens it at start, so opening the long one is a measured click). Seeded.
 */
import path from 'node:path';
import { createProject } from '../../electron/project/openProject';
import { VERDICTS } from '../../shared/domain/verdict';
import { seededRandom } from '../../tests/helpers/generatedArticles';
import { passageAt, writeRows, type GeneratedClaim, type GeneratedSpan } from './bulkRows';
import { NewsText } from './newsText';
import { seededUuids } from './seededIds';

export const LONG_ARTICLE = { chars: 600_000, highlights: 5_000, claims: 1_000, seed: 600 } as const;

export interface LongArticleWorkload {
  file: string;
  articleId: string;
  title: string;
  plainText: string;
  spans: GeneratedSpan[];
}

export function buildLongArticle(dir: string, size = LONG_ARTICLE): LongArticleWorkload {
  const rand = seededRandom(size.seed);
  const uuid = seededUuids(rand);
  const text = new NewsText(rand);
  const title = 'Bench: the long article';
  const note = { id: uuid(), title: 'Bench: a short note', paragraphs: text.paragraphs(1_000) };
  // Every tenth paragraph becomes a short heading (bulkRows.ts), so ask for a little more text.
  const article = { id: uuid(), title, paragraphs: text.paragraphs(Math.round(size.chars * 1.1)) };
  const claims: GeneratedClaim[] = Array.from({ length: size.claims }, (_, i) => ({
    id: uuid(),
    text: `Claim ${i + 1}: ${text.sentence()}`,
    verdict: VERDICTS[i % VERDICTS.length]!,
  }));
  const spans: GeneratedSpan[] = [];
  const place = (id: string, plain: string): GeneratedSpan[] => {
    if (id !== article.id) return [];
    const step = plain.length / size.highlights;
    for (let i = 0; spans.length < size.highlights && i < size.highlights * 2; i++) {
      const prev = spans[spans.length - 1];
      // One in five starts inside the previous highlight: overlaps, as when two claims share words.
      const from =
        prev && rand() < 0.2
          ? prev.start + Math.floor((prev.end - prev.start) / 2)
          : Math.floor(spans.length * step + rand() * step * 0.5);
      const p = passageAt(plain, from, rand);
      if (!p) continue;
      spans.push({ id: uuid(), articleId: article.id, claimId: claims[Math.floor(rand() * claims.length)]!.id, ...p });
    }
    return spans;
  };
  const file = path.join(dir, 'long-article.claimdesk');
  const project = createProject(file, { actor: 'Bench', installationId: 'bench-long' });
  let plainText = '';
  try {
    plainText = writeRows(project, [note, article], claims, place).plainTexts.get(article.id)!;
  } finally {
    project.close();
  }
  return { file, articleId: article.id, title, plainText, spans };
}

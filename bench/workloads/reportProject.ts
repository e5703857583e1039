/**
 * The report workload: 60 articles of about 15,000 characters with five highlights each (300
 * claims), which prints as a report of 300-odd pages. Seeded.
 */
import path from 'node:path';
import { createProject } from '../../electron/project/openProject';
import { VERDICTS } from '../../shared/domain/verdict';
import { seededRandom } from '../../tests/helpers/generatedArticles';
import { passageAt, writeRows, type GeneratedSpan } from './bulkRows';
import { NewsText } from './newsText';
import { seededUuids } from './seededIds';

export function buildReportProject(dir: string): string {
  const rand = seededRandom(300);
  const uuid = seededUuids(rand);
  const text = new NewsText(rand);
  const articles = Array.from({ length: 60 }, (_, i) => ({
    id: uuid(),
    title: `Report article ${i + 1}`,
    paragraphs: text.paragraphs(15_000),
  }));
  const claims = Array.from({ length: 300 }, (_, i) => ({
    id: uuid(),
    text: text.sentence(),
    verdict: VERDICTS[i % VERDICTS.length]!,
  }));
  let next = 0;
  const place = (articleId: string, plain: string): GeneratedSpan[] => {
    const out: GeneratedSpan[] = [];
    for (let k = 0; out.length < 5 && k < 20; k++) {
      const p = passageAt(plain, Math.floor(((out.length + rand() * 0.5) * plain.length) / 5), rand);
      if (p) out.push({ id: uuid(), articleId, claimId: claims[next++ % claims.length]!.id, ...p });
    }
    return out;
  };
  const file = path.join(dir, 'report.claimdesk');
  const project = createProject(file, { actor: 'Bench', installationId: 'bench-report' });
  try {
    writeRows(project, articles, claims, place);
  } finally {
    project.close();
  }
  return file;
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import { exportProject } from '../../../electron/export/exportProject';
import { storeDraft } from '../../../electron/import/importText';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { generatedParagraphs, seededRandom } from '../../helpers/generatedArticles';
import { pdfPages } from '../../helpers/pdfTools';
import { newTempProject } from '../../helpers/tempProject';

describe('a 300-page report', () => {
  it('exports with the Node side’s memory staying bounded', async () => {
    const { project, dir } = newTempProject();
    const rand = seededRandom(300);
    for (let i = 0; i < 60; i++) {
      const paragraphs = generatedParagraphs(rand, 15_000);
      const { article } = storeDraft(
        project,
        {
          meta: { title: `Generated article ${i + 1}`, outlet: 'Wire', author: '', publishedAt: '2026-01-14', url: '' },
          blocks: paragraphs.map((p) => ({ kind: 'paragraph', runs: [{ text: p }] })),
          language: 'en',
        },
        `gen-${i}.txt`,
      );
      const text = getArticle(project, article.id).plainText;
      for (let k = 0; k < 5; k++) {
        const start = Math.floor(rand() * (text.length - 80));
        createClaimFromSpan(
          project,
          { articleId: article.id, start, end: start + 40 + Math.floor(rand() * 40) },
          { verdict: (['verified', 'disputed', 'unverified'] as const)[k % 3] },
        );
      }
    }
    const out = path.join(dir, 'big.pdf');
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      await exportProject(project, { format: 'pdf', out });
    } finally {
      clearInterval(sampler);
      project.close();
    }
    expect(pdfPages(out)).toBeGreaterThanOrEqual(300);
    // The report HTML of ~1 MB of article text is built in memory once; nothing grows with pages.
    expect(peak - baseline).toBeLessThan(200 * 1024 * 1024);
  }, 180_000);
});

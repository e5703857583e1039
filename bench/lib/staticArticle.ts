/**
 * The baseline article page: the same body with the same highlights as static `<mark>` HTML
 * (the report's body renderer), styled like the app's marks, for Chromium to parse and lay out.
 */
import { articleBodyHtml } from '../../electron/export/articleBodyHtml';
import type { ReportHighlight } from '../../electron/export/reportData';
import type { Verdict } from '../../shared/domain/verdict';
import { plainTextOfBody } from '../../shared/text/plainTextProjection';

export function staticArticleHtml(
  bodyJson: string,
  highlights: readonly { spanId: string; start: number; end: number; verdict: Verdict }[],
): string {
  const marks: ReportHighlight[] = highlights.map((h, i) => ({ ...h, claimNumber: i + 1 }));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; }
    mark { background: #fde68a; } mark[data-verdict="disputed"] { background: #fecaca; }
  </style></head><body><article class="static-article">${articleBodyHtml(bodyJson, plainTextOfBody(bodyJson), marks)}</article></body></html>`;
}

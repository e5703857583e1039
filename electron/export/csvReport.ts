/**
 * The report as CSV, for spreadsheets: one row per claim, and one row per span (highlight).
 * RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with a quote mark.
 */
import type { ReportData } from './reportData';

function cell(value: string | number): string {
  let s = String(value);
  // CSV injection: =, +, -, @ (and tab/CR) at the start make Excel and LibreOffice evaluate a formula.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const rows = (header: string[], body: (string | number)[][]) =>
  [header, ...body].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

export function claimsCsv(data: ReportData): string {
  return rows(
    [
      'number',
      'claim_id',
      'claim',
      'verdict',
      'claimant',
      'rationale',
      'evidence',
      'appearances',
      'updated_at',
      'updated_by',
    ],
    data.claims.map((c) => [
      c.number,
      c.claim.id,
      c.claim.text,
      c.claim.verdict,
      c.claim.claimant,
      c.claim.rationale,
      c.evidence.map((e) => [e.url, e.citation, e.note].filter(Boolean).join(' — ')).join(' | '),
      c.appearances.length,
      c.claim.updatedAt,
      c.claim.updatedBy,
    ]),
  );
}

export function spansCsv(data: ReportData): string {
  return rows(
    [
      'span_id',
      'claim_number',
      'claim_id',
      'verdict',
      'article_id',
      'article_title',
      'outlet',
      'published_at',
      'start',
      'end',
      'exact',
      'orphaned',
    ],
    data.claims.flatMap((c) =>
      c.appearances.map((a) => [
        a.id,
        c.number,
        c.claim.id,
        c.claim.verdict,
        a.articleId,
        a.articleTitle,
        a.outlet,
        a.publishedAt,
        a.start,
        a.end,
        a.exact,
        a.orphaned ? 'yes' : 'no',
      ]),
    ),
  );
}

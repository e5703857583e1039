/** The report as Markdown: summary table, each claim with its appearances, for wikis and chat tools. */
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';
import type { ReportData } from './reportData';
import { dateRange, longDate, plural } from './reportDates';

/** Escapes the characters that would change Markdown structure inside a table cell or a line. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');
const verdict = (v: Verdict) => `${VERDICT_STYLES[v].symbol} ${VERDICT_STYLES[v].label}`;

export function markdownReport(data: ReportData): string {
  const out: string[] = [];
  out.push(`# ${md(data.title)} — fact-check report`, '');
  const published = dateRange(data.publishedRange) || '—';
  const scope = `${plural(data.articles.length, 'article')}, ${plural(data.claims.length, 'claim')}, ${plural(data.highlightCount, 'highlight')}`;
  out.push(
    `Generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC · Prepared by: ${md(data.checkers.join(', ') || '—')} · Articles published: ${md(published)} · ${scope}`,
    '',
  );
  out.push(VERDICTS.map((v) => `**${verdict(v)}:** ${data.counts[v]}`).join(' · '), '');
  out.push('| # | Claim | Verdict | Claimant | Rationale |', '|---|---|---|---|---|');
  for (const c of data.claims) {
    const flag = c.figures.summary ? ` (⚠ figures differ: ${md(c.figures.summary)})` : '';
    out.push(
      `| ${c.number} | ${md(c.claim.text)}${flag} | ${verdict(c.claim.verdict)} | ${md(c.claim.claimant) || '—'} | ${md(c.claim.rationale) || '—'} |`,
    );
  }
  for (const c of data.claims) {
    out.push('', `## ${c.number}. ${md(c.claim.text)}`, '');
    out.push(`- **Verdict:** ${verdict(c.claim.verdict)}`);
    out.push(`- **Claimant:** ${md(c.claim.claimant) || '—'}`);
    out.push(`- **Rationale:** ${md(c.claim.rationale) || '—'}`);
    for (const e of c.evidence) {
      const label = md(e.citation || e.url);
      out.push(
        `- **Evidence:** ${e.url ? `[${label}](<${e.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label}${e.note ? ` — ${md(e.note)}` : ''}`,
      );
    }
    if (c.figures.summary) out.push(`- **⚠ Figures differ:** ${md(c.figures.summary)}`);
    out.push('', '**Appearances**', '');
    for (const a of c.appearances) {
      const where = [
        a.articleTitle,
        a.outlet,
        a.author && `by ${a.author}`,
        a.publishedAt && `published ${longDate(a.publishedAt)}`,
      ]
        .filter(Boolean)
        .map(md)
        .join(' · ');
      const { before, after, cutBefore, cutAfter } = a.context;
      out.push(
        `> ${cutBefore ? '…' : ''}${md(before)}**${md(a.exact)}**${md(after)}${cutAfter ? '…' : ''}`,
        `>`,
        `> — ${where}${a.orphaned ? ' *(not found in the current version)*' : ''}`,
        '',
      );
    }
  }
  return out.join('\n') + '\n';
}

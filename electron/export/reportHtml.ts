/**
 * The annotated report as one self-contained HTML document (no script, no remote resource; a CSP
 * meta tag forbids both), printed to PDF by either engine or saved as the HTML export.
 */
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';
import type { HistoryEntry } from '../../shared/domain/types';
import { dateRange, longDate, noun, plural } from './reportDates';
import { articleBodyHtml } from './articleBodyHtml';
import { esc, safeUrl } from './htmlEscape';
import type { ReportAppearance, ReportArticle, ReportClaim, ReportData } from './reportData';
import { reportCss } from './reportStyles';

export interface ReportOptions {
  /** Adds an appendix with each claim's change history. */
  history?: boolean;
}

const chip = (v: Verdict) =>
  `<span class="chip v-${v}">${VERDICT_STYLES[v].symbol} ${esc(VERDICT_STYLES[v].label)}</span>`;
const day = (iso: string) => (iso ? esc(iso.slice(0, 10)) : '');
const EMPTY = '<span class="empty">—</span>';
const link = (url: string, text = url) => {
  const href = safeUrl(url);
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text);
};

function cover(data: ReportData): string {
  const legend = VERDICTS.map(
    (v) =>
      `<p>${chip(v)} highlighted as <mark class="hl v-${v}">a passage like this</mark><a class="marker">${VERDICT_STYLES[v].symbol}1</a> — ${esc(VERDICT_STYLES[v].underline)} underline</p>`,
  ).join('');
  const published = dateRange(data.publishedRange);
  const stats = [
    [data.claims.length, noun(data.claims.length, 'claim')],
    ...VERDICTS.map((v) => [data.counts[v], VERDICT_STYLES[v].label.toLowerCase()] as const),
    [data.articles.length, noun(data.articles.length, 'article')],
    [data.highlightCount, noun(data.highlightCount, 'highlight')],
  ]
    .map(([n, label]) => `<div class="stat"><b>${n}</b>${esc(label)}</div>`)
    .join('');
  const rows: [string, string][] = [
    ['Prepared by', esc(data.checkers.join(', ')) || '—'],
    ['Articles published', published ? esc(published) : '—'],
    ['Scope', `${plural(data.articles.length, 'article')}, ${plural(data.claims.length, 'claim')}`],
    ['Generated', `${esc(longDate(data.generatedAt))}, ${esc(data.generatedAt.slice(11, 16))} UTC`],
  ];
  return `<section class="cover">
  <div class="band"><span class="kicker">Fact-check report</span><span class="brand">Claimdesk</span></div>
  <h1>${esc(data.title)}</h1>
  <div class="stats">${stats}</div>
  <dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
  <div class="legend"><b>How to read the highlights.</b> Each verdict has its own colour, pattern, underline and symbol; the number after a highlight refers to the claim's entry.${legend}</div>
</section>`;
}

function evidenceList(c: ReportClaim): string {
  if (c.evidence.length === 0) return EMPTY;
  return c.evidence
    .map((e) =>
      [
        e.url ? link(e.url) : '',
        e.citation ? esc(e.citation) : '',
        e.note ? `<span class="ctx">${esc(e.note)}</span>` : '',
      ]
        .filter(Boolean)
        .join(' — '),
    )
    .join('<br>');
}

function summary(data: ReportData): string {
  const counts = VERDICTS.map((v) => `<div class="count">${chip(v)}<b>${data.counts[v]}</b></div>`).join('');
  const rows = data.claims
    .map(
      (
        c,
      ) => `<tr><td class="num"><a href="#claim-${c.number}">${c.number}</a></td><td>${esc(c.claim.text)}${figuresFlag(c)}</td><td>${chip(c.claim.verdict)}</td>
<td>${esc(c.claim.claimant) || EMPTY}</td><td>${esc(c.claim.rationale) || EMPTY}</td><td>${evidenceList(c)}</td></tr>`,
    )
    .join('\n');
  return `<section class="page"><h2>Summary</h2><div class="counts">${counts}</div>
<table class="summary"><colgroup><col class="c-num"><col class="c-claim"><col class="c-verdict"><col class="c-claimant"><col class="c-rationale"><col class="c-evidence"></colgroup><thead><tr><th>#</th><th>Claim</th><th>Verdict</th><th>Claimant</th><th>Rationale</th><th>Evidence</th></tr></thead>
<tbody>${rows || '<tr><td colspan="6" class="empty">No claims in this report.</td></tr>'}</tbody></table></section>`;
}

/** "Figures differ: 116 ≠ 56", from the same comparison the app shows; empty when they agree. */
function figuresFlag(c: ReportClaim): string {
  if (!c.figures.summary) return '';
  return `<div class="figures-differ">⚠ Figures differ: ${esc(c.figures.summary)}</div>`;
}

/** The quote with the differing figures marked, as the app marks them in its comparison. */
function quoteWithFigures(a: ReportAppearance, c: ReportClaim): string {
  const figures = (c.figures.appearances.find((f) => f.id === a.id)?.figures ?? [])
    .filter((f) => f.differs && f.start >= 0 && f.end <= a.exact.length)
    .sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const f of figures) {
    if (f.start < at) continue;
    out +=
      esc(a.exact.slice(at, f.start)) + `<span class="figure-differs">${esc(a.exact.slice(f.start, f.end))}</span>`;
    at = f.end;
  }
  return out + esc(a.exact.slice(at));
}

function appearance(a: ReportAppearance, c: ReportClaim): string {
  const source = [
    esc(a.outlet),
    a.author ? `by ${esc(a.author)}` : '',
    a.publishedAt ? `published ${esc(longDate(a.publishedAt))}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const { before, after, cutBefore, cutAfter } = a.context;
  return `<div class="appearance${a.orphaned ? ' orphaned' : ''}"><div class="meta"><b>${esc(a.articleTitle)}</b>${source ? `<br>${source}` : ''}${a.orphaned ? '<br><i>Not found in the current version of the article</i>' : ''}</div>
<p class="quote"><span class="ctx">${cutBefore ? '…' : ''}${esc(before)}</span><b>${quoteWithFigures(a, c)}</b><span class="ctx">${esc(after)}${cutAfter ? '…' : ''}</span></p></div>`;
}

function claimEntry(c: ReportClaim): string {
  const { claim } = c;
  return `<div class="claim v-${claim.verdict}" id="claim-${c.number}">
<h3><span class="num">#${c.number}</span>${esc(claim.text)}</h3>
<div class="field">${chip(claim.verdict)} <span class="meta">updated ${day(claim.updatedAt)} by ${esc(claim.updatedBy)}</span></div>
<div class="field"><b>Claimant</b>${esc(claim.claimant) || EMPTY}</div>
<div class="field"><b>Rationale</b>${esc(claim.rationale) || EMPTY}</div>
<div class="field"><b>Evidence</b>${evidenceList(c)}</div>
<div class="field"><b>${c.appearances.length > 1 ? `Appears ${c.appearances.length} times — wording side by side` : 'Appearance'}</b>
${figuresFlag(c)}<div class="appearances">${c.appearances.map((a) => appearance(a, c)).join('') || '<span class="empty">no highlight in the reported articles</span>'}</div></div>
</div>`;
}

function claimsSection(data: ReportData): string {
  if (data.claims.length === 0) return '';
  return `<section class="page"><h2>Claims</h2>${data.claims.map(claimEntry).join('\n')}</section>`;
}

function articleSection(a: ReportArticle): string {
  const { article } = a;
  const dir = (JSON.parse(article.body) as { root: { direction?: string } }).root.direction === 'rtl' ? 'rtl' : 'ltr';
  const meta = [
    article.outlet,
    article.author && `by ${article.author}`,
    article.publishedAt && longDate(article.publishedAt),
  ]
    .filter(Boolean)
    .map((m) => esc(m as string));
  if (article.url) meta.push(link(article.url));
  return `<section class="page"><h2 dir="auto">${esc(article.title)}</h2><div class="article-meta">${meta.join(' · ')}</div>
<div class="article-body" dir="${dir}">${articleBodyHtml(article.body, article.plainText, a.highlights)}</div></section>`;
}

function historyRow(h: HistoryEntry): string {
  const change =
    h.action === 'update'
      ? `${esc(h.field)}: ${esc(h.oldValue) || '∅'} → ${esc(h.newValue) || '∅'}`
      : `${esc(h.action)} ${esc(h.entity)} ${esc(h.newValue || h.oldValue)}`;
  return `<tr><td>${esc(h.at.slice(0, 16).replace('T', ' '))}</td><td>${esc(h.actor)}</td><td>${change}</td></tr>`;
}

function historyAppendix(data: ReportData): string {
  const parts = data.claims.map(
    (c) =>
      `<h3>#${c.number} ${esc(c.claim.text)}</h3><table class="history"><thead><tr><th>When (UTC)</th><th>Who</th><th>Change</th></tr></thead><tbody>${c.history.map(historyRow).join('')}</tbody></table>`,
  );
  return `<section class="page"><h2>Appendix: change history</h2>${parts.join('\n')}</section>`;
}

export function reportHtml(data: ReportData, opts: ReportOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Claimdesk">
<title>${esc(data.title)} — fact-check report</title>
<style>${reportCss(data.title)}</style></head>
<body>
${cover(data)}
${summary(data)}
${claimsSection(data)}
${data.articles.map(articleSection).join('\n')}
${opts.history ? historyAppendix(data) : ''}
</body></html>`;
}

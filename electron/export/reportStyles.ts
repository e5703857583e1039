/**
 * Print CSS of the report. Verdicts are told apart by colour AND by a pattern, an underline style
 * and a symbol, so a greyscale print still reads. Running header and page numbers use CSS @page
 * margin boxes, which both print engines (Electron's printToPDF and the system Chromium) honour.
 */

/** A CSS string literal holding any text safely (every non-alphanumeric character escaped). */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

export function reportCss(runningTitle: string): string {
  return `
@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(runningTitle)}; font: 8pt 'DejaVu Sans', 'Noto Sans', sans-serif; color: #555; }
  @top-right { content: "Claimdesk fact-check report"; font: 8pt 'DejaVu Sans', 'Noto Sans', sans-serif; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans', 'Noto Sans', sans-serif; color: #555; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font: 10.5pt/1.55 'DejaVu Serif', 'Noto Serif', Georgia, serif; color: #1b1f24; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6, .sans, table, .chip, .marker, .meta, .legend { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; }
h2 { font-size: 17pt; margin: 0 0 4mm; break-after: avoid; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; break-after: avoid; }
h4, h5, h6 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
a { color: #0b4f9c; }
section.page { break-before: page; }

.cover { height: 250mm; display: flex; flex-direction: column; padding-top: 30mm; }
.cover .band { display: flex; justify-content: space-between; align-items: baseline; border-top: 2.5mm solid #1b1f24; padding-top: 3mm; }
.cover .kicker, .cover .brand { font: 600 10pt 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: 0.08em; color: #555; }
.cover h1 { font-size: 30pt; line-height: 1.15; margin: 10mm 0 12mm; }
.cover .stats { display: flex; border-top: 0.6pt solid #999; border-bottom: 0.6pt solid #999; margin-bottom: 10mm; }
.cover .stat { flex: 1; padding: 3mm 0; font: 8.5pt 'DejaVu Sans', sans-serif; color: #444; text-align: center; }
.cover .stat + .stat { border-left: 0.4pt solid #ccc; }
.cover .stat b { display: block; font-size: 18pt; color: #1b1f24; }
.cover dl { display: grid; grid-template-columns: 40mm 1fr; gap: 2.5mm 4mm; font: 10pt 'DejaVu Sans', sans-serif; margin: 0; }
.cover dt { color: #555; }
.cover dd { margin: 0; }
.cover .legend { margin-top: auto; }
.legend { margin-top: 14mm; border-top: 0.4pt solid #999; padding-top: 4mm; font-size: 9pt; }
.legend p { margin: 1.5mm 0; }

.counts { display: flex; gap: 4mm; margin: 0 0 6mm; }
.count { flex: 1; border: 0.6pt solid #888; border-radius: 2mm; padding: 3mm 4mm; font-family: 'DejaVu Sans', sans-serif; }
.count b { display: block; font-size: 20pt; }

table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th { text-align: left; border-bottom: 1pt solid #333; padding: 1.5mm 2mm; }
td { border-bottom: 0.4pt solid #bbb; padding: 1.5mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
td.num { font-weight: 700; }
table.summary { table-layout: fixed; }
table.summary .c-num { width: 6mm; }
table.summary .c-claim { width: 29%; }
table.summary .c-verdict { width: 24mm; }
table.summary .c-claimant { width: 15%; }
table.summary .c-rationale { width: 21%; }
table.summary td { overflow-wrap: break-word; }
.figures-differ { font: 700 8.5pt 'DejaVu Sans', sans-serif; color: #7a1610; margin-top: 1mm; }
.figure-differs { border-bottom: 1.2pt double #b3261e; }

.chip { display: inline-block; white-space: nowrap; font-size: 8pt; font-weight: 700; padding: 0.3mm 1.6mm; border-radius: 1mm; border: 0.6pt solid; }
.chip.v-verified { background: #d7f0df; border-color: #1a7f45; color: #0d4d29; }
.chip.v-disputed { background: #fbe0dc; border-color: #b3261e; color: #7a1610; }
.chip.v-unverified { background: #fdf0c7; border-color: #8a6100; color: #5c4000; }

.claim { break-inside: avoid-page; border-left: 1.2mm solid #999; padding: 1mm 0 1mm 4mm; margin: 0 0 7mm; }
.claim.v-verified { border-left-color: #1a7f45; }
.claim.v-disputed { border-left-color: #b3261e; border-left-style: double; border-left-width: 2mm; }
.claim.v-unverified { border-left-color: #8a6100; border-left-style: dashed; }
.claim h3 { margin-top: 0; }
.claim .num { font-family: 'DejaVu Sans', sans-serif; color: #555; margin-right: 2mm; }
.meta { font-size: 8.5pt; color: #444; }
.field { margin: 1.5mm 0; }
.field > b { font: 700 8.5pt 'DejaVu Sans', sans-serif; color: #444; margin-right: 2mm; }
.appearances { display: grid; grid-template-columns: repeat(auto-fit, minmax(70mm, 1fr)); gap: 3mm; margin-top: 2mm; }
.appearance { border: 0.5pt solid #aaa; border-radius: 1.5mm; padding: 2mm 3mm; font-size: 9pt; break-inside: avoid; }
.appearance .quote { margin: 1mm 0 0; }
.appearance .ctx { color: #666; }
.appearance.orphaned { border-style: dashed; }

.article-meta { font-size: 9pt; color: #444; margin: -2mm 0 5mm; font-family: 'DejaVu Sans', sans-serif; }
.article-body p { margin: 0 0 2.6mm; text-align: justify; hyphens: auto; }
.article-body blockquote { margin: 0 0 3mm 6mm; padding-left: 3mm; border-left: 0.8mm solid #bbb; font-style: italic; }
.article-body[dir="rtl"] p { text-align: right; }
.article-body[dir="rtl"] blockquote { margin: 0 6mm 3mm 0; padding: 0 3mm 0 0; border-left: 0; border-right: 0.8mm solid #bbb; }

mark.hl { color: inherit; padding: 0; text-decoration-line: underline; text-decoration-thickness: 1.2pt; text-underline-offset: 2pt; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.v-verified { background: #d7f0df; text-decoration-style: solid; text-decoration-color: #1a7f45; }
mark.v-disputed { background: repeating-linear-gradient(135deg, #fbd5cf 0 2.2pt, #fdeeeb 2.2pt 4.4pt); text-decoration-style: wavy; text-decoration-color: #b3261e; }
mark.v-unverified { background: radial-gradient(#f0d98a 0.7pt, #fdf5d8 0.8pt) 0 0 / 3pt 3pt; text-decoration-style: dashed; text-decoration-color: #8a6100; }
mark.overlap { outline: 0.6pt solid #333; }
a.marker { font: 700 6.5pt 'DejaVu Sans', sans-serif; vertical-align: super; text-decoration: none; color: #fff; background: #333; border-radius: 0.8mm; padding: 0 0.8mm; margin-left: 0.3mm; }
a.marker + a.marker { margin-left: 0.5mm; }

.history td { font-size: 8pt; }
.history td:nth-child(-n+2) { white-space: nowrap; }
.empty { color: #666; font-style: italic; }
`;
}

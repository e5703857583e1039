/** Small formatting helpers for the human-readable (non --json) output of the verbs. */
import { VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';

/** Columns padded to their widest cell; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((r) => (r[col] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** "✗ disputed": the verdict with its symbol, readable without colour. */
export const verdictLabel = (v: Verdict): string => `${VERDICT_STYLES[v].symbol} ${v}`;

/** Text on one line, in quotes, shortened to `max` characters. */
export function quoted(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}

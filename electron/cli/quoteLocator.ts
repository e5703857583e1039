/**
 * Finds the passage `annotate` highlights from the exact text the user typed. The CLI never
 * guesses: a quote that is absent, or present several times without --occurrence, is an error that
 * lists each occurrence with a little context. When an exact search fails but a forgiving one
 * (ignoring case, typographic quotes, dashes and spacing) succeeds, the error shows those passages
 * so the user can copy the article's exact wording, still without highlighting anything.
 */
import { findOccurrences, quoteSelectorAt } from '../../shared/text/quoteSelector';
import { CliError } from './cliError';

export interface QuoteMatch {
  /** 1-based, in reading order. */
  occurrence: number;
  start: number;
  end: number;
}

export interface OccurrenceReport extends QuoteMatch {
  /** The passage with some context either side, the quote in [brackets], whitespace flattened. */
  context: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

export function contextOf(text: string, start: number, end: number): string {
  const q = quoteSelectorAt(text, start, end);
  const before = start - q.prefix.length > 0 ? '…' : '';
  const after = end + q.suffix.length < text.length ? '…' : '';
  return `${before}${flat(q.prefix)}[${flat(q.exact)}]${flat(q.suffix)}${after}`;
}

function report(text: string, ranges: readonly { start: number; end: number }[]): OccurrenceReport[] {
  return ranges.map((r, i) => ({
    occurrence: i + 1,
    start: r.start,
    end: r.end,
    context: contextOf(text, r.start, r.end),
  }));
}

function listing(reports: readonly OccurrenceReport[]): string {
  return reports.map((r) => `  ${r.occurrence}. at ${r.start}: ${r.context}`).join('\n');
}

/** Characters people type in place of the typographic ones news text uses. */
const TYPED_FORM: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
};

/** A forgiving form of `text`, with the original index of each of its characters. */
function looseForm(text: string): { loose: string; origin: number[] } {
  let loose = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const mapped = /\s/u.test(ch) ? (loose.endsWith(' ') ? '' : ' ') : (TYPED_FORM[ch] ?? ch.toLowerCase());
    for (let k = 0; k < mapped.length; k++) origin.push(index);
    loose += mapped;
    index += ch.length;
  }
  return { loose, origin };
}

function looseMatches(text: string, quote: string): { start: number; end: number }[] {
  const wanted = looseForm(quote).loose.trim();
  if (!wanted) return [];
  const { loose, origin } = looseForm(text);
  return findOccurrences(loose, wanted).map((at) => {
    const lastIndex = origin[at + wanted.length - 1]!;
    const lastChar = text.codePointAt(lastIndex)!;
    return { start: origin[at]!, end: lastIndex + (lastChar > 0xffff ? 2 : 1) };
  });
}

/**
 * The one occurrence of `quote` in `text` to highlight: the only one, or the `occurrence`-th
 * (1-based) when given. `where` names the article in messages.
 */
export function locateQuote(text: string, quote: string, occurrence: number | undefined, where: string): QuoteMatch {
  const starts = findOccurrences(text, quote);
  const found = report(
    text,
    starts.map((start) => ({ start, end: start + quote.length })),
  );
  if (found.length === 0) {
    const near = report(text, looseMatches(text, quote));
    const hint = near.length
      ? `\nIt does appear ${near.length} time(s) if case, quotation marks, dashes and spacing are ignored; copy the article's exact wording:\n${listing(near)}`
      : '';
    throw new CliError(
      'invalid-input',
      `The quote does not appear in ${where}; it must match the article's text exactly.${hint}`,
      {
        occurrences: [],
        nearMatches: near.map((n) => ({ ...n, text: text.slice(n.start, n.end) })),
      },
    );
  }
  if (occurrence === undefined) {
    if (found.length === 1) return { occurrence: 1, start: found[0]!.start, end: found[0]!.end };
    throw new CliError(
      'ambiguous',
      `The quote appears ${found.length} times in ${where}; choose one with --occurrence 1-${found.length}:\n${listing(found)}`,
      { occurrences: found },
    );
  }
  const chosen = found[occurrence - 1];
  if (!chosen) {
    throw new CliError(
      'invalid-input',
      `--occurrence ${occurrence}, but the quote appears ${found.length === 1 ? 'once' : `${found.length} times`} in ${where}:\n${listing(found)}`,
      { occurrences: found },
    );
  }
  return { occurrence, start: chosen.start, end: chosen.end };
}

/**
 * Where the appearances of one claim state different figures: the same "prisoners freed" claim
 * quoted as 116 in one article, 56, 60–70 and "more than 400" in others, or "at least 4" against
 * "at least one" US citizens. Figures are read from each appearance's exact quote; when a quote
 * has none (a checker highlighted "prisoners were released on Monday alone"), from the rest of
 * its sentence in the context around the quote. Within each kind of figure (counts, percentages,
 * money), a figure `differs` when another appearance states that kind of figure and none of its
 * amounts equals this one. Qualifiers do not make a difference ("at least 116" agrees with
 * "116"); vague amounts ("dozens") are shown but never compared. Dates are not compared here.
 */
import { sentenceBounds } from '../text/sentences';
import { extractFigures, sameAmount, type Figure, type FigureKind } from './figures';

export interface AppearanceText {
  id: string;
  exact: string;
  /** Text just before and after the quote in its article. */
  prefix: string;
  suffix: string;
}

export interface FigureInAppearance {
  kind: FigureKind;
  /** As written ("at least four"). */
  text: string;
  /** Normalised ("at least 4"). */
  label: string;
  low: number;
  high: number;
  vague: boolean;
  /** In the quote itself, or in its surrounding sentence. */
  where: 'quote' | 'context';
  /** Offsets relative to the start of the exact quote (negative: in the prefix; past its length: in the suffix). */
  start: number;
  end: number;
  /** Another appearance states a different amount of this kind, and none equal to this one. */
  differs: boolean;
}

export interface AppearanceFigures {
  id: string;
  figures: FigureInAppearance[];
}

export interface FigureDifference {
  kind: FigureKind;
  /** The different amounts, as first written, in appearance order: ["116", "56", "60–70", "more than 400"]. */
  labels: string[];
  /** "116 ≠ 56 ≠ 60–70 ≠ more than 400". */
  text: string;
}

export interface FigureComparison {
  appearances: AppearanceFigures[];
  /** One entry per kind of figure whose amounts differ. */
  differences: FigureDifference[];
  /** The differences in one line ("116 ≠ 56; 5% ≠ 7%"), empty when all appearances agree. */
  summary: string;
}

/** Figures of one appearance: in the quote, or else in the quote's sentence around it. */
function figuresOf(a: AppearanceText): Omit<FigureInAppearance, 'differs'>[] {
  const whole = a.prefix + a.exact + a.suffix;
  const quoteStart = a.prefix.length;
  const quoteEnd = quoteStart + a.exact.length;
  const all = extractFigures(whole);
  const overlapsQuote = (f: Figure) => f.start < quoteEnd && f.end > quoteStart;
  let chosen = all.filter(overlapsQuote);
  let where: 'quote' | 'context' = 'quote';
  if (chosen.length === 0) {
    const { from, to } = sentenceBounds(whole, quoteStart, quoteEnd);
    chosen = all.filter((f) => f.start >= from && f.end <= to);
    where = 'context';
  }
  return chosen.map((f) => ({
    kind: f.kind,
    text: f.text,
    label: f.label,
    low: f.low,
    high: f.high,
    vague: f.vague,
    where,
    start: f.start - quoteStart,
    end: f.end - quoteStart,
  }));
}

export function compareFigures(appearances: readonly AppearanceText[]): FigureComparison {
  const found = appearances.map((a) => ({ id: a.id, figures: figuresOf(a) }));
  const comparable = (figs: readonly Omit<FigureInAppearance, 'differs'>[], kind: FigureKind) =>
    figs.filter((f) => f.kind === kind && !f.vague);

  const result: AppearanceFigures[] = found.map((a, i) => ({
    id: a.id,
    figures: a.figures.map((f) => {
      const differs =
        !f.vague &&
        found.some((other, j) => {
          if (j === i) return false;
          const theirs = comparable(other.figures, f.kind);
          return theirs.length > 0 && !theirs.some((g) => sameAmount(f, g));
        });
      return { ...f, differs };
    }),
  }));

  const differences: FigureDifference[] = [];
  for (const kind of ['count', 'percent', 'money'] as const) {
    const labels: string[] = [];
    const seen: Omit<FigureInAppearance, 'differs'>[] = [];
    for (const a of found) {
      for (const f of comparable(a.figures, kind)) {
        if (seen.some((g) => sameAmount(f, g))) continue;
        seen.push(f);
        labels.push(f.label);
      }
    }
    const appearancesWithKind = found.filter((a) => comparable(a.figures, kind).length > 0).length;
    if (
      labels.length > 1 &&
      appearancesWithKind > 1 &&
      result.some((a) => a.figures.some((f) => f.kind === kind && f.differs))
    ) {
      differences.push({ kind, labels, text: labels.join(' ≠ ') });
    }
  }
  return { appearances: result, differences, summary: differences.map((d) => d.text).join('; ') };
}

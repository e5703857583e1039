/**
 * An appearance's quote in its context, with the figures it states marked: every figure is
 * emphasised, and one whose amount differs from another appearance's is flagged with a warning
 * sign, a wavy underline and (for screen readers) the words "differs" — never colour alone.
 */
import type { ReactNode } from 'react';
import type { Appearance } from '../../../shared/domain/types';
import { CONTEXT_LENGTH } from '../../../shared/text/quoteSelector';
import type { Figure } from './useClaimFigures';

/** Context either side of a quote, cut at word boundaries (stored context is cut mid-word). */
export function contextEdge(text: string, max: number, side: 'start' | 'end'): string {
  const flat = text.replace(/\s+/g, ' ');
  // Shorter than the stored context: it reaches the article's start or end, so nothing was cut.
  if (text.length < CONTEXT_LENGTH) return flat;
  if (side === 'start') {
    const tail = flat.slice(-max);
    return `…${tail.slice(tail.indexOf(' ') + 1)}`;
  }
  const head = flat.slice(0, max);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 0))}…`;
}

export function FigureMark({ figure, children }: { figure: Figure; children: ReactNode }) {
  return (
    <span
      className={`figure ${figure.differs ? 'figure-differs' : ''}`}
      title={figure.differs ? `${figure.label}: differs from another appearance` : figure.label}
      data-figure={figure.label}
    >
      {figure.differs && (
        <span className="figure-flag" aria-hidden="true">
          ⚠
        </span>
      )}
      {children}
      {figure.differs && <span className="sr-only"> (figure differs)</span>}
    </span>
  );
}

/** The quote with its in-quote figures wrapped in FigureMarks (figures that overlap are skipped). */
function markedExact(exact: string, figures: readonly Figure[]): ReactNode[] {
  const inQuote = figures
    .filter((f) => f.where === 'quote' && f.start >= 0 && f.end <= exact.length && f.end > f.start)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const f of inQuote) {
    if (f.start < at) continue;
    if (f.start > at) out.push(exact.slice(at, f.start));
    out.push(
      <FigureMark key={f.start} figure={f}>
        {exact.slice(f.start, f.end)}
      </FigureMark>,
    );
    at = f.end;
  }
  if (at < exact.length) out.push(exact.slice(at));
  return out;
}

interface Props {
  appearance: Appearance;
  figures: readonly Figure[];
  /** How much context to show either side (characters). */
  context?: number;
}

export function FigureQuote({ appearance: a, figures, context = 40 }: Props) {
  return (
    <span className="appearance-quote">
      {contextEdge(a.prefix, context, 'start')}
      <mark>{markedExact(a.exact, figures)}</mark>
      {contextEdge(a.suffix, context, 'end')}
    </span>
  );
}

/** The figures stated near (not inside) the quote, in its sentence: listed under the quote. */
export function ContextFigures({ figures }: { figures: readonly Figure[] }) {
  const near = figures.filter((f) => f.where === 'context');
  if (near.length === 0) return null;
  return (
    <span className="context-figures">
      In its sentence:{' '}
      {near.map((f, i) => (
        <span key={`${f.start}:${i}`}>
          {i > 0 && ', '}
          <FigureMark figure={f}>{f.text}</FigureMark>
        </span>
      ))}
    </span>
  );
}

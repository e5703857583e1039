/**
 * Every appearance of a claim side by side, one column each: the article, outlet, date and whom
 * that article attributes the statement to (outlets differ: the ministry in one, the interim
 * government in another), the quote in a wider context with its figures marked, and the figures it
 * states as a list, under the "Figures differ" banner and the claim's own recorded claimant. A modal <dialog> (Esc closes); "Open in article" jumps
 * to the highlight and closes it.
 */
import { useEffect, useRef } from 'react';
import type { Appearance } from '../../../shared/domain/types';
import { jumpToSpan } from '../../actions/navigation';
import { formatDate } from '../../utils/format';
import { Icon } from '../common/Icon';
import { FigureMark, FigureQuote } from './FigureQuote';
import { FiguresBanner } from './FiguresBanner';
import type { ClaimFigures, Figure } from './useClaimFigures';

interface Props {
  appearances: readonly Appearance[];
  claimant: string;
  figures: ClaimFigures | null;
  onClose: () => void;
}

export function CompareAppearances({ appearances, claimant, figures, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const figuresOf = (spanId: string): readonly Figure[] =>
    figures?.appearances.find((f) => f.spanId === spanId)?.figures ?? [];
  const attributedTo = (spanId: string): string =>
    figures?.appearances.find((f) => f.spanId === spanId)?.attributedTo ?? '';

  return (
    <dialog ref={dialog} className="dialog compare-dialog" aria-labelledby="compare-title" onClose={onClose}>
      <div className="dialog-body">
        <div className="dialog-header">
          <h2 id="compare-title">
            <Icon name="columns" size={18} />
            Appearances side by side
          </h2>
          <button
            type="button"
            className="btn btn-icon btn-ghost"
            aria-label="Close comparison"
            onClick={() => dialog.current?.close()}
            autoFocus
          >
            <Icon name="close" size={15} />
          </button>
        </div>
        <p className="compare-claimant">
          <span className="field-label">Claimant on record</span> {claimant || 'Not recorded'}
        </p>
        <FiguresBanner figures={figures} />
        <ul className="compare-columns" role="list" aria-label="Appearances">
          {appearances.map((a) => {
            const own = figuresOf(a.id);
            return (
              <li key={a.id} className="compare-column" data-orphaned={a.orphaned || undefined}>
                <div className="compare-source">
                  <span className="appearance-title">{a.articleTitle || 'Untitled article'}</span>
                  <dl className="compare-meta">
                    <div>
                      <dt>Outlet</dt>
                      <dd>{a.outlet || '—'}</dd>
                    </div>
                    <div>
                      <dt>Date</dt>
                      <dd>{formatDate(a.publishedAt) || '—'}</dd>
                    </div>
                    <div>
                      <dt>Attributed to</dt>
                      <dd>{attributedTo(a.id) || 'Not stated in the article'}</dd>
                    </div>
                  </dl>
                </div>
                <p className="compare-quote">
                  <FigureQuote appearance={a} figures={own} context={120} />
                </p>
                <div className="compare-figures">
                  <span className="field-label">Figures</span>
                  {own.length === 0 ? (
                    <span className="muted small">None stated</span>
                  ) : (
                    <ul className="figure-chips" role="list">
                      {own.map((f, i) => (
                        <li key={`${f.start}:${i}`} className="figure-chip">
                          <FigureMark figure={f}>{f.label}</FigureMark>
                          {f.where === 'context' && <span className="muted small"> (in its sentence)</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                {!a.orphaned && (
                  <button
                    type="button"
                    className="btn btn-small compare-open"
                    onClick={() => {
                      dialog.current?.close();
                      void jumpToSpan(a.articleId, a.id, a.claimId);
                    }}
                  >
                    <Icon name="arrowRight" size={13} />
                    Open in article
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </dialog>
  );
}

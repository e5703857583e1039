/**
 * Where the claim appears: one row per highlight across articles, with the quote in context and
 * the figures it states marked (flagged where appearances disagree, under a "Figures differ"
 * banner). Clicking a row opens that article at the highlight; the bin deletes the highlight (Undo
 * brings it back). With two or more appearances, "Compare" opens them side by side. An orphaned
 * highlight (its quote was not found in the article's current version) is listed with a badge
 * saying so; there is nowhere to jump, but it can be deleted.
 */
import { useState } from 'react';
import type { Appearance } from '../../../shared/domain/types';
import { deleteSpan } from '../../actions/highlightActions';
import { jumpToSpan } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { useUiStore } from '../../stores/uiStore';
import { formatDate } from '../../utils/format';
import { Icon } from '../common/Icon';
import { CompareAppearances } from './CompareAppearances';
import { ContextFigures, FigureQuote } from './FigureQuote';
import { FiguresBanner } from './FiguresBanner';
import { useClaimFigures, type Figure } from './useClaimFigures';

interface Props {
  claimId: string;
  claimant: string;
  appearances: readonly Appearance[];
  canEdit: boolean;
}

const NO_FIGURES: readonly Figure[] = [];

export function AppearanceList({ claimId, claimant, appearances, canEdit }: Props) {
  const openId = useArticleStore((s) => s.selectedId);
  const focused = useUiStore((s) => s.focusedSpanId);
  const figures = useClaimFigures(claimId, appearances);
  const [comparing, setComparing] = useState(false);
  const figuresOf = (spanId: string) => figures?.appearances.find((f) => f.spanId === spanId)?.figures ?? NO_FIGURES;

  return (
    <div className="detail-section">
      <div className="section-head">
        <h3 className="section-label" id="appearances-title">
          Appearances <span className="count">{appearances.length}</span>
        </h3>
        {appearances.length >= 2 && (
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => setComparing(true)}
            title="Show every appearance side by side"
          >
            <Icon name="columns" size={13} />
            Compare
          </button>
        )}
      </div>
      <FiguresBanner figures={figures} />
      {appearances.length === 0 ? (
        <p className="muted small">Not highlighted in any article.</p>
      ) : (
        <ul className="appearance-list" role="list" aria-labelledby="appearances-title">
          {appearances.map((a) => (
            <li
              key={a.id}
              className="appearance"
              data-current={a.articleId === openId || undefined}
              data-focused={a.id === focused || undefined}
              data-orphaned={a.orphaned || undefined}
            >
              {a.orphaned ? (
                <div className="appearance-main appearance-orphaned">
                  <AppearanceSource appearance={a} />
                  <span className="orphan-badge">
                    <Icon name="alert" size={12} />
                    Not found in the current version
                  </span>
                  <span className="appearance-quote">
                    <mark>{a.exact}</mark>
                  </span>
                </div>
              ) : (
                <button
                  type="button"
                  className="appearance-main"
                  onClick={() => void jumpToSpan(a.articleId, a.id, a.claimId)}
                >
                  <AppearanceSource appearance={a} />
                  <FigureQuote appearance={a} figures={figuresOf(a.id)} />
                  <ContextFigures figures={figuresOf(a.id)} />
                </button>
              )}
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-icon btn-ghost btn-danger appearance-delete"
                  aria-label={a.orphaned ? 'Delete orphaned highlight' : 'Delete highlight'}
                  title={a.orphaned ? 'Delete orphaned highlight' : 'Delete highlight'}
                  onClick={() => void deleteSpan({ spanId: a.id, claimId: a.claimId, articleId: a.articleId })}
                >
                  <Icon name="trash" size={14} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {comparing && (
        <CompareAppearances
          appearances={appearances}
          claimant={claimant}
          figures={figures}
          onClose={() => setComparing(false)}
        />
      )}
    </div>
  );
}

export function AppearanceSource({ appearance: a }: { appearance: Appearance }) {
  return (
    <span className="appearance-source">
      <span className="appearance-title">{a.articleTitle || 'Untitled article'}</span>
      <span className="appearance-meta">{[a.outlet, formatDate(a.publishedAt)].filter(Boolean).join(' · ')}</span>
    </span>
  );
}

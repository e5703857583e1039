/**
 * Where the claim appears: one row per highlight across articles, with the quote in context.
 * Clicking a row opens that article at the highlight; the bin deletes the highlight (Undo in
 * the toast brings it back). An orphaned highlight (its quote was not found in the article's
 * current version) is listed with a badge saying so; there is nowhere to jump, but it can be
 * deleted.
 */
import type { Appearance } from '../../../shared/domain/types';
import { deleteSpan } from '../../actions/highlightActions';
import { jumpToSpan } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { useUiStore } from '../../stores/uiStore';
import { formatDate } from '../../utils/format';
import { CONTEXT_LENGTH } from '../../../shared/text/quoteSelector';
import { Icon } from '../common/Icon';

interface Props {
  appearances: readonly Appearance[];
  canEdit: boolean;
}

/** Context either side of a quote, cut at word boundaries (stored context is cut mid-word). */
const edge = (text: string, max: number, side: 'start' | 'end'): string => {
  const flat = text.replace(/\s+/g, ' ');
  // Shorter than the stored context: it reaches the article's start or end, so nothing was cut.
  if (text.length < CONTEXT_LENGTH) return flat;
  if (side === 'start') {
    const tail = flat.slice(-max);
    return `…${tail.slice(tail.indexOf(' ') + 1)}`;
  }
  const head = flat.slice(0, max);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 0))}…`;
};

export function AppearanceList({ appearances, canEdit }: Props) {
  const openId = useArticleStore((s) => s.selectedId);
  const focused = useUiStore((s) => s.focusedSpanId);
  return (
    <div className="detail-section">
      <h3 className="section-label">
        Appearances <span className="count">{appearances.length}</span>
      </h3>
      {appearances.length === 0 ? (
        <p className="muted small">Not highlighted in any article.</p>
      ) : (
        <ul className="appearance-list" role="list" aria-label="Appearances">
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
                  <span className="appearance-quote">
                    {edge(a.prefix, 40, 'start')}
                    <mark>{a.exact}</mark>
                    {edge(a.suffix, 40, 'end')}
                  </span>
                </button>
              )}
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-icon btn-ghost btn-danger appearance-delete"
                  aria-label={a.orphaned ? 'Delete orphaned highlight' : 'Delete highlight'}
                  title={a.orphaned ? 'Delete orphaned highlight' : 'Delete highlight'}
                  onClick={() => void deleteSpan(a.id)}
                >
                  <Icon name="trash" size={14} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AppearanceSource({ appearance: a }: { appearance: Appearance }) {
  return (
    <span className="appearance-source">
      <span className="appearance-title">{a.articleTitle || 'Untitled article'}</span>
      <span className="appearance-meta">{[a.outlet, formatDate(a.publishedAt)].filter(Boolean).join(' · ')}</span>
    </span>
  );
}

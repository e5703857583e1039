/** One article in the sidebar: title, outlet · date, and how many highlights it holds. */
import { memo, type CSSProperties } from 'react';
import type { ArticleSummary } from '../../../shared/domain/types';
import { formatDate, plural } from '../../utils/format';

interface Props {
  article: ArticleSummary;
  selected: boolean;
  onOpen: (id: string) => void;
  /** The row's fixed height when the list is windowed. */
  style?: CSSProperties;
}

/** Memoised: opening an article re-renders two rows, not the whole list. */
export const ArticleListItem = memo(function ArticleListItem({ article, selected, onOpen, style }: Props) {
  const meta = [article.outlet, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <li style={style}>
      <button
        type="button"
        className="article-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(article.id)}
        data-article-id={article.id}
      >
        <span className="article-item-title" dir="auto">
          {article.title || 'Untitled article'}
        </span>
        <span className="article-item-meta">
          <span className="article-item-source">{meta || 'Unknown source'}</span>
          {article.spanCount > 0 && (
            <span className="article-item-count" title={plural(article.spanCount, 'highlight')}>
              <span className="hl-swatch" aria-hidden="true" />
              {article.spanCount}
              <span className="sr-only"> {article.spanCount === 1 ? 'highlight' : 'highlights'}</span>
            </span>
          )}
        </span>
      </button>
    </li>
  );
});

/** One article in the sidebar: title, outlet · date, and how many highlights it holds. */
import type { ArticleSummary } from '../../../shared/domain/types';
import { formatDate, plural } from '../../utils/format';

interface Props {
  article: ArticleSummary;
  selected: boolean;
  onOpen: () => void;
}

export function ArticleListItem({ article, selected, onOpen }: Props) {
  const meta = [article.outlet, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <li>
      <button
        type="button"
        className="article-item"
        aria-current={selected ? 'true' : undefined}
        onClick={onOpen}
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
}

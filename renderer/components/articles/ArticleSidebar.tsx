/**
 * The left column: the project's articles, with the ways to add more (import files, paste text).
 */
import { useMemo } from 'react';
import { openArticle } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { useCanEdit } from '../../stores/projectStore';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';
import { VirtualList } from '../common/VirtualList';
import { ArticleListItem } from './ArticleListItem';
import { ImportFilesButton } from './ImportFilesButton';
import { formatCount } from '../../utils/format';

/** A windowed row: two lines of title and the meta line (styles/articles.css). */
const ARTICLE_ROW_HEIGHT = 80;
const onOpen = (id: string) => void openArticle(id);

export function ArticleSidebar() {
  const articles = useArticleStore((s) => s.articles);
  const total = useArticleStore((s) => s.total);
  const loaded = useArticleStore((s) => s.listLoaded);
  const selectedId = useArticleStore((s) => s.selectedId);
  const canEdit = useCanEdit();
  const openAdd = useUiStore((s) => s.setAddArticleOpen);
  const selectedIndex = useMemo(() => articles.findIndex((a) => a.id === selectedId), [articles, selectedId]);

  return (
    <nav className="sidebar" aria-label="Articles">
      <div className="pane-header">
        <h2 className="pane-title">
          Articles <span className="count">{total}</span>
        </h2>
        {canEdit && (
          <div className="pane-actions">
            <ImportFilesButton />
            <button
              type="button"
              className="btn btn-small btn-primary"
              aria-label="Add article"
              title="Add article (paste text)"
              onClick={() => openAdd(true)}
            >
              <Icon name="plus" size={14} />
              Add
            </button>
          </div>
        )}
      </div>
      {loaded && articles.length === 0 ? (
        <div className="sidebar-empty">
          <Icon name="file" size={20} />
          <p>No articles yet.</p>
          {canEdit && <p className="muted">Import files, paste an article, or drop files on the window.</p>}
        </div>
      ) : (
        <VirtualList
          className="article-list"
          items={articles}
          rowHeight={ARTICLE_ROW_HEIGHT}
          scrollToIndex={selectedIndex}
          renderItem={(a, _i, style) => (
            <ArticleListItem key={a.id} article={a} selected={a.id === selectedId} onOpen={onOpen} style={style} />
          )}
          footer={
            articles.length < total && (
              <li className="article-list-loading muted" role="status">
                Loading {formatCount(total - articles.length)} more articles…
              </li>
            )
          }
        />
      )}
    </nav>
  );
}

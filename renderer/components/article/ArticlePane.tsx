/**
 * The centre column: the open article's header and its read-only rich text with highlights, plus
 * the popovers that float over the text (new claim from a selection, overlapping highlights).
 */
import { useEffect, useRef } from 'react';
import { useArticleStore } from '../../stores/articleStore';
import { useCanEdit } from '../../stores/projectStore';
import { useUiStore } from '../../stores/uiStore';
import { importFromPicker } from '../../actions/importActions';
import { ArticleEditor } from '../../editor/ArticleEditor';
import { Icon } from '../common/Icon';
import { ArticleHeader } from './ArticleHeader';
import { SelectionPopover } from './SelectionPopover';
import { OverlapChooser } from './OverlapChooser';
import { PassageFlash } from './PassageFlash';

export function ArticlePane() {
  const selectedId = useArticleStore((s) => s.selectedId);
  const article = useArticleStore((s) => s.article);
  const highlights = useArticleStore((s) => s.highlights);
  const count = useArticleStore((s) => s.total);
  const canEdit = useCanEdit();
  const openAdd = useUiStore((s) => s.setAddArticleOpen);
  const scroller = useRef<HTMLDivElement>(null);

  // A newly opened article starts at its top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  if (!selectedId) {
    return (
      <section className="article-pane article-pane-empty" aria-label="Article">
        <div className="empty-state">
          <Icon name="file" size={28} />
          <h2>{count === 0 ? 'Add an article to start checking' : 'Choose an article'}</h2>
          <p className="muted">
            Select a passage in an article to record a claim, then give it a verdict, a rationale and evidence.
          </p>
          {count === 0 && canEdit && (
            <div className="empty-actions">
              <div className="empty-buttons">
                <button type="button" className="btn btn-primary" onClick={() => void importFromPicker()}>
                  <Icon name="upload" size={14} />
                  Import files…
                </button>
                <button type="button" className="btn" onClick={() => openAdd(true)}>
                  <Icon name="plus" size={14} />
                  Paste an article
                </button>
              </div>
              <span className="muted small">.html .docx .pdf .md .txt — or drop files anywhere on the window</span>
            </div>
          )}
        </div>
      </section>
    );
  }

  return (
    <section className="article-pane" aria-label="Article" aria-busy={article ? undefined : true}>
      <div className="article-scroll" ref={scroller}>
        {article && (
          <article className="article-sheet" dir={article.direction} lang={article.language || undefined}>
            <ArticleHeader article={article} highlights={highlights} />
            <ArticleEditor article={article} highlights={highlights} canEdit={canEdit} />
            {canEdit && <SelectionPopover />}
            <OverlapChooser />
            <PassageFlash articleId={article.id} plainText={article.plainText} />
          </article>
        )}
      </div>
    </section>
  );
}

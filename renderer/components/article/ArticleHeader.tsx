/**
 * The open article's header: outlet and date, title, byline, and a count of its highlights. Each
 * field edits in place (saved when it loses focus), unless the project is read-only.
 */
import type { Article, ArticleMeta, Highlight } from '../../../shared/domain/types';
import { updateArticleMeta } from '../../actions/articleActions';
import { useCanEdit } from '../../stores/projectStore';
import { formatDate, plural } from '../../utils/format';
import { BlurField } from '../common/BlurField';

interface Props {
  article: Article;
  highlights: readonly Highlight[];
}

export function ArticleHeader({ article, highlights }: Props) {
  const canEdit = useCanEdit();
  const save = (field: keyof ArticleMeta) => (value: string) => void updateArticleMeta(article.id, { [field]: value });
  const claims = new Set(highlights.map((h) => h.claimId)).size;

  return (
    <header className="article-header" key={article.id}>
      {canEdit ? (
        <>
          <div className="article-kicker">
            <BlurField
              value={article.outlet}
              onSave={save('outlet')}
              label="Outlet"
              placeholder="Add outlet"
              className="kicker-field"
            />
            <span aria-hidden="true">·</span>
            <BlurField
              value={article.publishedAt}
              onSave={save('publishedAt')}
              label="Publication date"
              placeholder="Add date (YYYY-MM-DD)"
              display={formatDate}
              className="kicker-field"
            />
          </div>
          <BlurField
            value={article.title}
            onSave={save('title')}
            label="Article title"
            placeholder="Untitled article"
            multiline
            enterSaves
            required
            className="title-field"
          />
          <div className="article-byline">
            <span>By</span>
            <BlurField
              value={article.author}
              onSave={save('author')}
              label="Author"
              placeholder="add author"
              className="byline-field"
            />
          </div>
        </>
      ) : (
        <>
          <div className="article-kicker">
            {[article.outlet, formatDate(article.publishedAt)].filter(Boolean).join(' · ')}
          </div>
          <h1 className="article-title">{article.title || 'Untitled article'}</h1>
          {article.author && <div className="article-byline">By {article.author}</div>}
        </>
      )}
      <div className="article-stats">
        {highlights.length === 0
          ? canEdit
            ? 'Select a passage to highlight a claim.'
            : 'No highlights.'
          : `${plural(highlights.length, 'highlight')} · ${plural(claims, 'claim')}`}
      </div>
    </header>
  );
}

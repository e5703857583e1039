/**
 * The open article's header: outlet and date, title, byline, then its source link, language and
 * text direction, and a count of its highlights. Each field edits in place (saved when it loses
 * focus), unless the project is read-only. "New version…" replaces the text from a file and
 * re-finds the highlights.
 */
import type { Article, Highlight } from '../../../shared/domain/types';
import { updateArticleMeta, type ArticleMetaPatch } from '../../actions/articleActions';
import { importNewVersion } from '../../actions/importActions';
import { useImportStore } from '../../stores/importStore';
import { useCanEdit } from '../../stores/projectStore';
import { formatDate, plural } from '../../utils/format';
import { BlurField } from '../common/BlurField';
import { Icon } from '../common/Icon';
import { ArticleSourceLink } from './ArticleSourceLink';
import { DirectionControl } from './DirectionControl';

interface Props {
  article: Article;
  highlights: readonly Highlight[];
}

type TextField = 'title' | 'outlet' | 'author' | 'publishedAt' | 'url' | 'language';

export function ArticleHeader({ article, highlights }: Props) {
  const canEdit = useCanEdit();
  const importing = useImportStore((s) => s.status === 'running');
  const patch = (p: ArticleMetaPatch) => void updateArticleMeta(article.id, p);
  const save = (field: TextField) => (value: string) => patch({ [field]: value });
  const claims = new Set(highlights.map((h) => h.claimId)).size;

  return (
    <header className="article-header" key={article.id}>
      {canEdit && (
        <div className="article-tools">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => void importNewVersion(article.id, article.title)}
            disabled={importing}
            title="Replace the text with a newer version from a file; highlights are found again in it"
          >
            <Icon name="refresh" size={14} />
            <span dir="ltr">Import new version…</span>
          </button>
        </div>
      )}
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
      <div className="article-meta-row">
        <ArticleSourceLink url={article.url} onSave={save('url')} canEdit={canEdit} />
        <span className="meta-item">
          <Icon name="globe" size={13} />
          {canEdit ? (
            <BlurField
              value={article.language}
              onSave={save('language')}
              label="Language"
              placeholder="Language (e.g. en, ar)"
              className="meta-field meta-language-field"
            />
          ) : (
            <span>{article.language || 'Language not set'}</span>
          )}
        </span>
        <DirectionControl
          value={article.direction}
          onChange={(direction) => patch({ direction })}
          readOnly={!canEdit}
        />
      </div>
      <div className="article-stats">
        {/* The workbench's own words read left to right, even in a right-to-left article. */}
        <span dir="ltr">
          {highlights.length === 0
            ? canEdit
              ? 'Select a passage to highlight a claim.'
              : 'No highlights.'
            : `${plural(highlights.length, 'highlight')} · ${plural(claims, 'claim')}`}
        </span>
      </div>
    </header>
  );
}

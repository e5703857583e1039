/**
 * The article's source URL: a link when it is http(s) (opening it is the shell's business: the
 * main process sends target=_blank links to the system browser), with an edit button; an input
 * while editing or when empty. Other schemes are shown as text, never as a link.
 */
import { useState } from 'react';
import { BlurField } from '../common/BlurField';
import { Icon } from '../common/Icon';

interface Props {
  url: string;
  onSave: (url: string) => void;
  canEdit: boolean;
}

const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);

/** "https://www.example.com/a/b?c" → "example.com/a/b?c": what a reader needs to recognise the source. */
const shortUrl = (url: string): string => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');

export function ArticleSourceLink({ url, onSave, canEdit }: Props) {
  const [editing, setEditing] = useState(false);
  if (canEdit && (editing || url === '')) {
    return (
      <span className="meta-item meta-url-edit">
        <Icon name="link" size={13} />
        <BlurField
          value={url}
          onSave={(next) => {
            setEditing(false);
            onSave(next);
          }}
          onDone={() => setEditing(false)}
          label="Source URL"
          placeholder="Add source URL"
          className="meta-field meta-url-field"
          autoFocus={editing}
        />
      </span>
    );
  }
  if (url === '') return null;
  return (
    <span className="meta-item">
      <Icon name="link" size={13} />
      {isWebUrl(url) ? (
        <a className="article-url" href={url} target="_blank" rel="noreferrer" title={url}>
          {shortUrl(url)}
        </a>
      ) : (
        <span className="article-url-text" title={url}>
          {url}
        </span>
      )}
      {canEdit && (
        <button
          type="button"
          className="btn btn-icon btn-ghost meta-edit"
          aria-label="Edit source URL"
          title="Edit source URL"
          onClick={() => setEditing(true)}
        >
          <Icon name="edit" size={12} />
        </button>
      )}
    </span>
  );
}

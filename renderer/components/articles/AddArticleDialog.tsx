/**
 * The "Add article" dialog: paste an article's text (its first line becomes the title unless a
 * title is given). Pasting from a web page (the clipboard holds text/html) keeps the HTML and sends
 * it to be read like a saved page — headings, links and the page's metadata survive; the field
 * shows the plain text, and typing in it switches back to plain text. A native <dialog> so focus
 * stays inside and Esc closes it.
 */
import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { addArticle } from '../../actions/articleActions';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';

export function AddArticleDialog() {
  const open = useUiStore((s) => s.addArticleOpen);
  const setOpen = useUiStore((s) => s.setAddArticleOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  /** The pasted web page, while the field still shows exactly what was pasted. */
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTitle('');
    setText('');
    setHtml(null);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = e.clipboardData.getData('text/html');
    const field = e.currentTarget;
    const replacesAll = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    // Only a paste that is the whole article can be read as a page; a paste into text stays text.
    if (!pastedHtml.trim() || !replacesAll) return;
    e.preventDefault();
    setText(e.clipboardData.getData('text/plain') || pastedHtml);
    setHtml(pastedHtml);
  };

  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const ok = await addArticle({
      ...(html ? { text: html, format: 'html' as const } : { text, format: 'text' as const }),
      ...(title.trim() ? { title: title.trim() } : {}),
    });
    setBusy(false);
    if (ok) close();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="add-article-title" onClose={close}>
      <form
        className="dialog-body"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <header className="dialog-header">
          <h2 id="add-article-title">Add article</h2>
          <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close}>
            <Icon name="close" />
          </button>
        </header>
        <label className="form-label">
          <span>
            Title <span className="muted">(optional: the first line is used otherwise)</span>
          </span>
          <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Headline" />
        </label>
        <label className="form-label">
          Article text
          <textarea
            className="input textarea-tall"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setHtml(null);
            }}
            onPaste={onPaste}
            placeholder="Paste the article here: headline, byline, date and body — or copy the page from a browser."
            required
            autoFocus
          />
        </label>
        {html && (
          <div className="paste-mode" role="status">
            <Icon name="globe" size={14} />
            <span>
              <strong>Pasted from a web page.</strong> The article is read like a saved page: headings, lists and links
              are kept, menus and ads left out.
            </span>
            <button type="button" className="btn-link" onClick={() => setHtml(null)}>
              Use plain text
            </button>
          </div>
        )}
        <footer className="dialog-footer">
          <span className="muted small">Bylines, dates and “Related” lists are recognised and tidied.</span>
          <button type="button" className="btn btn-ghost" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!text.trim() || busy}>
            Add article
          </button>
        </footer>
      </form>
    </dialog>
  );
}

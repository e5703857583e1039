/**
 * The "Add article" dialog: paste an article's text (its first line becomes the title unless a
 * title is given). A native <dialog> so focus stays inside and Esc closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { addArticle } from '../../actions/articleActions';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';

export function AddArticleDialog() {
  const open = useUiStore((s) => s.addArticleOpen);
  const setOpen = useUiStore((s) => s.setAddArticleOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
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
  };

  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const ok = await addArticle({ text, ...(title.trim() ? { title: title.trim() } : {}) });
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
            onChange={(e) => setText(e.target.value)}
            placeholder="Paste the article here: headline, byline, date and body."
            required
            autoFocus
          />
        </label>
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

/** "Import…" in the articles sidebar: File → Import's picker (saved pages, Word, PDF, Markdown, text, annotations). */
import { importFromPicker } from '../../actions/importActions';
import { useImportStore } from '../../stores/importStore';
import { Icon } from '../common/Icon';

export function ImportFilesButton() {
  const running = useImportStore((s) => s.status === 'running');
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={() => void importFromPicker()}
      disabled={running}
      aria-label="Import files…"
      title="Import files: .html .docx .pdf .md .txt articles, .jsonld annotations (Ctrl+I)"
    >
      <Icon name="upload" size={14} />
      Import
    </button>
  );
}

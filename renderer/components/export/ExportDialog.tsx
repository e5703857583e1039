/**
 * File → Export: choose a format (each with a line on what it is for), what to include (articles,
 * verdicts, only the selected claim), the history appendix (PDF/HTML) and the organisation
 * (ClaimReview). It starts from the export defaults in Settings (again whenever they change). Export asks the main process, which shows a save dialog, writes the file and
 * reveals it; the dialog shows the export's progress meanwhile (a PDF takes seconds) with Cancel,
 * which stops it and leaves no file, then names the file written, or the error. A cancelled save
 * dialog closes the export dialog without a word.
 */
import { useEffect, useRef, useState } from 'react';
import { cancelTask } from '../../actions/longTaskActions';
import { VERDICTS } from '../../../shared/domain/verdict';
import { exportReport, type ExportFormat, type ExportOutcome, type ExportRequest } from '../../actions/exportActions';
import { useArticleStore } from '../../stores/articleStore';
import { useClaimStore } from '../../stores/claimStore';
import { settingsState } from '../../stores/settingsStore';
import { useUiStore } from '../../stores/uiStore';
import { plural } from '../../utils/format';
import { Icon } from '../common/Icon';
import { TaskProgress } from '../common/TaskProgress';
import { EXPORT_FORMATS, HAS_HISTORY } from './exportFormats';
import { ExportFilters, type ExportFilterState } from './ExportFilters';

type Phase =
  | { status: 'editing' }
  | { status: 'exporting' }
  /** The checker cancelled the export while it ran: nothing was saved. */
  | { status: 'stopped' }
  | Exclude<ExportOutcome, { status: 'cancelled' }>;

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;
const folderOf = (file: string): string => file.slice(0, file.length - baseName(file).length).replace(/[\\/]$/, '');

const initialFilters = (): ExportFilterState => ({
  articles: 'all',
  chosen: new Set(),
  verdicts: new Set(VERDICTS),
  onlySelectedClaim: false,
});

export function ExportDialog() {
  const open = useUiStore((s) => s.exportOpen);
  const setOpen = useUiStore((s) => s.setExportOpen);
  const articles = useArticleStore((s) => s.articles);
  const selectedClaim = useClaimStore((s) => s.claims.find((c) => c.id === s.selectedId) ?? null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [filters, setFilters] = useState<ExportFilterState>(initialFilters);
  const [history, setHistory] = useState(false);
  const [organization, setOrganization] = useState('');
  const [phase, setPhase] = useState<Phase>({ status: 'editing' });
  const busy = phase.status === 'exporting';
  const stopRequested = useRef(false);
  const appliedDefaults = useRef<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setPhase({ status: 'editing' });
      // The first opening, and the first after the defaults changed in Settings, start from them;
      // otherwise the dialog keeps the choices made earlier in the session.
      const defaults = settingsState().settings?.exportDefaults;
      if (defaults && JSON.stringify(defaults) !== appliedDefaults.current) {
        appliedDefaults.current = JSON.stringify(defaults);
        setFormat(defaults.format);
        setHistory(defaults.history);
        setFilters({ ...initialFilters(), verdicts: new Set(defaults.verdicts) });
      }
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    if (!busy) setOpen(false);
  };

  /** Cancel while exporting stops the export (the main process removes what it wrote). */
  const cancel = () => {
    if (!busy) return close();
    stopRequested.current = true;
    void cancelTask('export');
  };

  const request = (): ExportRequest => ({
    format,
    ...(filters.articles === 'chosen' ? { articleIds: [...filters.chosen] } : {}),
    ...(filters.verdicts.size < VERDICTS.length ? { verdicts: [...filters.verdicts] } : {}),
    ...(filters.onlySelectedClaim && selectedClaim ? { claimIds: [selectedClaim.id] } : {}),
    ...(HAS_HISTORY.includes(format) && history ? { history: true } : {}),
    ...(format === 'claimreview' && organization.trim() ? { organization: organization.trim() } : {}),
  });

  const problem =
    filters.articles === 'chosen' && filters.chosen.size === 0
      ? 'Choose at least one article.'
      : filters.verdicts.size === 0
        ? 'Choose at least one verdict.'
        : '';

  const submit = async () => {
    if (busy || problem) return;
    setPhase({ status: 'exporting' });
    stopRequested.current = false;
    const outcome = await exportReport(request());
    if (outcome.status === 'cancelled' && stopRequested.current) {
      setPhase({ status: 'stopped' });
    } else if (outcome.status === 'cancelled') {
      setPhase({ status: 'editing' });
      setOpen(false);
    } else {
      setPhase(outcome);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      // The close event arrives a task later: if the dialog was opened again meanwhile, it is not closed.
      onClose={(e) => {
        if (!e.currentTarget.open) setOpen(false);
      }}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      <form
        className="dialog-body"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <header className="dialog-header">
          <h2 id="export-title">Export</h2>
          <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close} disabled={busy}>
            <Icon name="close" />
          </button>
        </header>

        <fieldset className="export-formats" disabled={busy}>
          <legend className="section-label">Format</legend>
          <div className="format-grid" role="radiogroup" aria-label="Format">
            {EXPORT_FORMATS.map((f) => (
              <label key={f.format} className="format-card" data-checked={f.format === format || undefined}>
                <input
                  type="radio"
                  name="export-format"
                  value={f.format}
                  checked={f.format === format}
                  onChange={() => setFormat(f.format)}
                />
                <span className="format-text">
                  <span className="format-label">{f.label}</span>
                  <span className="format-description">{f.description}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <ExportFilters
          value={filters}
          onChange={setFilters}
          articles={articles}
          selectedClaim={selectedClaim}
          disabled={busy}
        />

        {(HAS_HISTORY.includes(format) || format === 'claimreview') && (
          <fieldset className="export-options" disabled={busy}>
            <legend className="section-label">Options</legend>
            {HAS_HISTORY.includes(format) && (
              <label className="check">
                <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />
                Include change history (an appendix listing every change to each claim)
              </label>
            )}
            {format === 'claimreview' && (
              <label className="form-label export-org">
                Organization
                <input
                  className="input"
                  value={organization}
                  onChange={(e) => setOrganization(e.target.value)}
                  placeholder="Who publishes these fact checks (the ClaimReview author)"
                />
              </label>
            )}
          </fieldset>
        )}

        <ExportStatus phase={phase} />

        <footer className="dialog-footer">
          <span className="muted small">
            {problem || (phase.status === 'editing' ? 'You choose where to save it next.' : '')}
          </span>
          {phase.status === 'written' ? (
            <button type="button" className="btn btn-primary" onClick={close} autoFocus>
              Done
            </button>
          ) : (
            <>
              <button type="button" className="btn btn-ghost" onClick={cancel}>
                Cancel
              </button>
              <button type="submit" className="btn btn-primary" disabled={busy || problem !== ''}>
                {busy && <span className="spinner spinner-light" aria-hidden="true" />}
                {busy ? 'Exporting…' : 'Export…'}
              </button>
            </>
          )}
        </footer>
      </form>
    </dialog>
  );
}

function ExportStatus({ phase }: { phase: Phase }) {
  switch (phase.status) {
    case 'editing':
      return null;
    case 'exporting':
      return (
        <div className="export-status">
          <p className="muted small">Exporting… a PDF report can take a few seconds.</p>
          <TaskProgress
            task="export"
            label="Export progress"
            cancelNote="Stopping the export; nothing will be saved."
            cancelButton={false}
          />
        </div>
      );
    case 'stopped':
      return (
        <p className="export-status" role="status">
          Export cancelled; nothing was saved.
        </p>
      );
    case 'failed':
      return (
        <p className="export-status export-status-error" role="alert">
          <Icon name="alert" size={15} />
          <span>Export failed: {phase.message}</span>
        </p>
      );
    case 'written': {
      const { files, claims, articles } = phase.result;
      return (
        <div className="export-status export-status-ok" role="status">
          <Icon name="check" size={15} />
          <div>
            <p>
              Saved{' '}
              {files.map((f, i) => (
                <span key={f}>
                  {i > 0 && ' and '}
                  <strong className="export-file" title={f}>
                    {baseName(f)}
                  </strong>
                </span>
              ))}{' '}
              — {plural(claims, 'claim')} from {plural(articles, 'article')}.
            </p>
            <p className="muted small">In {folderOf(files[0] ?? '')}, shown in your file manager.</p>
          </div>
        </div>
      );
    }
  }
}

/**
 * The import panel in the window's corner: while files are imported, "Importing 2 of 7 — name"
 * with a progress bar and Cancel (which stops before the next file); afterwards, a summary grouped
 * by outcome — added, already present, new versions with their re-anchored and orphaned
 * highlights, annotation files, and failures each named with the reason. Titles open the article.
 */
import { openArticle } from '../../actions/navigation';
import { useImportStore, type ImportRow } from '../../stores/importStore';
import { formatCount, plural } from '../../utils/format';
import { Icon, type IconName } from '../common/Icon';

type Kind = ImportRow['kind'];
type RowOf<K extends Kind> = Extract<ImportRow, { kind: K }>;

export function ImportPanel() {
  const status = useImportStore((s) => s.status);
  if (status === 'idle') return null;
  return (
    <section className="import-panel" aria-label="Import" role="region">
      {status === 'running' ? <ImportProgress /> : <ImportSummary />}
    </section>
  );
}

function ImportProgress() {
  const { total, current, currentName, cancelRequested, heading, requestCancel } = useImportStore();
  const done = Math.max(0, current - 1);
  return (
    <div className="import-progress" aria-live="polite">
      <div className="import-head">
        <span className="spinner" aria-hidden="true" />
        <div className="import-head-text">
          <strong className="import-status">
            {heading || (total === 1 ? 'Importing' : `Importing ${current} of ${total}`)}
          </strong>
          <span className="import-current" title={currentName}>
            {currentName}
          </span>
        </div>
        <button type="button" className="btn btn-small" onClick={requestCancel} disabled={cancelRequested}>
          {cancelRequested ? 'Stopping…' : 'Cancel'}
        </button>
      </div>
      <progress className="import-bar" max={total} value={done} aria-label="Import progress" />
      {cancelRequested && <p className="muted small">Stopping after this file; files already imported stay.</p>}
    </div>
  );
}

const GROUPS: { kind: Kind; label: string; icon: IconName; tone: string }[] = [
  { kind: 'added', label: 'Imported', icon: 'check', tone: 'ok' },
  { kind: 'new-version', label: 'New versions', icon: 'refresh', tone: 'ok' },
  { kind: 'annotations', label: 'Annotation files', icon: 'highlight', tone: 'ok' },
  { kind: 'duplicate', label: 'Already in the project', icon: 'file', tone: 'neutral' },
  { kind: 'failed', label: 'Failed', icon: 'alert', tone: 'error' },
];

function ImportSummary() {
  const { rows, skipped, total, heading, dismiss } = useImportStore();
  const imported = rows.filter((r) => r.kind !== 'failed' && r.kind !== 'duplicate').length;
  const failed = rows.filter((r) => r.kind === 'failed').length;
  const title = heading
    ? heading
    : skipped.length > 0
      ? 'Import cancelled'
      : failed === total
        ? 'Nothing imported'
        : 'Import finished';
  return (
    <div className="import-summary">
      <header className="import-head">
        <Icon
          name={failed > 0 ? 'alert' : 'check'}
          size={18}
          className={failed > 0 ? 'import-icon-error' : 'import-icon-ok'}
        />
        <div className="import-head-text">
          <strong className="import-status">{title}</strong>
          <span className="muted small">
            {formatCount(imported)} of {plural(total, 'file')} imported
            {failed > 0 && ` · ${formatCount(failed)} failed`}
          </span>
        </div>
        <button type="button" className="btn btn-icon btn-ghost" aria-label="Close import summary" onClick={dismiss}>
          <Icon name="close" size={15} />
        </button>
      </header>
      <div className="import-groups">
        {GROUPS.map((g) => {
          const members = rows.filter((r) => r.kind === g.kind);
          if (members.length === 0) return null;
          return (
            <section key={g.kind} className={`import-group import-group-${g.tone}`} aria-label={g.label}>
              <h3 className="import-group-title">
                <Icon name={g.icon} size={13} />
                {g.label} <span className="count">{members.length}</span>
              </h3>
              <ul role="list">
                {members.map((row, i) => (
                  <li key={i} className="import-row" data-kind={row.kind}>
                    <RowBody row={row} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {skipped.length > 0 && (
          <section className="import-group import-group-neutral" aria-label="Not imported">
            <h3 className="import-group-title">
              <Icon name="close" size={13} />
              Not imported (cancelled) <span className="count">{skipped.length}</span>
            </h3>
            <ul role="list">
              {skipped.map((name, i) => (
                <li key={i} className="import-row">
                  <span className="import-file">{name}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

function ArticleLink({ row }: { row: RowOf<'added' | 'duplicate' | 'new-version'> }) {
  return (
    <button type="button" className="import-article" onClick={() => void openArticle(row.articleId)} title={row.name}>
      {row.title}
    </button>
  );
}

function RowBody({ row }: { row: ImportRow }) {
  switch (row.kind) {
    case 'added':
    case 'duplicate':
      return (
        <>
          <ArticleLink row={row} />
          <span className="import-file">{row.name}</span>
        </>
      );
    case 'new-version':
      return (
        <>
          <ArticleLink row={row} />
          <span className="import-detail">
            {plural(row.reanchored, 'highlight')} re-anchored, {row.orphaned} orphaned
          </span>
          {row.orphaned > 0 && (
            <span className="import-detail muted">
              Orphaned highlights are listed on their claims as not found in this version.
            </span>
          )}
        </>
      );
    case 'annotations':
      return (
        <>
          <span className="import-file-strong">{row.name}</span>
          <span className="import-detail">
            {plural(row.restored, 'highlight')} restored
            {row.alreadyPresent > 0 && `, ${row.alreadyPresent} already present`}
            {row.unplaced > 0 && `, ${row.unplaced} could not be placed`}
          </span>
        </>
      );
    case 'failed':
      return (
        <>
          <span className="import-file-strong">{row.name}</span>
          <span className="import-error">{row.message}</span>
        </>
      );
  }
}

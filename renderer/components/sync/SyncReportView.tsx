/**
 * What the last sync round did: the change file published for colleagues (or that there was
 * nothing new), the colleagues' files read, what they brought, what waits for changes it depends
 * on, the conflicts (a link to the conflicts view), and the files skipped with their reasons
 * (retried next round).
 */
import type { SyncReport } from '../../../shared/sync/syncIpcSchemas';
import { useSyncStore } from '../../stores/syncStore';
import { formatWhen, plural } from '../../utils/format';
import { Icon } from '../common/Icon';
import { baseName } from './syncText';

export function SyncReportView({ report, at }: { report: SyncReport; at: string }) {
  const openView = useSyncStore((s) => s.openView);
  return (
    <section className="sync-report" aria-labelledby="sync-report-title">
      <h3 id="sync-report-title" className="section-label">
        Last sync <span className="sync-report-when">· {formatWhen(at)}</span>
      </h3>
      <dl className="sync-facts">
        <div className="sync-fact">
          <dt>Published</dt>
          <dd>
            {report.published ? (
              <span className="sync-file" title={report.published}>
                {baseName(report.published)}
              </span>
            ) : (
              <span className="muted">Nothing new to share</span>
            )}
          </dd>
        </div>
        <div className="sync-fact">
          <dt>Read</dt>
          <dd>
            {report.read.length === 0 ? (
              <span className="muted">No new files from colleagues</span>
            ) : (
              <>
                {plural(report.read.length, 'file')} from colleagues, {plural(report.changes, 'change')} brought in
                <ul className="sync-file-list">
                  {report.read.map((f) => (
                    <li key={f} className="sync-file" title={f}>
                      {baseName(f)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </dd>
        </div>
        {report.pending > 0 && (
          <div className="sync-fact">
            <dt>Waiting</dt>
            <dd>
              {plural(report.pending, 'change')} waiting for changes they depend on; they apply once those arrive.
            </dd>
          </div>
        )}
        {report.conflicts > 0 && (
          <div className="sync-fact">
            <dt>Conflicts</dt>
            <dd>
              <button type="button" className="btn-link" onClick={() => openView('conflicts')}>
                {plural(report.conflicts, 'conflict')} to settle
              </button>
            </dd>
          </div>
        )}
        {report.skipped.length > 0 && (
          <div className="sync-fact">
            <dt>Skipped</dt>
            <dd>
              <ul className="sync-file-list sync-skipped">
                {report.skipped.map((s) => (
                  <li key={s.file}>
                    <Icon name="alert" size={13} />
                    <span>
                      <span className="sync-file" title={s.file}>
                        {baseName(s.file)}
                      </span>
                      <span className="muted"> — {s.reason}</span>
                    </span>
                  </li>
                ))}
              </ul>
              <span className="muted small">Skipped files are tried again next time.</span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

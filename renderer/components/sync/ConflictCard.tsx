/**
 * One conflict: the claim (a link that opens it), the field, what every copy shows now, and every
 * concurrent version with who set it and when. The checker keeps one version or sets a new value
 * (any verdict; a rationale of their own; keep or delete the claim); the resolution is itself a
 * change that reaches colleagues and closes the conflict on their copies too.
 */
import { useState } from 'react';
import { VERDICTS, VERDICT_STYLES, isVerdict } from '../../../shared/domain/verdict';
import type { ClaimConflict } from '../../../shared/sync/syncIpcSchemas';
import { errorMessage } from '../../api/client';
import { resolveConflict, showConflictClaim } from '../../actions/syncActions';
import { Icon } from '../common/Icon';
import { VerdictBadge } from '../common/VerdictBadge';
import { FIELD_LABEL, formatStamp, valueText } from './syncText';

function Value({ field, value }: { field: ClaimConflict['field']; value: string }) {
  if (field === 'verdict' && isVerdict(value)) return <VerdictBadge verdict={value} />;
  if (field === 'rationale') return <span className="conflict-rationale">{valueText(field, value)}</span>;
  return <span className={`conflict-deleted conflict-deleted-${value}`}>{valueText(field, value)}</span>;
}

export function ConflictCard({ conflict, canEdit }: { conflict: ClaimConflict; canEdit: boolean }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [rationale, setRationale] = useState('');
  const { field } = conflict;

  const resolve = async (value: string) => {
    setBusy(true);
    setFailure('');
    try {
      await resolveConflict(conflict, value);
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="conflict-card" aria-label={`Conflict: ${conflict.claimText}`} data-field={field}>
      <header className="conflict-head">
        <span className="conflict-field">{FIELD_LABEL[field]}</span>
        {conflict.claimDeleted ? (
          // A deleted claim has no detail to open until it is kept.
          <span className="conflict-claim" title={conflict.claimText}>
            <span className="conflict-claim-text">{conflict.claimText}</span>
          </span>
        ) : (
          <button
            type="button"
            className="conflict-claim"
            onClick={() => void showConflictClaim(conflict.claimId)}
            title="Open this claim"
          >
            <span className="conflict-claim-text">{conflict.claimText}</span>
            <Icon name="arrowRight" size={13} />
          </button>
        )}
        {conflict.claimDeleted && <span className="conflict-note">deleted now</span>}
      </header>

      <p className="conflict-shown">
        <span className="muted">Every copy shows now:</span> <Value field={field} value={conflict.shown} />
      </p>

      <ol className="conflict-versions" aria-label="Versions">
        {conflict.versions.map((v) => (
          <li key={`${v.replicaId}-${v.setAt}`} className="conflict-version">
            <div className="conflict-version-value">
              <Value field={field} value={v.value} />
              {field === 'deleted' && v.detail && v.detail !== v.value && (
                <span className="muted small">({v.detail})</span>
              )}
              {field !== 'deleted' && v.value === conflict.shown && (
                <span className="conflict-shown-tag">shown now</span>
              )}
            </div>
            <div className="conflict-version-who">
              <span className="conflict-by">{v.setBy}</span>
              <time className="conflict-when" dateTime={v.setAt} title={v.setAt}>
                {formatStamp(v.setAt)}
              </time>
            </div>
            {canEdit && field !== 'deleted' && (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => void resolve(v.value)}
                aria-label={`Keep ${valueText(field, v.value)} by ${v.setBy}`}
              >
                Keep this
              </button>
            )}
          </li>
        ))}
      </ol>

      {canEdit && (
        <div className="conflict-resolve">
          {field === 'verdict' && (
            <div className="conflict-choice">
              <span className="muted small">Or set the verdict:</span>
              <div className="conflict-verdicts" role="group" aria-label="Set the verdict">
                {VERDICTS.map((v) => (
                  <button
                    key={v}
                    type="button"
                    className={`btn btn-small conflict-verdict verdict-${v}`}
                    disabled={busy}
                    onClick={() => void resolve(v)}
                  >
                    <span className="verdict-symbol" aria-hidden="true">
                      {VERDICT_STYLES[v].symbol}
                    </span>
                    {VERDICT_STYLES[v].label}
                  </button>
                ))}
              </div>
            </div>
          )}
          {field === 'rationale' && (
            <form
              className="conflict-rationale-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (rationale.trim()) void resolve(rationale.trim());
              }}
            >
              <label className="muted small" htmlFor={`rationale-${conflict.id}`}>
                Or write a rationale that settles it:
              </label>
              <textarea
                id={`rationale-${conflict.id}`}
                className="input conflict-rationale-input"
                value={rationale}
                onChange={(e) => setRationale(e.target.value)}
                placeholder="Why this verdict? Combine what both found."
                disabled={busy}
              />
              <button type="submit" className="btn btn-small" disabled={busy || !rationale.trim()}>
                Save this rationale
              </button>
            </form>
          )}
          {field === 'deleted' && (
            <div className="conflict-choice">
              <span className="muted small">Settle it:</span>
              <div className="conflict-verdicts">
                <button type="button" className="btn btn-small" disabled={busy} onClick={() => void resolve('kept')}>
                  Keep the claim
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger-outline"
                  disabled={busy}
                  onClick={() => void resolve('deleted')}
                >
                  Delete it
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {failure && (
        <p className="sync-failure" role="alert">
          <Icon name="alert" size={15} />
          <span>{failure}</span>
        </p>
      )}
    </article>
  );
}

/**
 * What goes into an export: every article or a chosen few, which verdicts, and optionally only
 * the claim selected in the claims panel. Controlled by the export dialog.
 */
import type { ArticleSummary, Claim } from '../../../shared/domain/types';
import { VERDICTS, type Verdict } from '../../../shared/domain/verdict';
import { truncate } from '../../utils/format';
import { VerdictBadge } from '../common/VerdictBadge';

export interface ExportFilterState {
  articles: 'all' | 'chosen';
  chosen: ReadonlySet<string>;
  verdicts: ReadonlySet<Verdict>;
  onlySelectedClaim: boolean;
}

interface Props {
  value: ExportFilterState;
  onChange: (next: ExportFilterState) => void;
  articles: readonly ArticleSummary[];
  selectedClaim: Claim | null;
  disabled: boolean;
}

const toggled = <T,>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> => {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
};

export function ExportFilters({ value, onChange, articles, selectedClaim, disabled }: Props) {
  const set = (patch: Partial<ExportFilterState>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="export-filters" disabled={disabled}>
      <legend className="section-label">Include</legend>

      <div className="export-row" role="radiogroup" aria-label="Articles">
        <span className="export-row-label">Articles</span>
        <div className="export-choices">
          <label className="check">
            <input
              type="radio"
              name="export-articles"
              checked={value.articles === 'all'}
              onChange={() => set({ articles: 'all' })}
            />
            All articles <span className="count">{articles.length}</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name="export-articles"
              checked={value.articles === 'chosen'}
              onChange={() => set({ articles: 'chosen' })}
            />
            Only these…
          </label>
        </div>
      </div>
      {value.articles === 'chosen' && (
        <ul className="export-article-list" role="list" aria-label="Articles to export">
          {articles.map((a) => (
            <li key={a.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={value.chosen.has(a.id)}
                  onChange={(e) => set({ chosen: toggled(value.chosen, a.id, e.target.checked) })}
                />
                <span className="export-article-title">{a.title || 'Untitled article'}</span>
                {a.outlet && <span className="muted small">{a.outlet}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}

      <div className="export-row" role="group" aria-label="Verdicts">
        <span className="export-row-label">Verdicts</span>
        <div className="export-choices">
          {[...VERDICTS].reverse().map((v) => (
            <label key={v} className="check">
              <input
                type="checkbox"
                checked={value.verdicts.has(v)}
                onChange={(e) => set({ verdicts: toggled(value.verdicts, v, e.target.checked) })}
              />
              <VerdictBadge verdict={v} />
            </label>
          ))}
        </div>
      </div>

      {selectedClaim && (
        <label className="check export-claim">
          <input
            type="checkbox"
            checked={value.onlySelectedClaim}
            onChange={(e) => set({ onlySelectedClaim: e.target.checked })}
          />
          <span>
            Only the selected claim: <em>“{truncate(selectedClaim.text, 70)}”</em>
          </span>
        </label>
      )}
    </fieldset>
  );
}

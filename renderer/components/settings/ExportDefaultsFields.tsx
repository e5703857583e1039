/**
 * The Settings dialog's export defaults: the format, whether reports carry the change-history
 * appendix, and which verdicts' claims they include. The Export dialog starts from these each time
 * it opens, so a desk that always sends its editor a PDF of disputed claims sets it up once.
 */
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../../shared/domain/verdict';
import type { UserSettings } from '../../stores/settingsStore';
import { EXPORT_FORMATS } from '../export/exportFormats';

export type ExportDefaults = UserSettings['exportDefaults'];

interface Props {
  value: ExportDefaults;
  onChange(next: ExportDefaults): void;
}

export function ExportDefaultsFields({ value, onChange }: Props) {
  const toggleVerdict = (verdict: Verdict, on: boolean) => {
    const verdicts = VERDICTS.filter((v) => (v === verdict ? on : value.verdicts.includes(v)));
    onChange({ ...value, verdicts });
  };
  return (
    <fieldset className="settings-field settings-export">
      <legend className="form-label">Export defaults</legend>
      <label className="settings-export-row">
        <span>Format</span>
        <select
          className="input"
          aria-label="Default export format"
          value={value.format}
          onChange={(e) => onChange({ ...value, format: e.target.value as ExportDefaults['format'] })}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f.format} value={f.format}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.history}
          onChange={(e) => onChange({ ...value, history: e.target.checked })}
        />
        Include the change history appendix (PDF and HTML)
      </label>
      <div className="settings-export-row" role="group" aria-label="Default verdicts">
        <span>Verdicts</span>
        {VERDICTS.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={value.verdicts.includes(v)}
              onChange={(e) => toggleVerdict(v, e.target.checked)}
            />
            {VERDICT_STYLES[v].label}
          </label>
        ))}
      </div>
      {value.verdicts.length === 0 && <p className="settings-help error-text">Choose at least one verdict.</p>}
    </fieldset>
  );
}

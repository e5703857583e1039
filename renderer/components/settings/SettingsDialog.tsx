/**
 * Settings (File → Settings, or a click on the checker's name): the checker's name, recorded on
 * every change and shared with colleagues, how many automatic backups to keep, and the options the
 * Export dialog starts from (format, history appendix, verdicts). On the first
 * run the same dialog greets the checker and asks only for the name (prefilled with the system's
 * user name) before work starts; it cannot be dismissed, since every change needs an author.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { loadSettings, saveSettings } from '../../actions/settingsActions';
import { useSettingsStore } from '../../stores/settingsStore';
import { initials } from '../../utils/format';
import { Icon } from '../common/Icon';
import { useModalDialog } from '../common/useModalDialog';
import { ExportDefaultsFields, type ExportDefaults } from './ExportDefaultsFields';

const MAX_NAME = 200;

export function SettingsDialog() {
  const open = useSettingsStore((s) => s.open);
  const setOpen = useSettingsStore((s) => s.setOpen);
  const settings = useSettingsStore((s) => s.settings);
  const dialog = useModalDialog(open && settings !== null);
  const [name, setName] = useState('');
  const [backups, setBackups] = useState('');
  const [exportDefaults, setExportDefaults] = useState<ExportDefaults | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const firstRun = settings?.firstRun ?? false;

  useEffect(() => {
    if (open && settings === null) void loadSettings().catch((err) => setFailure(errorMessage(err)));
  }, [open, settings]);

  // Each opening starts from the saved values.
  useEffect(() => {
    if (!open || !settings) return;
    setName(settings.checkerName);
    setBackups(String(settings.backupsToKeep));
    setExportDefaults(settings.exportDefaults);
    setFailure('');
  }, [open, settings]);

  const trimmed = name.trim();
  const count = Number(backups);
  const nameProblem = trimmed === '' ? 'Enter your name.' : trimmed.length > MAX_NAME ? 'At most 200 characters.' : '';
  const backupsProblem =
    !/^\d+$/.test(backups.trim()) || count < 1 || count > 1000 ? 'A whole number from 1 to 1000.' : '';
  const invalid = nameProblem !== '' || (!firstRun && (backupsProblem !== '' || exportDefaults?.verdicts.length === 0));

  const close = () => {
    if (!firstRun && !busy) setOpen(false);
  };

  const submit = async () => {
    if (invalid || busy) return;
    setBusy(true);
    setFailure('');
    try {
      await saveSettings(
        firstRun
          ? { checkerName: trimmed }
          : { checkerName: trimmed, backupsToKeep: count, ...(exportDefaults ? { exportDefaults } : {}) },
      );
      setOpen(false);
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog settings-dialog"
      aria-labelledby="settings-title"
      data-first-run={firstRun || undefined}
      onClose={(e) => {
        // The close event arrives a task later: a dialog opened again meanwhile stays open.
        if (!firstRun && !e.currentTarget.open) setOpen(false);
      }}
      onCancel={(e) => {
        // The first run needs a name before any change is made; Esc does not skip it.
        if (firstRun || busy) e.preventDefault();
      }}
    >
      {open && settings && (
        <form
          className="dialog-body"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <header className="dialog-header">
            <h2 id="settings-title">{firstRun ? 'Welcome to Claimdesk' : 'Settings'}</h2>
            {!firstRun && (
              <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close}>
                <Icon name="close" />
              </button>
            )}
          </header>
          {firstRun && (
            <p className="settings-welcome">
              Before you start: what name should your work carry? Claimdesk records it on every change you make — each
              verdict, highlight and note — and colleagues see it when you share the project.
            </p>
          )}

          <div className="settings-field">
            <label className="form-label" htmlFor="settings-name">
              Your name
            </label>
            <div className="settings-name-row">
              <span className="avatar avatar-large" aria-hidden="true">
                {initials(trimmed)}
              </span>
              <input
                id="settings-name"
                className="input"
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={MAX_NAME + 20}
                required
                aria-invalid={nameProblem !== '' || undefined}
                aria-describedby="settings-name-help"
                autoFocus
              />
            </div>
            <p id="settings-name-help" className={nameProblem ? 'settings-help error-text' : 'settings-help'}>
              {nameProblem ||
                (firstRun
                  ? 'You can change it later in Settings.'
                  : 'Recorded on every change you make from now on, and shared with colleagues. Earlier changes keep the name they were made under.')}
            </p>
          </div>

          {!firstRun && (
            <div className="settings-field">
              <label className="form-label" htmlFor="settings-backups">
                Backups to keep
              </label>
              <div className="settings-backups-row">
                <input
                  id="settings-backups"
                  className="input settings-number"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={1000}
                  step={1}
                  value={backups}
                  onChange={(e) => setBackups(e.target.value)}
                  aria-invalid={backupsProblem !== '' || undefined}
                  aria-describedby="settings-backups-help"
                />
                <span className="muted">per project</span>
              </div>
              <p id="settings-backups-help" className={backupsProblem ? 'settings-help error-text' : 'settings-help'}>
                {backupsProblem ||
                  'Claimdesk backs up each project when it opens and every 5 minutes while it changes, in its own folder (never beside the project); the oldest go first.'}
              </p>
            </div>
          )}

          {!firstRun && exportDefaults && <ExportDefaultsFields value={exportDefaults} onChange={setExportDefaults} />}

          {failure && (
            <p className="sync-failure" role="alert">
              <Icon name="alert" size={15} />
              <span>{failure}</span>
            </p>
          )}

          <footer className="dialog-footer">
            <span className="muted" />
            {!firstRun && (
              <button type="button" className="btn btn-ghost" onClick={close} disabled={busy}>
                Cancel
              </button>
            )}
            <button type="submit" className="btn btn-primary" disabled={invalid || busy}>
              {firstRun ? 'Start checking' : 'Save'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}

/**
 * The strip above the workbench: which project is open (and where), whether it is read-only,
 * Export (reports and open formats), and whose name goes on every change.
 */
import { renameProject } from '../actions/projectActions';
import { useProjectStore } from '../stores/projectStore';
import { BlurField } from './common/BlurField';
import { useUiStore } from '../stores/uiStore';
import { Icon } from './common/Icon';
import { Logo } from './common/Logo';
import { CheckerButton } from './settings/CheckerButton';
import { SyncIndicator } from './sync/SyncIndicator';

/** Shown after the banner's "Read-only." when the main process gave no reason (who holds the project, where it lives). */
const NO_REASON = 'This project is open for reading; changes are turned off.';

export function TopBar() {
  const project = useProjectStore((s) => s.project);
  const openExport = useUiStore((s) => s.setExportOpen);
  if (!project) return null;
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <Logo />
        <span className="topbar-app">Claimdesk</span>
        <Icon name="chevronRight" size={14} className="topbar-sep" />
        {project.readOnly ? (
          <span className="topbar-project" title={project.path}>
            {project.title}
          </span>
        ) : (
          <span className="topbar-project" title={project.path}>
            <BlurField
              value={project.title}
              label="Project title"
              required
              className="topbar-title-field"
              onSave={(t) => void renameProject(t)}
            />
          </span>
        )}
      </div>
      {project.readOnly && (
        <div className="readonly-banner" role="status" title={project.readOnlyReason}>
          <Icon name="lock" size={14} />
          <span>
            <strong>Read-only.</strong> {project.readOnlyReason || NO_REASON}
          </span>
        </div>
      )}
      <SyncIndicator />
      <button
        type="button"
        className="btn btn-small topbar-export"
        onClick={() => openExport(true)}
        title="Export a report or an open format (Ctrl+Shift+E)"
      >
        <Icon name="download" size={14} />
        Export…
      </button>
      <CheckerButton actor={project.actor} />
    </header>
  );
}

/**
 * The screen when no project is open: start a new project, open one, try the sample, or pick a
 * recent file. The file commands run in the main process (native dialogs).
 */
import type { ReactNode } from 'react';
import type { MethodArgs } from '../../../shared/ipc/contract';
import { api } from '../../api/client';
import { runAction } from '../../actions/runAction';
import { refreshProject } from '../../actions/refresh';
import { useProjectStore } from '../../stores/projectStore';
import { Icon, type IconName } from '../common/Icon';
import { Logo } from '../common/Logo';
import { Toast } from '../overlays/Toast';

type FileCommand = MethodArgs<'fileCommand'>[0];

const fileCommand = (command: FileCommand) =>
  void runAction(async () => {
    await api.fileCommand(command);
    await refreshProject();
  });

const openRecent = (file: string) =>
  void runAction(async () => {
    await api.openRecent(file);
    await refreshProject();
  });

function Action({
  icon,
  title,
  detail,
  onClick,
}: {
  icon: IconName;
  title: string;
  detail: ReactNode;
  onClick: () => void;
}) {
  return (
    <button type="button" className="welcome-action" onClick={onClick}>
      <span className="welcome-action-icon">
        <Icon name={icon} size={18} />
      </span>
      <span className="welcome-action-text">
        <strong>{title}</strong>
        <span className="muted">{detail}</span>
      </span>
    </button>
  );
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;
const dirName = (file: string) => file.slice(0, Math.max(0, file.length - baseName(file).length - 1));

export function Welcome() {
  const recent = useProjectStore((s) => s.recent);
  return (
    <div className="welcome">
      <div className="welcome-card">
        <div className="welcome-brand">
          <Logo size={36} />
          <div>
            <h1>Claimdesk</h1>
            <p className="muted">Check the claims in news articles: highlight, judge, cite, keep the history.</p>
          </div>
        </div>
        <div className="welcome-actions">
          <Action
            icon="plus"
            title="New project…"
            detail="Start an empty project file"
            onClick={() => fileCommand('new')}
          />
          <Action
            icon="folder"
            title="Open project…"
            detail="A .claimdesk file from your disk"
            onClick={() => fileCommand('open')}
          />
          <Action
            icon="sample"
            title="Open sample project"
            detail="Two articles about Venezuela’s prisoner releases"
            onClick={() => fileCommand('openSample')}
          />
        </div>
        {recent.length > 0 && (
          <div className="welcome-recent">
            <h2 className="section-label">Recent</h2>
            <ul role="list">
              {recent.map((file) => (
                <li key={file}>
                  <button type="button" className="recent-item" onClick={() => openRecent(file)} title={file}>
                    <Icon name="clock" size={14} />
                    <span className="recent-name">{baseName(file).replace(/\.claimdesk$/i, '')}</span>
                    <span className="recent-dir">{dirName(file)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <Toast />
    </div>
  );
}

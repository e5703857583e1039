/** Shown when the project cannot be read: the reason (naming the file), and a way back. */
import { api } from '../../api/client';
import { runAction } from '../../actions/runAction';
import { refreshProject } from '../../actions/refresh';
import { useProjectStore } from '../../stores/projectStore';
import { Icon } from '../common/Icon';
import { Toast } from '../overlays/Toast';

export function ProjectFailed() {
  const message = useProjectStore((s) => s.message);
  return (
    <div className="welcome">
      <div className="welcome-card" role="alert">
        <h1>This project cannot be shown</h1>
        <p className="error-text">{message}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={() => void refreshProject()}>
            Try again
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() =>
              void runAction(async () => {
                await api.fileCommand('open');
                await refreshProject();
              })
            }
          >
            <Icon name="folder" size={14} />
            Open another project…
          </button>
        </div>
      </div>
      <Toast />
    </div>
  );
}

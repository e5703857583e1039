/**
 * The window's top level: loads the project and listens to the main process, then shows the
 * workbench, the welcome screen (no project open) or why the project could not be shown.
 */
import { useEffect } from 'react';
import { onAppEvent } from './api/client';
import { handleAppEvent } from './actions/commands';
import { refreshProject } from './actions/refresh';
import { rememberView } from './actions/viewStateActions';
import { useProjectStore } from './stores/projectStore';
import { Workbench } from './components/Workbench';
import { Welcome } from './components/welcome/Welcome';
import { ProjectFailed } from './components/welcome/ProjectFailed';

export function App() {
  const status = useProjectStore((s) => s.status);

  useEffect(() => {
    void refreshProject();
    const forget = rememberView();
    const stop = onAppEvent(handleAppEvent);
    return () => {
      forget();
      stop();
    };
  }, []);

  switch (status) {
    case 'loading':
      return <div className="app-loading" aria-busy="true" />;
    case 'welcome':
      return <Welcome />;
    case 'failed':
      return <ProjectFailed />;
    case 'open':
      return <Workbench />;
  }
}

/**
 * The native file pickers behind New, Open and Save As, on top of Electron's `dialog`. The
 * dialog calls are passed in (see nativeDialogsOf) so tests can answer them; everything here
 * only shapes the options and the answers.
 */
import path from 'node:path';
import type {
  BaseWindow,
  Dialog,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { withProjectExtension, type ProjectDialogs } from './appWorkspace';

export interface NativeDialogs {
  save(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  open(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** Electron's dialogs, attached to the app window when there is one (sheets on macOS). */
export function nativeDialogsOf(dialog: Dialog, parent: () => BaseWindow | null): NativeDialogs {
  return {
    save: (options) => {
      const win = parent();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    open: (options) => {
      const win = parent();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
  };
}

const PROJECT_FILTERS = [{ name: 'Claimdesk project', extensions: ['claimdesk'] }];

/** `defaultDir` is where a new project goes unless the user picks elsewhere (Documents). */
export function createProjectDialogs(native: NativeDialogs, defaultDir: () => string): ProjectDialogs {
  const saveTo = async (title: string, buttonLabel: string, defaultPath: string) => {
    const r = await native.save({
      title,
      buttonLabel,
      defaultPath,
      filters: PROJECT_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return r.canceled || !r.filePath ? null : withProjectExtension(r.filePath);
  };
  return {
    chooseNewProjectPath: () => saveTo('New project', 'Create', path.join(defaultDir(), 'Untitled.claimdesk')),
    chooseProjectToOpen: async () => {
      const r = await native.open({
        title: 'Open project',
        defaultPath: defaultDir(),
        filters: PROJECT_FILTERS,
        properties: ['openFile'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseCopyPath: (currentPath) => {
      const base = path.basename(currentPath).replace(/\.claimdesk$/i, '');
      return saveTo('Save project as', 'Save', path.join(path.dirname(currentPath), `${base} copy.claimdesk`));
    },
  };
}

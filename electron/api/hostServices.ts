/**
 * What import and export need from the host beyond the project: native file pickers, a PDF engine
 * and the file manager. The app passes Electron's (dialogs, printToPDF, shell.showItemInFolder);
 * the e2e harness passes fixed paths and the system Chromium. The renderer never names a file on
 * disk: it gets opaque tokens for the files the user picked.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import type { UserSettings, ViewState } from '../../shared/ipc/schemas';
import type { ExportFormat, PdfPrinter } from '../export/exportProject';
import type { ProgressEvent } from './longTasks';

export interface HostServices {
  /** A multi-file picker for File → Import; absolute paths, [] when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** A save dialog for an export; null when cancelled. */
  chooseExportPath(format: ExportFormat, suggestedName: string): Promise<string | null>;
  printPdf: PdfPrinter;
  /** Shows a written file in the system's file manager. */
  revealFile(file: string): void;
  /** The checker's preferences, and changing them (the new name applies to the open project at once). */
  getSettings(): UserSettings;
  updateSettings(patch: Partial<Omit<UserSettings, 'firstRun'>>): UserSettings;
  /** Sends a long task's progress to the window (the app's event channel); absent: not shown. */
  notify?(event: ProgressEvent): void;
  /** The view remembered per project (the app keeps it in the user data folder); absent: not remembered. */
  viewState?: {
    get(projectPath: string): ViewState;
    /** Merges the fields given into what is remembered for the project. */
    save(projectPath: string, patch: Partial<ViewState>): void;
  };
}

/** The checker's preferences as the Settings dialog shows them (see UserSettingsSchema). */
export type { UserSettings };

const unavailable = (): never => {
  throw new ClaimdeskError('unavailable', 'This window cannot open file dialogs.');
};

export const NO_HOST: HostServices = {
  chooseImportFiles: async () => unavailable(),
  chooseExportPath: async () => unavailable(),
  printPdf: async () => unavailable(),
  revealFile: () => undefined,
  getSettings: () => unavailable(),
  updateSettings: () => unavailable(),
};

/**
 * The app's host services for import and export (see electron/api/hostServices.ts): Electron's
 * native pickers, the hidden-window PDF engine and the system file manager. Only option shaping
 * lives here; the calls come in as parameters so tests can answer them.
 */
import path from 'node:path';
import type { HostServices, UserSettings } from '../api/hostServices';
import { DEFAULT_BACKUPS_TO_KEEP } from '../backup/projectBackups';
import { DEFAULT_EXPORT, type Settings } from '../settings/settingsFile';
import type { SettingsStore } from './appWorkspace';
import type { ExportFormat, PdfPrinter } from '../export/exportProject';
import { IMPORT_EXTENSIONS } from '../import/readArticleFile';
import type { NativeDialogs } from './projectDialogs';

const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF report', extensions: ['pdf'] },
  html: { name: 'HTML report', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  claimreview: { name: 'ClaimReview JSON-LD', extensions: ['jsonld', 'json'] },
  w3c: { name: 'W3C Web Annotations', extensions: ['jsonld', 'json'] },
};

export interface HostDialogDeps {
  native: NativeDialogs;
  /** Where dialogs start (Documents). */
  defaultDir: () => string;
  printPdf: PdfPrinter;
  showItemInFolder: (file: string) => void;
  settings: SettingsStore;
  /** Sends a long task's progress to the window. */
  notify?: HostServices['notify'];
  /** The view remembered per project (see projectWindowMemory.ts). */
  viewState?: HostServices['viewState'];
  /** The checker renamed themself: the open project records the new name from now on. */
  onCheckerRenamed?(name: string): void;
}

function userSettings(s: Readonly<Settings>): UserSettings {
  return {
    checkerName: s.checkerName,
    backupsToKeep: s.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP,
    firstRun: s.checkerConfirmed !== true,
    exportDefaults: s.exportDefaults ?? { ...DEFAULT_EXPORT, verdicts: [...DEFAULT_EXPORT.verdicts] },
  };
}

export function createHostServices(deps: HostDialogDeps): HostServices {
  return {
    chooseImportFiles: async () => {
      const r = await deps.native.open({
        title: 'Import articles',
        defaultPath: deps.defaultDir(),
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: IMPORT_EXTENSIONS.map((e) => e.slice(1)) },
          { name: 'W3C annotations', extensions: ['jsonld', 'json'] },
        ],
      });
      return r.canceled ? [] : r.filePaths;
    },
    chooseExportPath: async (format, suggestedName) => {
      const r = await deps.native.save({
        title: 'Export',
        buttonLabel: 'Export',
        defaultPath: path.join(deps.defaultDir(), suggestedName),
        filters: [EXPORT_FILTERS[format]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    printPdf: deps.printPdf,
    viewState: deps.viewState,
    notify: deps.notify,
    revealFile: (file) => deps.showItemInFolder(file),
    getSettings: () => userSettings(deps.settings.get()),
    updateSettings: (patch) => {
      const before = deps.settings.get().checkerName;
      deps.settings.update({ ...patch, checkerConfirmed: true });
      const after = deps.settings.get();
      if (after.checkerName !== before) deps.onCheckerRenamed?.(after.checkerName);
      return userSettings(after);
    },
  };
}

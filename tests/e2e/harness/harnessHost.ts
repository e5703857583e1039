/**
 * The host services (file pickers, PDF engine, file manager) as the harness provides them: the
 * "dialog" answers with files a scenario set beforehand, exports land in a temp folder, PDFs are
 * printed by the system Chromium, and revealed files are recorded for the test to check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HostServices, UserSettings } from '../../../electron/api/hostServices';
import type { ProgressEvent } from '../../../electron/api/longTasks';
import type { ViewState } from '../../../shared/ipc/schemas';
import { printHtmlToPdf } from '../../../electron/export/printPdf';

export class HarnessHost implements HostServices {
  /** What the next File → Import dialog returns (absolute paths). */
  importFiles: string[] = [];
  /** Where exports are saved; null makes the save dialog "cancelled". */
  exportDir: string | null = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-export-'));
  readonly revealed: string[] = [];
  printPdf = printHtmlToPdf;

  async chooseImportFiles(): Promise<string[]> {
    return this.importFiles;
  }

  async chooseExportPath(_format: string, suggestedName: string): Promise<string | null> {
    return this.exportDir ? path.join(this.exportDir, suggestedName) : null;
  }

  revealFile(file: string): void {
    this.revealed.push(file);
  }

  settings: UserSettings = {
    checkerName: 'Test Checker',
    backupsToKeep: 10,
    firstRun: false,
    exportDefaults: { format: 'pdf', history: false, verdicts: ['unverified', 'disputed', 'verified'] },
  };
  /** Sends a long task's progress to the page (set by the harness once the page exists). */
  notify?: (event: ProgressEvent) => void;
  /** The view remembered per project (the open article and claim), as the app keeps it in its user data folder. */
  readonly views = new Map<string, ViewState>();
  viewState = {
    get: (project: string): ViewState => this.views.get(project) ?? { selectedArticleId: null, selectedClaimId: null },
    save: (project: string, patch: Partial<ViewState>) =>
      void this.views.set(project, { ...this.viewState.get(project), ...patch }),
  };

  /** Called when the checker's name changes, as the app renames the open project's actor. */
  onCheckerRenamed?: (name: string) => void;

  getSettings(): UserSettings {
    return this.settings;
  }

  updateSettings(patch: Partial<Omit<UserSettings, 'firstRun'>>): UserSettings {
    const before = this.settings.checkerName;
    this.settings = { ...this.settings, ...patch, firstRun: false };
    if (this.settings.checkerName !== before) this.onCheckerRenamed?.(this.settings.checkerName);
    return this.settings;
  }
}

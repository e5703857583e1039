import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createHostServices } from '../../../electron/shell/hostDialogs';
import type { SettingsStore } from '../../../electron/shell/appWorkspace';
import type { Settings } from '../../../electron/settings/settingsFile';

function native(answer: { open?: string[]; save?: string | null }) {
  const asked: { open?: OpenDialogOptions; save?: SaveDialogOptions } = {};
  return {
    asked,
    native: {
      open: async (o: OpenDialogOptions) => {
        asked.open = o;
        return { canceled: !answer.open, filePaths: answer.open ?? [] };
      },
      save: async (o: SaveDialogOptions) => {
        asked.save = o;
        return { canceled: answer.save == null, filePath: answer.save ?? '' };
      },
    },
  };
}

function memorySettings(): SettingsStore {
  let s: Settings = { checkerName: 'ana', recentProjects: [], lastProject: null };
  return { get: () => s, update: (patch) => (s = { ...s, ...patch }) };
}

const deps = (n: ReturnType<typeof native>['native'], revealed: string[] = [], renamed: string[] = []) => ({
  native: n,
  defaultDir: () => '/home/ana/Documents',
  printPdf: async () => undefined,
  showItemInFolder: (f: string) => revealed.push(f),
  settings: memorySettings(),
  onCheckerRenamed: (name: string) => renamed.push(name),
});

describe('import and export dialogs', () => {
  it('offers every importable format and several files at once', async () => {
    const n = native({ open: ['/a/one.pdf', '/a/two.docx'] });
    const host = createHostServices(deps(n.native));
    expect(await host.chooseImportFiles()).toEqual(['/a/one.pdf', '/a/two.docx']);
    expect(n.asked.open!.properties).toEqual(['openFile', 'multiSelections']);
    expect(n.asked.open!.filters![0]!.extensions).toEqual(['html', 'htm', 'docx', 'pdf', 'md', 'markdown', 'txt']);
  });

  it('returns nothing when the import dialog is cancelled', async () => {
    expect(await createHostServices(deps(native({}).native)).chooseImportFiles()).toEqual([]);
  });

  it('suggests the report name in Documents with the format’s extension, and reveals the result', async () => {
    const n = native({ save: '/home/ana/Documents/Desk report.pdf' });
    const revealed: string[] = [];
    const host = createHostServices(deps(n.native, revealed));
    expect(await host.chooseExportPath('pdf', 'Desk report.pdf')).toBe('/home/ana/Documents/Desk report.pdf');
    expect(n.asked.save).toMatchObject({
      defaultPath: '/home/ana/Documents/Desk report.pdf',
      filters: [{ extensions: ['pdf'] }],
    });
    host.revealFile('/home/ana/Documents/Desk report.pdf');
    expect(revealed).toEqual(['/home/ana/Documents/Desk report.pdf']);
    expect(await createHostServices(deps(native({ save: null }).native)).chooseExportPath('csv', 'x.csv')).toBeNull();
  });

  it('asks for the checker’s name until it is confirmed, and renames the open project’s author', () => {
    const renamed: string[] = [];
    const host = createHostServices(deps(native({}).native, [], renamed));
    expect(host.getSettings()).toMatchObject({ checkerName: 'ana', backupsToKeep: 10, firstRun: true });
    expect(host.updateSettings({ checkerName: 'Ana Ruiz', backupsToKeep: 20 })).toMatchObject({
      checkerName: 'Ana Ruiz',
      backupsToKeep: 20,
      firstRun: false,
    });
    expect(renamed).toEqual(['Ana Ruiz']);
    host.updateSettings({ backupsToKeep: 5 });
    expect(renamed).toEqual(['Ana Ruiz']);
  });

  it('offers the export defaults (a full PDF report until changed) and keeps the ones chosen', () => {
    const host = createHostServices(deps(native({}).native));
    expect(host.getSettings().exportDefaults).toEqual({
      format: 'pdf',
      history: false,
      verdicts: ['unverified', 'disputed', 'verified'],
    });
    const chosen = { format: 'html' as const, history: true, verdicts: ['disputed' as const] };
    expect(host.updateSettings({ exportDefaults: chosen }).exportDefaults).toEqual(chosen);
    expect(host.getSettings().exportDefaults).toEqual(chosen);
  });
});

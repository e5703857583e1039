import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createProjectDialogs } from '../../../electron/shell/projectDialogs';

function dialogsAnswering(
  save: { canceled: boolean; filePath?: string },
  open: { canceled: boolean; filePaths: string[] },
) {
  const asked: (SaveDialogOptions | OpenDialogOptions)[] = [];
  const dialogs = createProjectDialogs(
    {
      save: (o) => {
        asked.push(o);
        return Promise.resolve({ canceled: save.canceled, filePath: save.filePath ?? '' });
      },
      open: (o) => {
        asked.push(o);
        return Promise.resolve(open);
      },
    },
    () => '/home/dana/Documents',
  );
  return { dialogs, asked };
}

describe('the project file dialogs', () => {
  it('offer only .claimdesk files and add the extension the user left out', async () => {
    const { dialogs, asked } = dialogsAnswering(
      { canceled: false, filePath: '/home/dana/Election' },
      { canceled: false, filePaths: [] },
    );
    expect(await dialogs.chooseNewProjectPath()).toBe('/home/dana/Election.claimdesk');
    expect(asked[0]).toMatchObject({
      defaultPath: path.join('/home/dana/Documents', 'Untitled.claimdesk'),
      filters: [{ name: 'Claimdesk project', extensions: ['claimdesk'] }],
    });
  });

  it('propose "<name> copy" beside the open project for Save As', async () => {
    const { dialogs, asked } = dialogsAnswering(
      { canceled: false, filePath: '/p/x.claimdesk' },
      { canceled: false, filePaths: [] },
    );
    await dialogs.chooseCopyPath('/p/Election.claimdesk');
    expect(asked[0]?.defaultPath).toBe(path.join('/p', 'Election copy.claimdesk'));
  });

  it('answer null when the user cancels', async () => {
    const { dialogs } = dialogsAnswering({ canceled: true }, { canceled: true, filePaths: [] });
    expect(await dialogs.chooseNewProjectPath()).toBeNull();
    expect(await dialogs.chooseCopyPath('/p/a.claimdesk')).toBeNull();
    expect(await dialogs.chooseProjectToOpen()).toBeNull();
  });

  it('open the one file picked', async () => {
    const { dialogs, asked } = dialogsAnswering(
      { canceled: true },
      { canceled: false, filePaths: ['/p/Budget.claimdesk'] },
    );
    expect(await dialogs.chooseProjectToOpen()).toBe('/p/Budget.claimdesk');
    expect(asked[0]).toMatchObject({ properties: ['openFile'] });
  });
});

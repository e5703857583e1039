/**
 * The checker's settings: read at start (the first run asks for the checker's name before work
 * starts) and saved from the settings dialog. A new name applies to the open project at once, so
 * the project is read again for the top bar to show it.
 */
import type { MethodArgs } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { announce } from '../stores/announceStore';
import { projectState } from '../stores/projectStore';
import { settingsState } from '../stores/settingsStore';

export async function loadSettings(): Promise<void> {
  const settings = await api.getSettings();
  settingsState().setSettings(settings);
  if (settings.firstRun) settingsState().setOpen(true);
}

/** Saves the settings; throws with a message for the dialog to show when they are refused. */
export async function saveSettings(patch: MethodArgs<'updateSettings'>[0]): Promise<void> {
  settingsState().setSettings(await api.updateSettings(patch));
  await projectState().load();
  announce('Settings saved');
}

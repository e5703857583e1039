/**
 * The checker's preferences as the window last read them (name recorded on every change, how many
 * backups to keep, whether the name was ever confirmed) and whether the settings dialog is open.
 */
import { create } from 'zustand';
import type { MethodResult } from '../../shared/ipc/contract';

export type UserSettings = MethodResult<'getSettings'>;

interface SettingsState {
  settings: UserSettings | null;
  open: boolean;
  setSettings(settings: UserSettings): void;
  setOpen(open: boolean): void;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  open: false,
  setSettings: (settings) => set({ settings }),
  setOpen: (open) => set({ open }),
}));

export const settingsState = () => useSettingsStore.getState();

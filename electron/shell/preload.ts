/**
 * The preload of the main window (sandboxed, bundled to CommonJS by scripts/build.mjs): exposes
 * the typed bridge as `window.claimdesk` through contextBridge. The page gets functions only,
 * never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type ClaimdeskBridge } from '../../shared/ipc/bridge';
import { createBridge } from './bridgeObject';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer) satisfies ClaimdeskBridge);

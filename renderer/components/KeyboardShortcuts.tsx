/**
 * Window-wide shortcuts (the sheet that lists them is ShortcutSheet, from the same table in
 * shortcutList.ts). Ctrl/Cmd+K (search), Ctrl/Cmd+I (import) and Ctrl/Cmd+Shift+E (export) work
 * in text fields too, but not over an open dialog. The rest only work when focus is not in a text
 * field, so typing is never taken for a command: Ctrl/Cmd+Z / Ctrl/Cmd+Shift+Z / Ctrl+Y undo and
 * redo, Ctrl/Cmd+F finds a claim in the list, Delete removes the focused highlight, J/K (or
 * Alt+↓/↑) move between highlights, 1/2/3 or U/D/V set the selected claim's verdict, ? shows the
 * sheet, Esc lets go.
 */
import { useEffect } from 'react';
import type { Verdict } from '../../shared/domain/verdict';
import { isTyping, runMenuCommand } from '../actions/commands';
import { moveToHighlight, setSelectedVerdict } from '../actions/keyboardActions';
import { projectState } from '../stores/projectStore';
import { uiState } from '../stores/uiStore';

const VERDICT_KEYS: Record<string, Verdict> = {
  '1': 'unverified',
  '2': 'disputed',
  '3': 'verified',
  u: 'unverified',
  d: 'disputed',
  v: 'verified',
};

const editable = () => projectState().project !== null && !projectState().project!.readOnly;

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      if (mod && !e.shiftKey && !e.altKey && key === 'k') {
        e.preventDefault();
        if (!dialogOpen || uiState().searchOpen) runMenuCommand('find-claim');
      } else if (mod && !e.shiftKey && key === 'f') {
        e.preventDefault();
        if (!dialogOpen) uiState().focusClaimSearch();
      } else if (mod && e.shiftKey && key === 'e' && !e.altKey) {
        e.preventDefault();
        if (!dialogOpen) runMenuCommand('export');
      } else if (mod && !e.shiftKey && key === 'i' && !e.altKey) {
        e.preventDefault();
        if (!dialogOpen) runMenuCommand('import-files');
      } else if (isTyping(e.target) || e.defaultPrevented || dialogOpen) {
        return;
      } else if (mod && !e.altKey && key === 'z') {
        e.preventDefault();
        runMenuCommand(e.shiftKey ? 'redo' : 'undo');
      } else if (e.ctrlKey && !e.shiftKey && !e.altKey && key === 'y') {
        e.preventDefault();
        runMenuCommand('redo');
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
        if (uiState().focusedSpanId) {
          e.preventDefault();
          runMenuCommand('delete-selection');
        }
      } else if (e.key === 'Escape') {
        uiState().setOverlap(null);
        uiState().setFocusedSpan(null);
      } else if (mod || uiState().pending) {
        // The selection popover has its own keys (Enter, Shift+Enter, arrows).
        return;
      } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        moveToHighlight(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.altKey) {
        return;
      } else if (e.key === '?') {
        e.preventDefault();
        runMenuCommand('show-shortcuts');
      } else if (e.key === '/') {
        e.preventDefault();
        runMenuCommand('find-claim');
      } else if (key === 'j' || key === 'k') {
        e.preventDefault();
        moveToHighlight(key === 'j' ? 1 : -1);
      } else if (VERDICT_KEYS[key] && !e.shiftKey && editable()) {
        e.preventDefault();
        setSelectedVerdict(VERDICT_KEYS[key]);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}

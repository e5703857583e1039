/**
 * Window-wide shortcuts that work wherever focus is not in a text field: Ctrl/Cmd+Z undoes the last
 * deletion, Ctrl/Cmd+F finds a claim, Delete removes the clicked highlight, Esc lets go. Ctrl/Cmd+I
 * (import) and Ctrl/Cmd+Shift+E (export) work in text fields too, but not over an open dialog.
 */
import { useEffect } from 'react';
import { isTyping, runMenuCommand } from '../actions/commands';
import { uiState } from '../stores/uiStore';

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      if (mod && key === 'f') {
        e.preventDefault();
        runMenuCommand('find-claim');
      } else if (mod && e.shiftKey && key === 'e' && !e.altKey) {
        e.preventDefault();
        if (!dialogOpen) runMenuCommand('export');
      } else if (mod && !e.shiftKey && key === 'i' && !e.altKey) {
        e.preventDefault();
        if (!dialogOpen) runMenuCommand('import-files');
      } else if (isTyping(e.target) || e.defaultPrevented) {
        return;
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        runMenuCommand('undo');
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
        if (uiState().focusedSpanId) {
          e.preventDefault();
          runMenuCommand('delete-selection');
        }
      } else if (e.key === 'Escape') {
        uiState().setOverlap(null);
        uiState().setFocusedSpan(null);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}

/**
 * Window-wide shortcuts that work wherever focus is not in a text field: Ctrl/Cmd+Z undoes the last
 * deletion, Ctrl/Cmd+F finds a claim, Delete removes the clicked highlight, Esc lets go.
 */
import { useEffect } from 'react';
import { isTyping, runMenuCommand } from '../actions/commands';
import { uiState } from '../stores/uiStore';

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        runMenuCommand('find-claim');
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

/**
 * Commands that arrive from the application menu (through the main process) or from keyboard
 * shortcuts, mapped to the same actions the buttons use.
 */
import type { AppEvent, MenuCommand } from '../../shared/ipc/contract';
import { assertNever } from '../../shared/ipc/result';
import { projectState } from '../stores/projectStore';
import { undoState } from '../stores/undoStore';
import { uiState } from '../stores/uiStore';
import { deleteFocusedSpan } from './highlightActions';
import { importFromPicker } from './importActions';
import { refreshProject } from './refresh';

export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function runMenuCommand(command: MenuCommand): void {
  const editable = projectState().project !== null && !projectState().project!.readOnly;
  switch (command) {
    case 'add-article':
      if (editable) uiState().setAddArticleOpen(true);
      return;
    case 'find-claim':
      uiState().focusClaimSearch();
      return;
    case 'undo':
      void undoState().undo();
      return;
    case 'delete-selection':
      // In a text field the Delete key belongs to the text.
      if (editable && !isTyping(document.activeElement)) void deleteFocusedSpan();
      return;
    case 'show-shortcuts':
      undoState().show({
        message:
          'Select text to highlight · Enter creates a claim · Esc closes · Delete removes the clicked highlight · Ctrl+Z undoes · Ctrl+F finds a claim · Ctrl+I imports files · Ctrl+Shift+E exports',
        tone: 'info',
      });
      return;
    case 'import-files':
      if (editable) void importFromPicker();
      return;
    case 'export':
      if (projectState().project !== null) uiState().setExportOpen(true);
      return;
    default:
      assertNever(command);
  }
}

export function handleAppEvent(event: AppEvent): void {
  switch (event.type) {
    case 'project-changed':
      void refreshProject();
      return;
    case 'menu':
      runMenuCommand(event.command);
      return;
    default:
      assertNever(event);
  }
}

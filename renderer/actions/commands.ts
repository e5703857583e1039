/**
 * Commands that arrive from the application menu (through the main process) or from keyboard
 * shortcuts, mapped to the same actions the buttons use.
 */
import type { AppEvent, MenuCommand } from '../../shared/ipc/contract';
import { assertNever } from '../../shared/ipc/result';
import { progressState } from '../stores/progressStore';
import { projectState } from '../stores/projectStore';
import { uiState } from '../stores/uiStore';
import { deleteFocusedSpan } from './highlightActions';
import { importFromPicker } from './importActions';
import { refreshProject } from './refresh';
import { redoLast, undoLast } from './undoActions';
import { runSyncCommand } from './syncActions';

export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** A text field other than the (read-only) article text, where Undo belongs to the typing. */
const inTextField = (target: Element | null): boolean =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

export function runMenuCommand(command: MenuCommand): void {
  const editable = projectState().project !== null && !projectState().project!.readOnly;
  switch (command) {
    case 'add-article':
      if (editable) uiState().setAddArticleOpen(true);
      return;
    case 'find-claim':
      if (projectState().project !== null) uiState().setSearchOpen(true);
      return;
    case 'undo':
    case 'redo':
      // Edit → Undo owns Ctrl/Cmd+Z in the app: in a text field it is the field's own undo.
      if (inTextField(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      if (editable) void (command === 'undo' ? undoLast() : redoLast());
      return;
    case 'delete-selection':
      // In a text field the Delete key belongs to the text.
      if (editable && !isTyping(document.activeElement)) void deleteFocusedSpan();
      return;
    case 'show-shortcuts':
      uiState().setShortcutsOpen(true);
      return;
    case 'import-files':
      if (editable) void importFromPicker();
      return;
    case 'export':
      if (projectState().project !== null) uiState().setExportOpen(true);
      return;
    case 'merge-file':
    case 'sync-folder':
    case 'show-conflicts':
    case 'settings':
      runSyncCommand(command);
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
    case 'progress':
      progressState().update(event);
      return;
    default:
      assertNever(event);
  }
}

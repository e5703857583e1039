/**
 * Every user action goes through here: a change replaces the previous toast (a toast lasts until
 * the next action; moving around the workbench keeps it, so Undo survives a look elsewhere) and a
 * failure becomes an error toast with the message written for the user.
 */
import { errorMessage } from '../api/client';
import { undoState } from '../stores/undoStore';

export async function runAction<T>(
  action: () => Promise<T>,
  opts: { navigation?: boolean } = {},
): Promise<T | undefined> {
  if (!opts.navigation) undoState().clear();
  try {
    return await action();
  } catch (err) {
    undoState().show({ message: errorMessage(err), tone: 'error' });
    return undefined;
  }
}

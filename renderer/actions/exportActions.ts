/**
 * File → Export: the main process asks where to save, writes the report and shows it in the file
 * manager. The dialog shows the outcome itself (it stays open while a PDF prints), so this returns
 * it as data rather than through the toast.
 */
import type { MethodArgs, MethodResult } from '../../shared/ipc/contract';
import { api, errorMessage } from '../api/client';
import { withProgress } from './longTaskActions';

export type ExportRequest = MethodArgs<'exportReport'>[0];
export type ExportFormat = ExportRequest['format'];
type Written = NonNullable<MethodResult<'exportReport'>>;

export type ExportOutcome =
  { status: 'written'; result: Written } | { status: 'cancelled' } | { status: 'failed'; message: string };

export async function exportReport(request: ExportRequest): Promise<ExportOutcome> {
  try {
    const result = await withProgress('export', () => api.exportReport(request));
    return result ? { status: 'written', result } : { status: 'cancelled' };
  } catch (err) {
    return { status: 'failed', message: errorMessage(err) };
  }
}

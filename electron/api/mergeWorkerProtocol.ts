/**
 * What the merge worker (mergeWorker.ts) and the main process (mergeOffThread.ts) say to each
 * other. The worker gets the job and a shared cancel flag as workerData; it answers `started` once
 * loaded (before touching any file), then progress, then one outcome, then exits.
 */
import type { ErrorType } from '../../shared/ipc/result';
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import type { BackgroundIdentity } from '../project/backgroundConnection';

export interface MergeWorkerData {
  project: BackgroundIdentity;
  otherFile: string;
  /** One Int32: 0 while the merge may go on, 1 once the checker cancelled it. */
  cancel: SharedArrayBuffer;
}

export type MergeWorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'merged'; report: MergeReport }
  | { type: 'cancelled' }
  | { type: 'failed'; error: { type: ErrorType | null; message: string } };

export const CANCELLED = 1;

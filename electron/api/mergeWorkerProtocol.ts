/**
 * What the merge worker (mergeWorker.ts) and the main process (mergeOffThread.ts) say to each
 * other. The worker gets the job and a shared cancel flag as workerData; it answers `started` once it
 * has its connection to the project, then progress, then one outcome, then exits.
 */
import type { ErrorData } from '../../shared/ipc/result';
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import type { BackgroundIdentity } from '../project/backgroundConnection';

export interface MergeWorkerData {
  project: BackgroundIdentity;
  otherFile: string;
  /** One Int32 the main thread sets to CANCELLED once the checker cancelled (or closed the project). */
  cancel: SharedArrayBuffer;
}

export const CANCELLED = 1;

export type MergeWorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'merged'; report: MergeReport }
  | { type: 'cancelled' }
  | { type: 'failed'; error: ErrorData };

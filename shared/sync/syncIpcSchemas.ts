/**
 * The records sync puts across the IPC boundary (and the CLI prints with --json): conflicts, the
 * outcome of merging a file or syncing a shared folder, and the folder link's status. Plain JSON,
 * times as ISO 8601 strings.
 */
import { z } from 'zod';
import { LIMITS } from '../ipc/schemas';

export const ConflictFieldSchema = z.enum(['verdict', 'rationale', 'deleted']);
export type ConflictField = z.infer<typeof ConflictFieldSchema>;

export const ConflictVersionSchema = z.object({
  /** A verdict, a rationale, or for a deletion conflict 'deleted' / 'kept'. */
  value: z.string(),
  setBy: z.string(),
  setAt: z.string(),
  /** The replica (installation + session) the change came from. */
  replicaId: z.string(),
  /** For a deletion conflict, what the change did: "deleted", "verdict: disputed", "restored"... */
  detail: z.string(),
});

export const ClaimConflictSchema = z.object({
  /** "CLAIM_ID/verdict", "CLAIM_ID/rationale" or "CLAIM_ID/deleted": the same on every copy. */
  id: z.string(),
  claimId: z.uuid(),
  claimText: z.string(),
  claimDeleted: z.boolean(),
  field: ConflictFieldSchema,
  /** What every copy shows now (last writer wins). */
  shown: z.string(),
  /** Every concurrent value, oldest first. */
  versions: z.array(ConflictVersionSchema),
});
export type ClaimConflict = z.infer<typeof ClaimConflictSchema>;

export const ResolveConflictSchema = z
  .object({
    conflictId: z.string().min(1).max(200),
    /** The value to keep: one of the versions, or a new one (a verdict, a rationale, 'deleted' / 'kept'). */
    value: z.string().max(LIMITS.longText),
  })
  .strict();

/** A colleague's row this version's constraints refuse: kept pending (retried on every merge), never applied half. */
export const HeldRowSchema = z.object({ table: z.string(), rowId: z.string(), reason: z.string() });

export const MergeReportSchema = z.object({
  /** The file merged in. */
  file: z.string(),
  /** Changes (one row changed in one transaction) it had that this project lacked. */
  changes: z.number().int().nonnegative(),
  values: z.number().int().nonnegative(),
  history: z.number().int().nonnegative(),
  /** Rows waiting for what they need (a newer Claimdesk, a row they point at). */
  pending: z.number().int().nonnegative(),
  /** Conflicts open after the merge. */
  conflicts: z.number().int().nonnegative(),
  /** Present when some rows are held (see HeldRowSchema). */
  held: z.array(HeldRowSchema).optional(),
});
export type MergeReport = z.infer<typeof MergeReportSchema>;

export const SkippedFileSchema = z.object({ file: z.string(), reason: z.string() });

export const SyncReportSchema = z.object({
  folder: z.string(),
  /** The change file written for colleagues, or null when there was nothing new to share. */
  published: z.string().nullable(),
  /** Colleagues' change files read in this round. */
  read: z.array(z.string()),
  /** Files not read (being written, damaged, another project's, a newer format); retried next round. */
  skipped: z.array(SkippedFileSchema),
  changes: z.number().int().nonnegative(),
  history: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  held: z.array(HeldRowSchema).optional(),
});
export type SyncReport = z.infer<typeof SyncReportSchema>;

export const SyncStatusSchema = z.object({
  /** The linked shared folder, or null. */
  folder: z.string().nullable(),
  /** False when the linked folder cannot be reached now (unplugged drive, another machine's path). */
  folderAvailable: z.boolean(),
  /** Changes made here not yet written to the folder. */
  unpublished: z.number().int().nonnegative(),
  /** Set when the project file itself is on a network or synced path: why it should be local. */
  locationWarning: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

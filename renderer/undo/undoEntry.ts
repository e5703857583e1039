/**
 * What the undo stack remembers about one change: plain JSON (so the stack survives a reload of the
 * window in sessionStorage), enough to undo it and to redo it, and the words the toast and the
 * screen-reader announcement use. The schema checks a stack read back from storage: anything that
 * does not fit is dropped rather than run.
 */
import { z } from 'zod';
import { VERDICT_STYLES } from '../../shared/domain/verdict';
import { ArticleMetaPatchSchema, ClaimPatchSchema, EvidenceInputSchema, IdSchema } from '../../shared/ipc/schemas';

export const UndoEntrySchema = z.discriminatedUnion('kind', [
  /** Undo deletes the claim (its highlight goes with it); redo restores it. */
  z.object({ kind: z.literal('create-claim'), claimId: IdSchema, spanId: IdSchema, articleId: IdSchema }),
  /** Undo deletes the highlight; redo restores it. */
  z.object({ kind: z.literal('link-span'), claimId: IdSchema, spanId: IdSchema, articleId: IdSchema }),
  z.object({ kind: z.literal('delete-span'), claimId: IdSchema, spanId: IdSchema, articleId: IdSchema }),
  z.object({ kind: z.literal('delete-claim'), claimId: IdSchema }),
  z.object({ kind: z.literal('update-claim'), claimId: IdSchema, before: ClaimPatchSchema, after: ClaimPatchSchema }),
  /** Evidence has no restore: undoing a removal adds it again, under a new id (the stack follows it). */
  z.object({ kind: z.literal('add-evidence'), claimId: IdSchema, evidenceId: IdSchema, input: EvidenceInputSchema }),
  z.object({
    kind: z.literal('update-evidence'),
    claimId: IdSchema,
    evidenceId: IdSchema,
    before: EvidenceInputSchema,
    after: EvidenceInputSchema,
  }),
  z.object({
    kind: z.literal('delete-evidence'),
    claimId: IdSchema,
    evidenceId: IdSchema,
    input: EvidenceInputSchema,
  }),
  z.object({
    kind: z.literal('update-article'),
    articleId: IdSchema,
    before: ArticleMetaPatchSchema,
    after: ArticleMetaPatchSchema,
  }),
]);

export type UndoEntry = z.infer<typeof UndoEntrySchema>;

const CLAIM_FIELDS: Record<string, string> = {
  text: 'Claim text',
  claimant: 'Claimant',
  rationale: 'Rationale',
};

const ARTICLE_FIELDS: Record<string, string> = {
  title: 'Article title',
  outlet: 'Outlet',
  author: 'Author',
  publishedAt: 'Publication date',
  url: 'Source link',
  language: 'Language',
  direction: 'Text direction',
};

/** What the change did, as the toast says it: "Highlight deleted", "Verdict set to Disputed". */
export function describeEntry(entry: UndoEntry): string {
  switch (entry.kind) {
    case 'create-claim':
      return 'Claim created';
    case 'link-span':
      return 'Highlight linked';
    case 'delete-span':
      return 'Highlight deleted';
    case 'delete-claim':
      return 'Claim deleted';
    case 'update-claim': {
      if (entry.after.verdict) return `Verdict set to ${VERDICT_STYLES[entry.after.verdict].label}`;
      const field = Object.keys(entry.after)[0] ?? '';
      return `${CLAIM_FIELDS[field] ?? 'Claim'} edited`;
    }
    case 'add-evidence':
      return 'Evidence added';
    case 'update-evidence':
      return 'Evidence edited';
    case 'delete-evidence':
      return 'Evidence removed';
    case 'update-article': {
      const field = Object.keys(entry.after)[0] ?? '';
      return `${ARTICLE_FIELDS[field] ?? 'Article details'} edited`;
    }
  }
}

/** The same entry with one evidence id replaced (re-adding evidence gives it a new id). */
export function withEvidenceId(entry: UndoEntry, from: string, to: string): UndoEntry {
  if ('evidenceId' in entry && entry.evidenceId === from) return { ...entry, evidenceId: to };
  return entry;
}

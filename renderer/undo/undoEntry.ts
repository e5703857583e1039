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
  claimDate: 'Claim date',
  assignee: 'Assignee',
  tags: 'Tags',
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
      if (entry.after.tags) return describeTagChange(entry.before.tags ?? [], entry.after.tags);
      if (entry.after.assignee !== undefined)
        return entry.after.assignee ? `Assigned to ${entry.after.assignee}` : 'Assignee removed';
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

/** "Tag “economy” added", "Tags “a”, “b” removed"; "Tags edited" when some came and some went. */
function describeTagChange(before: readonly string[], after: readonly string[]): string {
  const had = new Set(before.map((t) => t.toLowerCase()));
  const has = new Set(after.map((t) => t.toLowerCase()));
  const added = after.filter((t) => !had.has(t.toLowerCase()));
  const removed = before.filter((t) => !has.has(t.toLowerCase()));
  const list = (tags: string[]) => `${tags.length === 1 ? 'Tag' : 'Tags'} ${tags.map((t) => `“${t}”`).join(', ')}`;
  if (added.length > 0 && removed.length === 0) return `${list(added)} added`;
  if (removed.length > 0 && added.length === 0) return `${list(removed)} removed`;
  return 'Tags edited';
}

/** The same entry with one evidence id replaced (re-adding evidence gives it a new id). */
export function withEvidenceId(entry: UndoEntry, from: string, to: string): UndoEntry {
  if ('evidenceId' in entry && entry.evidenceId === from) return { ...entry, evidenceId: to };
  return entry;
}

/**
 * Which changes to one claim were made without knowing about each other, and which of those the
 * checkers must look at. Input: every change to the claim (its stamp, who made it, the fields it
 * set and its parents: the changes its writer had when writing it). Output: the open conflicts.
 *
 * Two changes are concurrent when neither is an ancestor of the other: time stamps alone cannot
 * tell (a colleague's clock may be late), the parent links can. A field's "heads" are the changes
 * to it that no later change to the same field has superseded; a field with heads of different
 * values is in conflict. The displayed value is still decided by last-writer-wins (the latest
 * stamp), so every replica shows the same value and lists the same conflict. Any later change to
 * the field by someone who had all the heads (a resolution, or simply setting the value again)
 * supersedes them and closes the conflict everywhere.
 *
 * A deletion conflicts with every change it did not know about that kept working on the claim
 * (an edit of its fields, a highlight or evidence, a restore), until a later change to the deletion
 * state (restore, or delete again) that knew them all.
 */
import { CONFLICT_FIELDS, EDIT_FIELDS, type SqlValue, type ValueConflictField } from './syncSchema';

export interface RowChange {
  hlc: string;
  actor: string;
  parents: readonly string[];
  /** Column → value set by this change; empty for a change to the claim's highlights or evidence. */
  values: Readonly<Record<string, SqlValue>>;
}

export interface ConflictVersion {
  hlc: string;
  actor: string;
  /** The field's value; for a deletion conflict 'deleted' or 'kept'. */
  value: SqlValue;
  /** For a deletion conflict: what the change did ("deleted", "verdict: disputed", "restored"...). */
  detail: string;
}

export interface ConflictFinding {
  field: ValueConflictField | 'deleted';
  /** Oldest first. */
  versions: ConflictVersion[];
}

type Ancestry = (ancestor: string, of: string) => boolean;

function ancestry(changes: readonly RowChange[]): Ancestry {
  const parents = new Map(changes.map((c) => [c.hlc, c.parents]));
  const memo = new Map<string, Set<string>>();
  const ancestorsOf = (start: string): Set<string> => {
    const known = memo.get(start);
    if (known) return known;
    const seen = new Set<string>();
    const stack = [...(parents.get(start) ?? [])];
    while (stack.length) {
      const h = stack.pop()!;
      if (seen.has(h)) continue;
      seen.add(h);
      const cached = memo.get(h);
      if (cached) {
        for (const a of cached) seen.add(a);
        continue;
      }
      stack.push(...(parents.get(h) ?? []));
    }
    memo.set(start, seen);
    return seen;
  };
  return (ancestor, of) => ancestorsOf(of).has(ancestor);
}

/** The changes of `among` that no other change of `among` descends from. */
function headsOf(among: readonly RowChange[], isAncestor: Ancestry): RowChange[] {
  return among.filter((c) => !among.some((d) => d !== c && isAncestor(c.hlc, d.hlc)));
}

const byStamp = (a: { hlc: string }, b: { hlc: string }) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);
const has = (c: RowChange, field: string) => Object.prototype.hasOwnProperty.call(c.values, field);

function describeEdit(c: RowChange): string {
  if (has(c, 'deleted_at') && c.values.deleted_at === null) return 'restored';
  const fields = EDIT_FIELDS.filter((f) => has(c, f));
  if (fields.length === 0) return 'changed its highlights or evidence';
  return fields.map((f) => `${f}: ${String(c.values[f])}`).join('; ');
}

export function findConflicts(changes: readonly RowChange[]): ConflictFinding[] {
  const isAncestor = ancestry(changes);
  const found: ConflictFinding[] = [];

  for (const field of CONFLICT_FIELDS) {
    const heads = headsOf(
      changes.filter((c) => has(c, field)),
      isAncestor,
    );
    if (new Set(heads.map((h) => h.values[field])).size < 2) continue;
    found.push({
      field,
      versions: heads
        .sort(byStamp)
        .map((h) => ({ hlc: h.hlc, actor: h.actor, value: h.values[field] ?? null, detail: '' })),
    });
  }

  const deletionHeads = headsOf(
    changes.filter((c) => has(c, 'deleted_at')),
    isAncestor,
  ).filter((c) => c.values.deleted_at !== null);
  if (deletionHeads.length > 0) {
    const concurrent = (c: RowChange) =>
      deletionHeads.some((d) => d !== c && !isAncestor(c.hlc, d.hlc) && !isAncestor(d.hlc, c.hlc));
    const keptWorking = (c: RowChange) =>
      !deletionHeads.includes(c) &&
      (EDIT_FIELDS.some((f) => has(c, f)) ||
        Object.keys(c.values).length === 0 ||
        (has(c, 'deleted_at') && c.values.deleted_at === null));
    const edits = headsOf(
      changes.filter((c) => keptWorking(c) && concurrent(c)),
      isAncestor,
    );
    if (edits.length > 0) {
      found.push({
        field: 'deleted',
        versions: [
          ...deletionHeads.map((d) => ({ hlc: d.hlc, actor: d.actor, value: 'deleted', detail: 'deleted' })),
          ...edits.map((e) => ({ hlc: e.hlc, actor: e.actor, value: 'kept', detail: describeEdit(e) })),
        ].sort(byStamp),
      });
    }
  }
  return found;
}

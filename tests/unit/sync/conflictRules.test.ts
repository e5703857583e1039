/**
 * The conflict rules on hand-made claim histories: what is concurrent (neither change had seen the
 * other) and what is merely sequential, for field values and for deletions.
 */
import { describe, expect, it } from 'vitest';
import { findConflicts, type RowChange } from '../../../shared/sync/conflictRules';

const t = (n: number) => `2026-01-14T09:00:0${n}.000Z-0000-000000000000000${n}`;
const change = (n: number, actor: string, parents: number[], values: RowChange['values']): RowChange => ({
  hlc: t(n),
  actor,
  parents: parents.map(t),
  values,
});
const created = change(1, 'Editor', [], { text: 'claim', verdict: 'unverified', rationale: '', deleted_at: null });

describe('conflict rules', () => {
  it('finds no conflict in a chain of edits, even when a later stamp sorts earlier', () => {
    const history = [
      created,
      change(3, 'Ana', [1], { verdict: 'disputed' }),
      change(2, 'Ben', [3], { verdict: 'verified' }),
    ];
    expect(findConflicts(history)).toEqual([]);
  });

  it('lists concurrent different values with who set them, oldest first, and not equal ones', () => {
    const ana = change(2, 'Ana', [1], { verdict: 'disputed', rationale: 'same note' });
    const ben = change(3, 'Ben', [1], { verdict: 'verified', rationale: 'same note' });
    expect(findConflicts([created, ben, ana])).toEqual([
      {
        field: 'verdict',
        versions: [
          { hlc: t(2), actor: 'Ana', value: 'disputed', detail: '' },
          { hlc: t(3), actor: 'Ben', value: 'verified', detail: '' },
        ],
      },
    ]);
  });

  it('closes a conflict with a change that had seen every value, but not with a change to another field', () => {
    const ana = change(2, 'Ana', [1], { verdict: 'disputed' });
    const ben = change(3, 'Ben', [1], { verdict: 'verified' });
    const claimant = change(4, 'Chloé', [2, 3], { claimant: 'Ministry' });
    expect(findConflicts([created, ana, ben, claimant]).map((c) => c.field)).toEqual(['verdict']);
    const settled = change(5, 'Chloé', [4], { verdict: 'verified' });
    expect(findConflicts([created, ana, ben, claimant, settled])).toEqual([]);
  });

  it('lists a deletion against a concurrent edit or highlight, until a restore or new deletion that saw both', () => {
    const deleted = change(2, 'Ana', [1], { deleted_at: '2026-01-14T09:00:02.000Z' });
    const edited = change(3, 'Ben', [1], { rationale: 'more sources' });
    const highlighted = change(4, 'Chloé', [1], {});
    const found = findConflicts([created, deleted, edited, highlighted]);
    expect(found).toEqual([
      {
        field: 'deleted',
        versions: [
          { hlc: t(2), actor: 'Ana', value: 'deleted', detail: 'deleted' },
          { hlc: t(3), actor: 'Ben', value: 'kept', detail: 'rationale: more sources' },
          { hlc: t(4), actor: 'Chloé', value: 'kept', detail: 'changed its highlights or evidence' },
        ],
      },
    ]);
    const restored = change(5, 'Ben', [2, 3, 4], { deleted_at: null });
    expect(findConflicts([created, deleted, edited, highlighted, restored])).toEqual([]);
    const deletedAgain = change(5, 'Ana', [2, 3, 4], { deleted_at: '2026-01-14T09:00:05.000Z' });
    expect(findConflicts([created, deleted, edited, highlighted, deletedAgain])).toEqual([]);
  });

  it('does not list an edit the deleter had seen', () => {
    const edited = change(2, 'Ben', [1], { verdict: 'verified' });
    const deleted = change(3, 'Ana', [2], { deleted_at: '2026-01-14T09:00:03.000Z' });
    expect(findConflicts([created, edited, deleted])).toEqual([]);
  });
});

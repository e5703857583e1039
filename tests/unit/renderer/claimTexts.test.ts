/**
 * How claims read in the UI: history rows as sentences ("set verdict ✓ Verified → ✗ Disputed"),
 * dates as a reader expects them, and the claim search.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, HistoryEntry } from '../../../shared/domain/types';
import { filterClaims } from '../../../renderer/stores/claimStore';
import { formatDate, formatWhen, plural, truncate } from '../../../renderer/utils/format';
import { describeHistory } from '../../../renderer/utils/historyText';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  at: '2026-01-14T10:00:00.000Z',
  actor: 'Ana Ruiz',
  claimId: 'c',
  entity: 'claim',
  entityId: 'c',
  action: 'update',
  field: '',
  oldValue: '',
  newValue: '',
  ...over,
});

describe('history lines', () => {
  it('names verdict changes with their symbols and labels', () => {
    expect(
      describeHistory(entry({ field: 'verdict', oldValue: 'verified', newValue: 'disputed' }), () => undefined),
    ).toEqual({
      action: 'set verdict',
      from: '✓ Verified',
      to: '✗ Disputed',
    });
  });

  it('says where a highlight was made, by article title', () => {
    const line = describeHistory(
      entry({ entity: 'span', action: 'create', field: 'a1', newValue: '116 detainees' }),
      (id) => (id === 'a1' ? 'Venezuela Starts Freeing Prisoners' : undefined),
    );
    expect(line).toEqual({ action: 'highlighted “116 detainees”', where: 'Venezuela Starts Freeing Prisoners' });
  });

  it('reads what a new version of the article did to a highlight', () => {
    const none = () => undefined;
    expect(
      describeHistory(
        entry({ entity: 'span', action: 'update', field: 're-anchored', oldValue: '120–150', newValue: '180–210' }),
        none,
      ),
    ).toEqual({
      action: 're-found the highlight in a new version of the article',
      from: 'characters 120–150',
      to: '180–210',
    });
    expect(
      describeHistory(
        entry({
          entity: 'span',
          action: 'update',
          field: 'exact',
          oldValue: 'have been freed',
          newValue: 'have been set free',
        }),
        none,
      ),
    ).toEqual({
      action: 'highlight wording changed in a new version',
      from: '“have been freed”',
      to: '“have been set free”',
    });
    expect(
      describeHistory(
        entry({
          entity: 'span',
          action: 'update',
          field: 'orphaned',
          oldValue: '116 detainees',
          newValue: 'not found in version 2',
        }),
        none,
      ),
    ).toEqual({
      action: 'lost the highlight in a new version (orphaned)',
      from: '“116 detainees”',
      to: 'not found in version 2',
    });
  });

  it('reads creation, deletion and restoring of a claim', () => {
    expect(describeHistory(entry({ action: 'create' }), () => undefined).action).toBe('created the claim');
    expect(describeHistory(entry({ action: 'delete' }), () => undefined).action).toBe('deleted the claim');
    expect(describeHistory(entry({ action: 'restore' }), () => undefined).action).toBe('restored the claim');
  });
});

describe('formatting', () => {
  it('shows publication dates as day, short month, year, whatever the time zone', () => {
    expect(formatDate('2026-01-14')).toBe('14 Jan 2026');
    expect(formatDate('sometime in 2025')).toBe('sometime in 2025');
  });

  it('shows recent times relative to now', () => {
    const now = Date.parse('2026-01-14T10:30:00Z');
    expect(formatWhen('2026-01-14T10:29:50Z', now)).toBe('just now');
    expect(formatWhen('2026-01-14T10:00:00Z', now)).toBe('30 min ago');
  });

  it('counts with the right noun, thousands grouped', () => {
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(0, 'change')).toBe('0 changes');
    expect(plural(23_704, 'history entry', 'history entries')).toBe('23,704 history entries');
  });

  it('shortens at a word boundary', () => {
    expect(truncate('one two three four five', 12)).toBe('one two…');
  });
});

describe('claim search', () => {
  const claim = (text: string, claimant: string, verdict: Claim['verdict']): Claim => ({
    id: text,
    text,
    claimant,
    verdict,
    rationale: '',
    claimDate: '',
    assignee: '',
    tags: [],
    articleIds: [],
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    spanCount: 1,
    evidenceCount: 0,
  });
  const claims = [
    claim('116 prisoners released', 'Ministry', 'disputed'),
    claim('Four Americans freed', 'State Department', 'verified'),
  ];

  it('matches every word, in text or claimant, and filters by verdict', () => {
    expect(filterClaims(claims, 'ministry 116', 'all').map((c) => c.id)).toEqual(['116 prisoners released']);
    expect(filterClaims(claims, '', 'verified').map((c) => c.id)).toEqual(['Four Americans freed']);
    expect(filterClaims(claims, 'freed', 'disputed')).toEqual([]);
  });
});

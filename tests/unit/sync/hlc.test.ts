/** Hybrid logical clock stamps: they sort like the times they encode and never repeat or go back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, hlcReplica, hlcTime, HLC_LENGTH, laterHlc, nextHlc, parseHlc } from '../../../shared/sync/hlc';

const replica = fc.stringMatching(/^[0-9a-f]{16}$/);
const millis = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });

describe('HLC stamps', () => {
  it('round-trip, have a fixed length, and sort as (time, counter, replica) do', () => {
    const parts = fc.record({ millis, counter: fc.integer({ min: 0, max: 0xffff }), replica });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const [sa, sb] = [formatHlc(a), formatHlc(b)];
        expect(sa).toHaveLength(HLC_LENGTH);
        expect(parseHlc(sa)).toEqual(a);
        const byParts =
          a.millis - b.millis || a.counter - b.counter || (a.replica < b.replica ? -1 : a.replica > b.replica ? 1 : 0);
        expect(Math.sign(sa < sb ? -1 : sa > sb ? 1 : 0)).toBe(Math.sign(byParts));
      }),
    );
  });

  it('always moves forward, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(millis, { minLength: 1, maxLength: 50 }), replica, (clock, node) => {
        let last = '';
        for (const now of clock) {
          const next = nextHlc(last, now, node);
          expect(next > last).toBe(true);
          expect(hlcReplica(next)).toBe(node);
          last = next;
        }
      }),
    );
  });

  it('uses the wall clock when it is ahead, the counter when it lags, and never overflows', () => {
    const r = '0123456789abcdef';
    expect(nextHlc('', Date.UTC(2026, 0, 14), r)).toBe(`2026-01-14T00:00:00.000Z-0000-${r}`);
    const ahead = `2026-01-14T09:00:00.000Z-0007-${'f'.repeat(16)}`;
    expect(nextHlc(ahead, Date.UTC(2026, 0, 14, 8), r)).toBe(`2026-01-14T09:00:00.000Z-0008-${r}`);
    expect(nextHlc(`2026-01-14T09:00:00.000Z-FFFF-${r}`, 0, r)).toBe(`2026-01-14T09:00:00.001Z-0000-${r}`);
    expect(hlcTime(ahead)).toBe('2026-01-14T09:00:00.000Z');
    expect(laterHlc(ahead, '')).toBe(ahead);
    expect(parseHlc('2026-01-14T09:00:00.000Z-00G0-0123456789abcdef')).toBeUndefined();
  });
});

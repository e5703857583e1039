/**
 * Hybrid logical clock time stamps, the order of every change in the sync log (the scheme of Actual
 * Budget's `crdt/timestamp.ts`): wall-clock milliseconds, a counter for changes within one
 * millisecond (or while the wall clock lags behind a stamp already seen), and the id of the replica
 * that made the change. Written as one string that sorts like the stamps it encodes:
 *
 *   2026-01-14T09:30:00.000Z-0000-3fa94c0e8d2b71a5
 *
 * A replica's next stamp is always later than every stamp it has issued or received, so a change
 * made after seeing another one always sorts after it (what last-writer-wins needs), and the
 * replica id makes two stamps from different replicas differ even in the same millisecond.
 */

export const HLC_LENGTH = 46;
export const REPLICA_ID_LENGTH = 16;
/** Replica id of changes reconstructed from a file written before sync existed (migration 004). */
export const GENESIS_REPLICA = '0'.repeat(REPLICA_ID_LENGTH);

const MAX_COUNTER = 0xffff;
/** toISOString() keeps four-digit years (and so string order) up to here. */
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;

export interface HlcParts {
  millis: number;
  counter: number;
  replica: string;
}

export function isReplicaId(id: string): boolean {
  return /^[0-9a-f]{16}$/.test(id);
}

export function formatHlc({ millis, counter, replica }: HlcParts): string {
  if (!Number.isInteger(millis) || millis < 0 || millis > MAX_MILLIS)
    throw new RangeError(`HLC time out of range: ${millis}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER)
    throw new RangeError(`HLC counter out of range: ${counter}`);
  if (!isReplicaId(replica)) throw new RangeError(`Not a replica id: ${replica}`);
  return `${new Date(millis).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${replica}`;
}

export function parseHlc(stamp: string): HlcParts | undefined {
  const m = HLC_PATTERN.exec(stamp);
  if (!m) return undefined;
  const millis = Date.parse(m[1]!);
  if (Number.isNaN(millis)) return undefined;
  return { millis, counter: parseInt(m[2]!, 16), replica: m[3]! };
}

export const isHlc = (stamp: string): boolean => parseHlc(stamp) !== undefined;

/** The wall-clock part as an ISO 8601 string: when the change was made, as far as its replica knew. */
export const hlcTime = (stamp: string): string => stamp.slice(0, 24);
export const hlcReplica = (stamp: string): string => stamp.slice(HLC_LENGTH - REPLICA_ID_LENGTH);

/**
 * The stamp for a new change on `replica`: later than `last` (the latest stamp this project has
 * issued or received, '' for none) and normally the current time. When the wall clock is behind
 * `last` (a colleague's clock runs fast, or ours went back) the counter advances instead; when the
 * counter is exhausted the logical time moves on by a millisecond, so stamps never repeat.
 */
export function nextHlc(last: string, nowMillis: number, replica: string): string {
  const prev = last ? parseHlc(last) : undefined;
  if (last && !prev) throw new RangeError(`Not an HLC stamp: ${last}`);
  const now = Math.min(Math.max(0, Math.floor(nowMillis)), MAX_MILLIS);
  if (!prev || now > prev.millis) return formatHlc({ millis: now, counter: 0, replica });
  if (prev.counter < MAX_COUNTER) return formatHlc({ millis: prev.millis, counter: prev.counter + 1, replica });
  return formatHlc({ millis: prev.millis + 1, counter: 0, replica });
}

/** The later of two stamps ('' counts as earliest): what a replica's clock becomes on receiving changes. */
export function laterHlc(a: string, b: string): string {
  return a > b ? a : b;
}

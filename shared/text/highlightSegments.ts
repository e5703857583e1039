/**
 * Cuts a text range into segments at every highlight boundary, each segment knowing which
 * highlights cover it. Overlapping highlights therefore never nest: a passage covered by two
 * claims is one segment carrying both. The article view and the report both draw from this.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** The highlights covering this segment, in the order given. Empty for plain text. */
  covering: T[];
}

/** Segments of [from, to) under the given highlights; highlights outside the range are ignored. */
export function highlightSegments<T extends Range>(highlights: readonly T[], from: number, to: number): Segment<T>[] {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, covering: inside.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}

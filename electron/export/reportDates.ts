/**
 * Dates and counts as a report reader expects them ("14 January 2026", "1 claim"), from the ISO
 * dates the project stores; shared by the HTML/PDF cover and the Markdown summary line.
 */
import { MONTH_NAMES } from '../../shared/domain/monthNames';

/** "2026-01-14" or "2026-01-14T09:30:00Z" → "14 January 2026"; "2026-01" → "January 2026"; other text as is. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const name = month[0]!.toUpperCase() + month.slice(1);
  return m[3] ? `${Number(m[3])} ${name} ${m[1]}` : `${name} ${m[1]}`;
}

/** "14 January 2026 – 20 January 2026", one date when both ends agree, "" when no date is known. */
export function dateRange(range: { from: string; to: string }): string {
  if (!range.from) return '';
  return range.from === range.to ? longDate(range.from) : `${longDate(range.from)} – ${longDate(range.to)}`;
}

/** The noun for a count: "claim" for 1, "claims" otherwise. */
export const noun = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** A count with its noun: "1 claim", "2 claims". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${noun(n, one, many)}`;

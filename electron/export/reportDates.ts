/** Dates as a report reader expects them ("14 January 2026"), from the ISO dates the project stores. */
import { MONTH_NAMES } from '../../shared/domain/monthNames';

/** "2026-01-14" or "2026-01-14T09:30:00Z" → "14 January 2026"; "2026-01" → "January 2026"; other text as is. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const name = month[0]!.toUpperCase() + month.slice(1);
  return m[3] ? `${Number(m[3])} ${name} ${m[1]}` : `${name} ${m[1]}`;
}

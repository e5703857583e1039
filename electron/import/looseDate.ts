/**
 * Reads the dates news sites print ("Published on 01/14/26", "January 14, 2026", "13/02/2026")
 * into ISO 8601 (YYYY-MM-DD). Slash dates are read month-first, as US outlets write them, unless the
 * first number cannot be a month.
 */
import { MONTH_NAMES, MONTH_NAME_PATTERN } from '../../shared/domain/monthNames';

export { MONTH_NAME_PATTERN };

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

export function parseLooseDate(input: string): string {
  const s = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, fullYear(+m[3]!)];
    return a > 12 ? iso(y, b, a) : iso(y, a, b);
  }
  m = new RegExp(`^(${MONTH_NAME_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(s);
  if (m) return iso(+m[3]!, monthIndex(m[1]!), +m[2]!);
  m = new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME_PATTERN})\\s+(\\d{4})$`, 'i').exec(s);
  if (m) return iso(+m[3]!, monthIndex(m[2]!), +m[1]!);
  return '';
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((full) => full.startsWith(key)) + 1;
}

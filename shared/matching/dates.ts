/**
 * Dates mentioned in news text: "January 9", "Jan. 14, 2026", "9 January 2026", "01/14/26",
 * "2026-01-14", weekdays ("on Monday") and years ("in 2025"). Each gets a `key` that compares
 * equal across spellings: day-level dates compare by month and day (the year is often left out in
 * copy), so "January 14, 2026" and "01/14/26" share "01-14". Figure extraction skips the numbers
 * inside dates, so "January 9" is not a count of nine.
 */
import { MONTH_NAMES, MONTH_NAME_PATTERN } from '../domain/monthNames';

export type DateKind = 'day' | 'month' | 'weekday' | 'year';

export interface DateMention {
  kind: DateKind;
  /** As written. */
  text: string;
  /** Readable, normalised: "January 9", "January 14, 2026", "Monday", "2026". */
  label: string;
  /** Compares equal across spellings: "01-14" (day), "2026-01" (month), "monday", "2026". */
  key: string;
  start: number;
  end: number;
}

const MONTH_NAME = `(${MONTH_NAME_PATTERN})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

const PATTERNS: { re: RegExp; read(m: RegExpExecArray): Omit<DateMention, 'text' | 'start' | 'end'> | undefined }[] = [
  {
    // ISO 2026-01-14
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    read: (m) => day(Number(m[2]), Number(m[3]), Number(m[1])),
  },
  {
    // January 14, 2026 / Jan. 9
    re: new RegExp(String.raw`\b${MONTH_NAME}\s+${DAY}\b(?:,?\s+${YEAR}\b)?`, 'gi'),
    read: (m) => day(monthOf(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  {
    // 9 January 2026 / 9th of January
    re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH_NAME}(?![a-z])(?:,?\s+${YEAR}\b)?`, 'gi'),
    read: (m) => day(monthOf(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  {
    // January 2026
    re: new RegExp(String.raw`\b${MONTH_NAME}\s+${YEAR}\b`, 'gi'),
    read: (m) => {
      const month = monthOf(m[1]!);
      const year = Number(m[2]);
      return { kind: 'month', label: `${cap(MONTH_NAMES[month - 1]!)} ${year}`, key: `${year}-${pad(month)}` };
    },
  },
  {
    // 01/14/26, 13/02/2026, 14.01.2026: day and month told apart when one of them is over 12.
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      if (a > 12 && b <= 12) return day(b, a, year);
      if (b > 12 && a <= 12) return day(a, b, year);
      if (a <= 12 && b <= 12) return day(a, b, year); // ambiguous: read month first, as US copy does
      return undefined;
    },
  },
  {
    re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g,
    read: (m) => ({ kind: 'weekday', label: cap(m[1]!.toLowerCase()), key: m[1]!.toLowerCase() }),
  },
  {
    // A bare year, unless it counts something ("2000 people") or is a money amount.
    re: /(?<![$€£\d.,])\b((?:19|20)\d{2})\b(?![.,]\d)(?!\s+(?:people|prisoners|detainees|persons|troops|[a-z]+s)\b)/g,
    read: (m) => ({ kind: 'year', label: m[1]!, key: m[1]! }),
  },
];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function day(
  month: number,
  dayOfMonth: number,
  year?: number,
): Omit<DateMention, 'text' | 'start' | 'end'> | undefined {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const name = `${cap(MONTH_NAMES[month - 1]!)} ${dayOfMonth}`;
  return { kind: 'day', label: year ? `${name}, ${year}` : name, key: `${pad(month)}-${pad(dayOfMonth)}` };
}

/** Every date mentioned, in text order; where patterns overlap, the longer (earlier) mention wins. */
export function extractDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((d) => s < d.end && e > d.start);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const read = p.read(m);
      const start = m.index;
      const end = start + m[0].length;
      if (read && !taken(start, end)) found.push({ ...read, text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A canonical text form of a project's shared content: the same content always gives the same
 * text, whatever order rows were inserted in, so "both colleagues now hold the same project" is a
 * string comparison. Rows are sorted by a key, object keys alphabetically; local bookkeeping (row
 * numbers, which files were read) is left out by the caller.
 */

export type DumpValue = string | number | bigint | boolean | null;
export type DumpRow = Readonly<Record<string, DumpValue>>;

function canonicalRow(row: DumpRow): string {
  const keys = Object.keys(row).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalValue(row[k] ?? null)}`).join(',')}}`;
}

function canonicalValue(v: DumpValue): string {
  return typeof v === 'bigint' ? v.toString() : JSON.stringify(v);
}

/** Sections in name order; each section's rows sorted by their canonical text (so by every column). */
export function canonicalDump(sections: Readonly<Record<string, readonly DumpRow[]>>): string {
  return Object.keys(sections)
    .sort()
    .map((name) => {
      const rows = sections[name]!.map(canonicalRow).sort();
      return `## ${name} (${rows.length})\n${rows.join('\n')}`;
    })
    .join('\n');
}

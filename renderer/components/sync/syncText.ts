/**
 * How sync records read on screen: file names without their folders, conflict fields and values
 * in words ("2 verdicts", "Kept"), times as a date and a clock time, and the reason a location
 * warning gives.
 */
import { isVerdict, VERDICT_STYLES } from '../../../shared/domain/verdict';
import type { ClaimConflict, ConflictField } from '../../../shared/sync/syncIpcSchemas';

export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "14 Jan 2026, 10:32:05": conflicting changes are often minutes apart, so the clock time counts. */
export function formatStamp(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : WHEN.format(new Date(t));
}

export const FIELD_LABEL: Record<ConflictField, string> = {
  verdict: 'Verdict',
  rationale: 'Rationale',
  deleted: 'Deleted or kept',
};

/** "2 verdicts", "2 rationales", "deleted and edited": what a claim's conflict is about, briefly. */
export function conflictSummary(c: ClaimConflict): string {
  const n = c.versions.length;
  switch (c.field) {
    case 'verdict':
      return `${n} verdicts`;
    case 'rationale':
      return `${n} rationales`;
    case 'deleted':
      return 'deleted and edited';
  }
}

/** A value as words: a verdict's label, "Deleted" / "Kept", or the rationale itself ("(empty)"). */
export function valueText(field: ConflictField, value: string): string {
  if (field === 'verdict') return isVerdict(value) ? VERDICT_STYLES[value].label : value;
  if (field === 'deleted') return value === 'deleted' ? 'Deleted' : 'Kept';
  return value.trim() === '' ? '(empty)' : value;
}

/**
 * The reason in a location warning ("FILE: it is inside "Dropbox", a folder a file-sync service
 * copies. Work on a local copy…"): the part after the file name up to the first sentence's end.
 */
export function locationReason(warning: string, projectPath: string): string {
  const rest = warning.startsWith(`${projectPath}: `) ? warning.slice(projectPath.length + 2) : warning;
  const end = rest.indexOf('. ');
  return (end === -1 ? rest : rest.slice(0, end)).replace(/\.$/, '');
}

/**
 * Reading claim values from flags: verdict names, occurrence numbers, and the same length limits
 * the app's IPC schemas enforce, so the CLI cannot write a claim the app would refuse.
 */
import { VERDICTS, isVerdict, type Verdict } from '../../shared/domain/verdict';
import { ClaimdeskError } from '../../shared/ipc/result';
import { ClaimPatchSchema } from '../../shared/ipc/schemas';
import type { ClaimFields } from '../claims/claimStore';
import { usageError } from './cliError';

/** The flag each claim field comes from, named in messages. */
const FLAG_FOR: Record<keyof ClaimFields, string> = {
  text: '--new-claim',
  claimant: '--claimant',
  verdict: '--status',
  rationale: '--note',
  claimDate: '--claim-date',
  assignee: '--assignee',
  tags: '--tag',
};

export function parseVerdict(value: string | undefined, what: string): Verdict | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (isVerdict(v)) return v;
  throw usageError(`${what} must be one of ${VERDICTS.join(', ')}; got "${value}".`);
}

export function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw usageError(`--occurrence must be a whole number from 1 (the first occurrence); got "${value}".`);
  }
  return Number(value);
}

/** The fields that were given, checked against the app's limits. */
export function checkClaimFields(fields: Partial<Record<keyof ClaimFields, string | undefined>>): Partial<ClaimFields> {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const parsed = ClaimPatchSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = FLAG_FOR[issue.path[0] as keyof ClaimFields] ?? String(issue.path[0]);
    throw new ClaimdeskError('invalid-input', `${flag}: ${issue.message}.`);
  }
  return parsed.data;
}

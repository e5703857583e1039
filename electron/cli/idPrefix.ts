/**
 * Article and claim ids are UUIDs; people may type a unique prefix instead, as with git commits.
 * A prefix must be at least MIN_PREFIX characters so a short typo cannot silently pick a claim, and a
 * prefix shared by several ids is an error listing them, never a guess.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { listArticles } from '../articles/articleStore';
import { listClaims } from '../claims/claimStore';
import type { Project } from '../project/project';
import { CliError } from './cliError';

export const MIN_PREFIX = 8;

export type IdKind = 'article' | 'claim';

/** The one id in `ids` equal to, or starting with, `input`. */
export function resolveIdPrefix(kind: IdKind, input: string, ids: readonly string[], projectPath: string): string {
  const wanted = input.trim().toLowerCase();
  if (ids.includes(wanted)) return wanted;
  if (wanted.length < MIN_PREFIX) {
    throw new CliError(
      'usage',
      `"${input}" is not a ${kind} id; give the full id or at least ${MIN_PREFIX} characters of it.`,
    );
  }
  const matches = ids.filter((id) => id.startsWith(wanted));
  if (matches.length === 0) throw new ClaimdeskError('not-found', `No ${kind} with id ${input} in ${projectPath}.`);
  if (matches.length > 1) {
    throw new CliError(
      'ambiguous',
      `The prefix ${input} matches ${matches.length} ${kind} ids; give more characters:\n${matches.map((m) => `  ${m}`).join('\n')}`,
      { matches },
    );
  }
  return matches[0]!;
}

export const resolveArticleId = (project: Project, input: string): string =>
  resolveIdPrefix(
    'article',
    input,
    listArticles(project).map((a) => a.id),
    project.path,
  );

export const resolveClaimId = (project: Project, input: string): string =>
  resolveIdPrefix(
    'claim',
    input,
    listClaims(project).map((c) => c.id),
    project.path,
  );

/**
 * `claimdesk conflicts FILE [--resolve ID --value VALUE]`: the open conflicts between colleagues'
 * concurrent changes (electron/sync/conflicts.ts), and settling one. Listing opens the project
 * read-only.
 */
import type { ClaimConflict } from '../../../shared/sync/syncIpcSchemas';
import { listConflicts, resolveConflict } from '../../sync/conflicts';
import { CliError, usageError } from '../cliError';
import { stringOption, type Command } from '../command';
import { MIN_PREFIX } from '../idPrefix';
import { withProject } from '../projectFile';
import { quoted, table } from '../textOutput';

function formatConflict(c: ClaimConflict): string {
  const what = c.field === 'deleted' ? 'deleted by one, kept by another' : `${c.field} set concurrently`;
  const rows = c.versions.map((v) => [c.field === 'deleted' ? v.detail : quoted(v.value, 60), v.setBy, v.setAt]);
  return [
    `${c.id}`,
    `  claim ${quoted(c.claimText, 70)}${c.claimDeleted ? ' (deleted)' : ''}: ${what}; shown: ${c.field === 'rationale' ? quoted(c.shown, 60) : c.shown}`,
    table(['VALUE', 'BY', 'AT'], rows)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  ].join('\n');
}

/** The one open conflict whose id is `input` or starts with it. */
function findConflict(conflicts: readonly ClaimConflict[], input: string): ClaimConflict {
  const exact = conflicts.find((c) => c.id === input);
  if (exact) return exact;
  if (input.length < MIN_PREFIX)
    throw usageError(`--resolve: give the conflict id (CLAIM_ID/FIELD) or at least ${MIN_PREFIX} characters of it.`);
  const matches = conflicts.filter((c) => c.id.startsWith(input));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new CliError('not-found', `No open conflict ${input}.`);
  throw new CliError(
    'ambiguous',
    `${input} matches ${matches.length} conflicts; give more of the id:\n${matches.map((m) => `  ${m.id}`).join('\n')}`,
    {
      matches: matches.map((m) => m.id),
    },
  );
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: "list colleagues' conflicting changes (and settle one)",
  synopsis: 'conflicts FILE [--resolve ID --value VALUE]',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {
    resolve: { type: 'string', valueName: 'ID', description: 'settle this conflict (its id, or a unique prefix)' },
    value: {
      type: 'string',
      valueName: 'VALUE',
      description: 'the value to keep: a verdict, a rationale, or "deleted" / "kept" for a deletion',
    },
  },
  details: [
    'A conflict is a claim whose verdict or rationale two colleagues set to different values without',
    "seeing each other's change, or a claim one deleted while another kept working on it. Every copy",
    'shows the same value (the latest change wins) and lists the same conflict with every value, who',
    'set it and when, until someone settles it: with --resolve (which may keep the value shown), or by',
    'changing the field. The settlement is a change like any other: it reaches colleagues by merge',
    "or sync and closes the conflict there too. Sequential edits (one colleague saw the other's) are",
    'never conflicts.',
  ].join('\n'),
  jsonShape: [
    '{ "conflicts": [ { id: "CLAIM_ID/verdict|rationale|deleted", claimId, claimText, claimDeleted, field, shown,',
    '                  "versions": [ { value, setBy, setAt, replicaId, detail } ] } ],',
    '  "resolved": ID (with --resolve) }',
  ].join('\n'),
  run(ctx) {
    const file = ctx.args[0]!;
    const resolveId = stringOption(ctx.options, 'resolve');
    const value = stringOption(ctx.options, 'value');
    if ((resolveId === undefined) !== (value === undefined)) throw usageError('--resolve and --value go together.');
    if (resolveId !== undefined && value !== undefined) {
      const result = withProject(file, { actor: ctx.actor(), readOnly: false }, (project) => {
        const target = findConflict(listConflicts(project), resolveId);
        return { id: target.id, remaining: resolveConflict(project, target.id, value) };
      });
      return {
        json: { conflicts: result.remaining, resolved: result.id },
        text: [`Settled ${result.id}.`, ...result.remaining.map(formatConflict)].join('\n\n'),
      };
    }
    const conflicts = withProject(file, { actor: ctx.actor(), readOnly: true }, listConflicts);
    return {
      json: { conflicts },
      text: conflicts.map(formatConflict).join('\n\n'),
      messages: conflicts.length ? [] : ['No conflicts.'],
    };
  },
};

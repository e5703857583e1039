/**
 * `claimdesk merge FILE OTHER_FILE`: brings into FILE everything a colleague's copy OTHER_FILE has
 * that FILE lacks (electron/sync/mergeProjectFile.ts). OTHER_FILE is only read; a file that is not
 * a sound Claimdesk project of a format this version reads is refused before FILE is touched.
 */
import { mergeProjectFile } from '../../sync/mergeProjectFile';
import type { Command } from '../command';
import { existingProjectPath, withProject } from '../projectFile';

export const mergeCommand: Command = {
  name: 'merge',
  summary: "merge a colleague's copy of the project into this one",
  synopsis: 'merge FILE OTHER_FILE [--other-project]',
  args: [
    { name: 'FILE', description: 'the project file to merge into (changed)' },
    { name: 'OTHER_FILE', description: "a colleague's copy of the project (only read)" },
  ],
  options: {
    'other-project': {
      type: 'boolean',
      description: 'merge even if OTHER_FILE was created as a different project, not a copy of FILE',
    },
  },
  details: [
    'Every article, claim, highlight, piece of evidence, history entry and deletion OTHER_FILE has',
    'that FILE lacks is added; nothing in FILE is lost. Merging both ways (in any order, any number',
    'of times, with any number of colleagues) leaves every copy with the same content.',
    "Where two colleagues changed the same claim's verdict or rationale without seeing each other's",
    'change, or one deleted a claim the other kept working on, both copies show the same value and',
    'list the conflict: see `claimdesk conflicts FILE`.',
    'OTHER_FILE is refused (exit 4) when it is not a Claimdesk project, is damaged or was altered,',
    '(exit 6) when it was written by a newer Claimdesk (the message names the version needed), and',
    '(exit 5) when it is a different project. The merge is one transaction: interrupted, FILE stays',
    'exactly as it was.',
  ].join('\n'),
  jsonShape: [
    '{ "merge": { "file": OTHER_FILE absolute, "changes", "values", "history", "pending", "conflicts": open after the merge,',
    '  "held" (only when some are): [ { table, rowId, reason } ] } }',
  ].join('\n'),
  run(ctx) {
    const [file, other] = ctx.args;
    const report = withProject(file!, { actor: ctx.actor(), readOnly: false }, (project) =>
      mergeProjectFile(project, existingProjectPath(other!), {
        allowOtherProject: ctx.options['other-project'] === true,
      }),
    );
    const messages = report.conflicts
      ? [`${report.conflicts} conflict(s) need a decision: claimdesk conflicts ${file}`]
      : [];
    if (report.pending) messages.push(`${report.pending} row(s) wait for changes this version cannot apply yet.`);
    for (const h of report.held ?? []) {
      messages.push(
        `held: ${h.table} ${h.rowId} cannot be stored here (${h.reason}); kept pending, retried on the next merge.`,
      );
    }
    return {
      json: { merge: report },
      text:
        report.changes === 0 && report.history === 0
          ? `Nothing new in ${report.file}.`
          : `Merged ${report.file}: ${report.changes} change(s), ${report.history} history entr${report.history === 1 ? 'y' : 'ies'}.`,
      messages,
    };
  },
};

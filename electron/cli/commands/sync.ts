/**
 * `claimdesk sync FILE FOLDER`: one round with a shared folder (electron/sync/syncFolder.ts): FILE
 * is linked to FOLDER, writes what it has not shared yet as its own new change file, and reads the
 * change files colleagues wrote there.
 */
import path from 'node:path';
import { syncRound } from '../../sync/syncFolder';
import type { Command } from '../command';
import { withProject } from '../projectFile';

export const syncCommand: Command = {
  name: 'sync',
  summary: 'share changes with colleagues through a shared folder (one round)',
  synopsis: 'sync FILE FOLDER',
  args: [
    { name: 'FILE', description: "the project file (on this computer's disk)" },
    { name: 'FOLDER', description: 'the shared folder (network share, Dropbox, Syncthing...)' },
  ],
  options: {},
  details: [
    'FILE is linked to FOLDER (the app then syncs with it on its own). Each copy writes only files',
    'named after itself (changes-REPLICA-N.claimdesk-changes), under a temporary name first, so no',
    'two colleagues ever write the same file and nobody reads half of one. Files that are not',
    'complete change files (temporary, partial, damaged, another project, a newer format) are',
    'skipped with a message on stderr and tried again next time; the exit code stays 0.',
    'Conflicting edits are listed by `claimdesk conflicts FILE`.',
  ].join('\n'),
  jsonShape: [
    '{ "folder", "published": file name | null, "read": [file names], "skipped": [ { file, reason } ],',
    '  "changes", "history", "pending", "conflicts",',
    '  "held" (only when some are): [ { table, rowId, reason } ] }',
  ].join('\n'),
  run(ctx) {
    const [file, folder] = ctx.args;
    const report = withProject(file!, { actor: ctx.actor(), readOnly: false }, (project) =>
      syncRound(project, path.resolve(folder!)),
    );
    const lines = [
      report.published ? `Shared ${report.published}` : 'Nothing new to share.',
      report.read.length
        ? `Read ${report.read.length} file(s) from colleagues: ${report.changes} change(s), ${report.history} history entr${report.history === 1 ? 'y' : 'ies'}.`
        : 'No new files from colleagues.',
    ];
    if (report.conflicts) lines.push(`${report.conflicts} conflict(s) need a decision: claimdesk conflicts ${file}`);
    return {
      json: report,
      text: lines.join('\n'),
      messages: [
        ...report.skipped.map((s) => `skipped ${s.reason}`),
        ...(report.held ?? []).map(
          (h) => `held: ${h.table} ${h.rowId} cannot be stored here (${h.reason}); kept pending, retried next round.`,
        ),
      ],
    };
  },
};

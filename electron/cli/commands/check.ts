/**
 * `claimdesk check FILE`: a health report of a project file (format, application id, version,
 * SQLite integrity check, unexpected schema objects, who has it open) with an exit code scripts
 * can branch on. It only reads: the file is opened read-only and nothing in it is run.
 */
import { checkProjectFile, type CheckReport, type CheckVerdict } from '../../security/checkProjectFile';
import type { Command } from '../command';
import { ExitCode } from '../exitCodes';
import { existingProjectPath } from '../projectFile';

const EXIT_FOR: Record<CheckVerdict, ExitCode> = {
  ok: ExitCode.ok,
  'not-found': ExitCode.notFound,
  'not-sqlite': ExitCode.invalidInput,
  foreign: ExitCode.invalidInput,
  damaged: ExitCode.invalidInput,
  altered: ExitCode.invalidInput,
  'newer-version': ExitCode.unavailable,
};

const SUMMARY: Record<CheckVerdict, string> = {
  ok: 'OK: a sound Claimdesk project',
  'not-found': 'NOT FOUND',
  'not-sqlite': 'NOT A PROJECT: not a SQLite database',
  foreign: 'NOT A PROJECT: a database of another application',
  damaged: 'DAMAGED',
  altered: 'REFUSED: altered outside Claimdesk (the app will not open it)',
  'newer-version': 'NEWER FORMAT: needs a newer Claimdesk',
};

function lockLine(report: CheckReport): string {
  const l = report.lock;
  if (l.state === 'free') return 'not open anywhere';
  if (l.state === 'held')
    return `open by ${l.holder.checker} on ${l.holder.host} (process ${l.holder.pid}) since ${l.holder.since}`;
  return `stale lock (${l.reason}); it is recovered when the project is next opened`;
}

function text(report: CheckReport): string {
  const lines = [
    `${report.file}: ${SUMMARY[report.verdict]}`,
    `  format     ${report.schemaVersion ?? '-'} (this claimdesk reads up to ${report.latestSchemaVersion})`,
    `  integrity  ${report.integrity.length ? report.integrity.slice(0, 5).join('; ') : 'not checked'}`,
    `  schema     ${report.unexpectedObjects.length || report.missingObjects.length ? 'differs' : report.verdict === 'ok' ? 'as expected' : 'not checked'}`,
    `  lock       ${lockLine(report)}`,
  ];
  for (const p of report.problems) lines.push(`  problem    ${p}`);
  return lines.join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a project file: format, integrity, unexpected contents, lock',
  synopsis: 'check FILE',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {},
  details: [
    "Runs SQLite's full integrity check and compares the file's schema with the one Claimdesk's own",
    'migrations create: a trigger, view or table added by another program makes the file refused.',
    'Exit codes: 0 sound, 3 no such file, 4 not a project, damaged or altered, 6 newer format.',
    'Whether someone has the project open is reported but does not change the exit code.',
    'The file is only read: nothing in it is run and nothing is written.',
  ].join('\n'),
  jsonShape: [
    '{ "file", "verdict": "ok" | "not-found" | "not-sqlite" | "foreign" | "damaged" | "altered" | "newer-version",',
    '  "ok": boolean, "applicationId": number | null, "schemaVersion": number | null, "latestSchemaVersion": number,',
    '  "integrity": [string], "unexpectedObjects": [ { "type", "name" } ], "missingObjects": [ { "type", "name" } ],',
    '  "lock": { "state": "free" } | { "state": "held", "holder": { "checker", "host", "pid", "since", ... } }',
    '        | { "state": "stale", "holder", "reason" },',
    '  "problems": [string] }',
  ].join('\n'),
  run(ctx) {
    const report = checkProjectFile(existingProjectPath(ctx.args[0]!));
    return { json: report, text: text(report), exitCode: EXIT_FOR[report.verdict] };
  },
};

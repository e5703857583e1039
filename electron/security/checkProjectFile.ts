/**
 * A full health report of a project file, for `claimdesk check` and for support: is it SQLite,
 * is it Claimdesk's (application id), which format version, does SQLite's full integrity_check
 * pass, does its schema hold only the objects Claimdesk creates, and who (if anyone) has it open.
 * Unlike inspectProjectFile, which stops at the first problem, this looks at everything it can and
 * never changes the file (read-only connection, trusted_schema off, nothing in the file run) nor
 * leaves anything beside it (see untouchedRead.ts).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { lockState, type LockState } from '../lock/projectLock';
import { LATEST_SCHEMA_VERSION } from '../project/migrations';
import { nativeBindingOption } from '../project/nativeBinding';
import { APPLICATION_ID, SQLITE_HEADER } from '../project/projectFormat';
import { compareSchema } from './expectedSchema';
import { readUntouched } from './untouchedRead';

export type CheckVerdict = 'ok' | 'not-found' | 'not-sqlite' | 'foreign' | 'newer-version' | 'damaged' | 'altered';

export interface CheckReport {
  file: string;
  verdict: CheckVerdict;
  ok: boolean;
  applicationId: number | null;
  schemaVersion: number | null;
  latestSchemaVersion: number;
  /** "ok", or SQLite's list of problems (at most 20). Empty when the check could not run. */
  integrity: string[];
  unexpectedObjects: { type: string; name: string }[];
  missingObjects: { type: string; name: string }[];
  lock: LockState;
  /** One sentence per problem found, for people. */
  problems: string[];
}

function header(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    return buf.subarray(0, fs.readSync(fd, buf, 0, 100, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function checkProjectFile(file: string): CheckReport {
  const report: CheckReport = {
    file,
    verdict: 'ok',
    ok: false,
    applicationId: null,
    schemaVersion: null,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    integrity: [],
    unexpectedObjects: [],
    missingObjects: [],
    lock: { state: 'free' },
    problems: [],
  };
  const done = (verdict: CheckVerdict, problem?: string): CheckReport => {
    report.verdict = verdict;
    report.ok = verdict === 'ok';
    if (problem) report.problems.push(problem);
    return report;
  };
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return done('not-found', 'There is no such file.');
  report.lock = lockState(file);
  const head = header(file);
  if (head.length < 100 || head.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    return done('not-sqlite', 'It is not a SQLite database, so not a Claimdesk project.');
  }
  // A file that is only checked is left exactly as found: no -wal/-shm appear beside it.
  return readUntouched(file, (readable) => checkDatabase(readable, report, done));
}

function checkDatabase(
  readable: string,
  report: CheckReport,
  done: (verdict: CheckVerdict, problem?: string) => CheckReport,
): CheckReport {
  let db: Database.Database | undefined;
  try {
    db = new Database(readable, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    report.applicationId = db.pragma('application_id', { simple: true }) as number;
    if (report.applicationId !== APPLICATION_ID) {
      return done('foreign', 'It is a SQLite database of another application (wrong application_id).');
    }
    report.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    report.integrity = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (report.integrity.join() !== 'ok') {
      return done('damaged', `SQLite's integrity check failed: ${report.integrity.slice(0, 3).join('; ')}.`);
    }
    if (report.schemaVersion > LATEST_SCHEMA_VERSION) {
      return done(
        'newer-version',
        `It was written by a newer Claimdesk (file format ${report.schemaVersion}; this one reads up to ${LATEST_SCHEMA_VERSION}).`,
      );
    }
    const diff = compareSchema(db, report.schemaVersion);
    report.unexpectedObjects = diff.unexpected.map(({ type, name }) => ({ type, name }));
    report.missingObjects = diff.missing.map(({ type, name }) => ({ type, name }));
    if (diff.unexpected.length || diff.missing.length) {
      const names = (list: { type: string; name: string }[]) => list.map((o) => `${o.type} ${o.name}`).join(', ');
      if (diff.unexpected.length)
        report.problems.push(`Objects Claimdesk did not create: ${names(report.unexpectedObjects)}.`);
      if (diff.missing.length) report.problems.push(`Objects missing: ${names(report.missingObjects)}.`);
      return done('altered');
    }
    return done('ok');
  } catch (err) {
    return done('damaged', `SQLite cannot read it: ${(err as Error).message}.`);
  } finally {
    db?.close();
  }
}

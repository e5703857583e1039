/**
 * A merge killed halfway (SIGKILL inside its write transaction) leaves the project exactly as it
 * was: SQLite's integrity check passes, the content is byte-for-byte the same canonical dump, and
 * merging again afterwards completes normally.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { updateClaim } from '../../../electron/claims/claimStore';
import { openProject } from '../../../electron/project/openProject';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { closeAll, createBase, replicasOf, type Replica } from './replicas';

const CHILD = path.join(__dirname, 'fixtures', 'interruptedMerge.ts');

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

/** Runs the interrupted merge and SIGKILLs it once it reports being inside the transaction. */
function killMidMerge(
  projectFile: string,
  otherFile: string,
): Promise<{ signal: NodeJS.Signals | null; said: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, projectFile, otherFile], {
      cwd: path.resolve(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      said += d;
      if (said.includes('mid-merge')) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (_code, signal) =>
      said.includes('mid-merge') ? resolve({ signal, said }) : reject(new Error(stderr)),
    );
  });
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('a merge killed halfway', () => {
  it('leaves the project exactly as before, sound, and mergeable again', async () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben']);
    opened.push(replicas);
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ben.project, base.claimIds[0]!, { verdict: 'verified' });
    for (let i = 0; i < 40; i++) {
      createClaimFromSpan(ben.project, { articleId: base.articleId, start: 200 + i * 30, end: 215 + i * 30 });
    }
    updateClaim(ana.project, base.claimIds[0]!, { verdict: 'disputed' });
    const before = canonicalProjectDump(ana.project.db);
    ana.project.close();
    ben.project.close();

    const run = await killMidMerge(ana.file, ben.file);
    expect(run.signal).toBe('SIGKILL');
    expect(run.said).not.toContain('finished');

    expect(integrity(ana.file)).toBe('ok');
    ana.project = openProject(ana.file, { actor: 'Ana' });
    ben.project = openProject(ben.file, { actor: 'Ben' });
    expect(canonicalProjectDump(ana.project.db)).toBe(before);
    // 1 verdict, 40 new claims and their 40 highlights.
    expect(mergeProjectFile(ana.project, ben.file)).toMatchObject({ changes: 81, conflicts: 1 });
  }, 60_000);
});

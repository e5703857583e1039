/**
 * Export and merge from file as long tasks: the window is told each step, and Cancel stops them
 * cleanly — a cancelled export leaves no file (and keeps a report it was to replace), a cancelled
 * merge leaves the project exactly as it was, even when cancelled inside its transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateClaim } from '../../../electron/claims/claimStore';
import { exportWithProgress } from '../../../electron/api/exportWithProgress';
import { LongTasks, type ProgressEvent } from '../../../electron/api/longTasks';
import { mergeWithProgress } from '../../../electron/api/mergeWithProgress';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { sampleProject } from '../../helpers/tempProject';
import { closeAll, createBase, replicasOf, type Replica } from '../sync/replicas';
import { tempDir } from './tempDir';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

/** Long tasks whose progress is recorded, and cancelled when `cancelAt` names the step shown. */
function tasksCancellingAt(cancelAt: string | null) {
  const events: ProgressEvent[] = [];
  const tasks: LongTasks = new LongTasks((e) => {
    events.push(e);
    if (e.step === cancelAt) tasks.cancel(e.task);
  });
  return { tasks, events, steps: () => events.map((e) => e.step) };
}

/** A PDF engine that takes a while, then writes a file, as printToPDF does. */
const slowPrinter = (ms: number) => (_html: string, outFile: string) =>
  new Promise<void>((resolve) =>
    setTimeout(() => {
      fs.writeFileSync(outFile, '%PDF-1.7 test');
      resolve();
    }, ms),
  );

describe('a long export', () => {
  it('reports its steps and leaves only the finished files', async () => {
    const { project } = sampleProject();
    const out = path.join(tempDir(), 'Desk report.csv');
    const { tasks, events } = tasksCancellingAt(null);
    const result = await tasks.run('export', (c) =>
      exportWithProgress(project, { format: 'csv', out }, slowPrinter(1), c),
    );
    project.close();
    expect(result?.files).toEqual([out, path.join(path.dirname(out), 'Desk report-spans.csv')]);
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['Desk report-spans.csv', 'Desk report.csv']);
    expect(events.map((e) => [e.task, e.step, e.done, e.total])).toEqual([
      ['export', 'Gathering claims and articles', 0, 2],
      ['export', 'Saving', 1, 2],
    ]);
  });

  it('cancelled while the PDF prints: answers null and deletes what was printed', async () => {
    const { project } = sampleProject();
    const dir = tempDir();
    const out = path.join(dir, 'Desk report.pdf');
    const { tasks, steps } = tasksCancellingAt('Printing the PDF');
    const result = await tasks.run('export', (c) =>
      exportWithProgress(project, { format: 'pdf', out }, slowPrinter(150), c),
    );
    project.close();
    expect(result).toBeNull();
    expect(steps()).toEqual(['Gathering claims and articles', 'Printing the PDF']);
    // The abandoned print finishes later: what it wrote is removed then.
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('cancelled before writing: keeps the report it was going to replace', async () => {
    const { project } = sampleProject();
    const out = path.join(tempDir(), 'Desk report.html');
    fs.writeFileSync(out, 'last week’s report');
    const { tasks } = tasksCancellingAt('Gathering claims and articles');
    expect(
      await tasks.run('export', (c) => exportWithProgress(project, { format: 'html', out }, slowPrinter(1), c)),
    ).toBeNull();
    project.close();
    expect(fs.readFileSync(out, 'utf8')).toBe('last week’s report');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['Desk report.html']);
  });
});

describe('a long merge from file', () => {
  function diverged() {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben']);
    opened.push(replicas);
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ben.project, base.claimIds[0]!, { verdict: 'verified' });
    for (let i = 0; i < 10; i++) {
      createClaimFromSpan(ben.project, { articleId: base.articleId, start: 200 + i * 30, end: 215 + i * 30 });
    }
    return { ana, ben };
  }

  it('reports every step and names the colleague’s file', async () => {
    const { ana, ben } = diverged();
    const { tasks, steps } = tasksCancellingAt(null);
    const report = await tasks.run('merge', (c) => mergeWithProgress(ana.project, ben.file, c));
    expect(report).toMatchObject({ file: ben.file });
    expect(report!.changes).toBeGreaterThan(0);
    expect(steps()).toEqual([
      'Checking the colleague’s copy',
      'Reading the changes',
      'Copying the changed values',
      'Adding history',
      'Finding conflicts',
      'Applying the changes',
      'Finishing',
    ]);
  });

  for (const step of [
    'Checking the colleague’s copy',
    'Reading the changes',
    'Copying the changed values',
    'Finishing',
  ]) {
    it(`cancelled at “${step}”: answers null and leaves the project exactly as before`, async () => {
      const { ana, ben } = diverged();
      const before = canonicalProjectDump(ana.project.db);
      const { tasks } = tasksCancellingAt(step);
      expect(await tasks.run('merge', (c) => mergeWithProgress(ana.project, ben.file, c))).toBeNull();
      expect(canonicalProjectDump(ana.project.db)).toBe(before);
      expect(ana.project.db.inTransaction).toBe(false);
      // And it can be merged afterwards.
      const { tasks: again } = tasksCancellingAt(null);
      expect(await again.run('merge', (c) => mergeWithProgress(ana.project, ben.file, c))).not.toBeNull();
      expect(canonicalProjectDump(ana.project.db)).not.toBe(before);
    });
  }

  it('says nothing was running when there is nothing to cancel', () => {
    expect(new LongTasks().cancel('merge')).toBe(false);
  });
});

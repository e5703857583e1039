/**
 * Opening a project inspects it once: a full integrity check of a large project takes seconds, and
 * a private copy of it as long again. A cleanly closed project (WAL mode, no -wal/-shm beside it)
 * is inspected in place when it is opened for writing (no copy); opened read-only, it is copied
 * once, and the connection reads the copy that was inspected. Nothing is left beside it after close.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listArticles } from '../../../electron/articles/articleStore';
import { openLockedProject } from '../../../electron/lock/lockedProject';
import { openProject } from '../../../electron/project/openProject';
import { sampleProject } from '../../helpers/tempProject';

afterEach(() => vi.restoreAllMocks());

/** A cleanly closed project: only the file itself is in its folder. */
function closedProject(): string {
  const t = sampleProject();
  t.project.close();
  expect(fs.readdirSync(t.dir)).toEqual([path.basename(t.file)]);
  return t.file;
}

/** Counts SQLite integrity checks and copies of `file` made while `open` runs. */
function costOf<T>(file: string, open: () => T): { result: T; checks: number; copies: number } {
  const pragma = vi.spyOn(Database.prototype, 'pragma');
  const copy = vi.spyOn(fs, 'copyFileSync');
  const result = open();
  const checks = pragma.mock.calls.filter(([sql]) => /^(integrity|quick)_check/.test(String(sql))).length;
  const copies = copy.mock.calls.filter(([src]) => String(src) === file).length;
  vi.restoreAllMocks();
  return { result, checks, copies };
}

describe('the cost of opening a project', () => {
  it('checks a project opened as its writer once, in place, without copying it', () => {
    const file = closedProject();
    const { result, checks, copies } = costOf(file, () =>
      openLockedProject(file, { actor: 'A', via: 'cli', whenLocked: 'refuse' }),
    );
    expect({ checks, copies }).toEqual({ checks: 1, copies: 0 });
    expect(listArticles(result.project)).toHaveLength(2);
    result.project.close();
  });

  it('checks a project opened read-only once, through the one copy its connection then reads', () => {
    const file = closedProject();
    const { result: project, checks, copies } = costOf(file, () => openProject(file, { actor: 'A', readOnly: true }));
    expect({ checks, copies }).toEqual({ checks: 1, copies: 1 });
    expect(listArticles(project)).toHaveLength(2);
    project.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import type { Workspace } from '../../../electron/api/workspace';
import { getArticle } from '../../../electron/articles/articleStore';
import { listClaims } from '../../../electron/claims/claimStore';
import type { Project } from '../../../electron/project/project';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { METHOD_NAMES } from '../../../shared/ipc/contract';
import { rangeOf, sampleProject } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function workspaceOf(project: Project | null): Workspace {
  return {
    project: () => {
      if (!project) throw new ClaimdeskError('unavailable', 'No project is open.');
      return project;
    },
    current: () => project,
    recentProjects: () => [],
    fileCommand: async () => undefined,
    openRecent: async () => undefined,
  };
}

function setup() {
  const t = sampleProject();
  open.push(t.project);
  const handlers = createHandlers(workspaceOf(t.project));
  const call = (method: string, args: unknown) => dispatch(handlers, method, args, { validateResults: true });
  return { ...t, call };
}

describe('IPC door', () => {
  it('runs a valid call and returns data that matches the contract', async () => {
    const t = setup();
    const text = getArticle(t.project, t.us.id).plainText;
    const r = await t.call('createClaimFromSpan', [
      { articleId: t.us.id, ...rangeOf(text, 'at least 4 American citizens') },
    ]);
    expect(r).toMatchObject({ data: { claim: { text: 'at least 4 American citizens', verdict: 'unverified' } } });
    expect(await t.call('listArticles', [{ offset: 0, limit: 100 }])).toMatchObject({
      data: { total: 2, items: [{ spanCount: 1 }, { spanCount: 0 }] },
    });
  });

  it('answers every method of the contract with data or a clean error, never a throw', async () => {
    const t = setup();
    for (const m of METHOD_NAMES) {
      const r = await t.call(m, []);
      expect('data' in r || 'error' in r).toBe(true);
    }
  });

  it.each([
    ['unknown method', 'dropTables', []],
    ['args not an array', 'listArticles', { 0: 1 }],
    ['id not a uuid', 'getArticle', ['../../etc/passwd']],
    [
      'extra field',
      'updateClaim',
      ['7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', { verdict: 'verified', sql: 'DROP TABLE claims' }],
    ],
    ['unknown verdict', 'updateClaim', ['7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', { verdict: 'true' }]],
    ['empty range', 'createClaimFromSpan', [{ articleId: '7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', start: 5, end: 5 }]],
    [
      'negative offset',
      'linkSpan',
      [
        {
          articleId: '7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f',
          claimId: '7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f',
          start: -1,
          end: 5,
        },
      ],
    ],
    ['huge text', 'addArticle', [{ text: 'x'.repeat(6_000_000) }]],
  ])('rejects %s as invalid input and changes nothing', async (_name, method, args) => {
    const t = setup();
    const r = await t.call(method, args);
    expect(r).toMatchObject({ error: { type: 'invalid-input' } });
    expect(listClaims(t.project)).toHaveLength(0);
  });

  it('reports a missing record as not-found with a message naming it', async () => {
    const t = setup();
    const r = await t.call('getClaimDetail', ['7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f']);
    expect(r).toEqual({
      error: {
        type: 'not-found',
        message: `No claim with id 7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f in ${t.project.path}.`,
      },
    });
  });

  it('tells the renderer when no project is open', async () => {
    const r = await dispatch(createHandlers(workspaceOf(null)), 'getProject', []);
    expect(r).toEqual({ error: { type: 'unavailable', message: 'No project is open.' } });
  });
});

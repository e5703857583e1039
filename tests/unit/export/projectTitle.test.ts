import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import type { Workspace } from '../../../electron/api/workspace';
import { exportProject } from '../../../electron/export/exportProject';
import { openProject, projectTitle } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { setProjectTitle } from '../../../electron/project/projectTitle';
import { newTempProject } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup() {
  const t = newTempProject();
  open.push(t.project);
  return t;
}

describe('the project title', () => {
  it('is the file name until set, then is stored in the file and shown on the report', async () => {
    const t = setup();
    expect(projectTitle(t.project)).toBe('test');
    expect(setProjectTitle(t.project, '  Venezuela   prisoner releases ')).toBe('Venezuela prisoner releases');
    t.project.close();
    open.pop();
    const again = openProject(t.file, { actor: 'x', readOnly: true });
    open.push(again);
    expect(projectTitle(again)).toBe('Venezuela prisoner releases');
    const out = path.join(t.dir, 'report.html');
    await exportProject(again, { format: 'html', out });
    expect(readFileSync(out, 'utf8')).toContain('<h1>Venezuela prisoner releases</h1>');
    await exportProject(again, { format: 'html', out, title: 'Just this once' });
    expect(readFileSync(out, 'utf8')).toContain('<h1>Just this once</h1>');
  });

  it('refuses an empty title or one with control characters, keeping the old one', () => {
    const t = setup();
    expect(() => setProjectTitle(t.project, '   ')).toThrow('A project title cannot be empty.');
    expect(() => setProjectTitle(t.project, 'a\u0007b')).toThrow(/control characters/);
    expect(projectTitle(t.project)).toBe('test');
  });

  it('can be set by the app through the setProjectTitle IPC method', async () => {
    const t = setup();
    const ws: Workspace = {
      project: () => t.project,
      current: () => t.project,
      recentProjects: () => [],
      fileCommand: async () => undefined,
      openRecent: async () => undefined,
    };
    const handlers = createHandlers(ws);
    const r = await dispatch(handlers, 'setProjectTitle', ['Desk report'], { validateResults: true });
    expect(r).toMatchObject({ data: { title: 'Desk report', path: t.project.path } });
    expect(await dispatch(handlers, 'setProjectTitle', [''], {})).toMatchObject({
      error: { type: 'invalid-input', message: 'A project title cannot be empty.' },
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { NO_HOST, type HostServices } from '../../../electron/api/hostServices';
import { listArticles } from '../../../electron/articles/articleStore';
import type { Project } from '../../../electron/project/project';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { annotatedSample } from '../../helpers/annotatedSample';
import { SAMPLE_DIR } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup(picked: string[]) {
  const t = annotatedSample();
  open.push(t.project);
  const revealed: string[] = [];
  const host: HostServices = {
    ...NO_HOST,
    chooseImportFiles: async () => picked,
    chooseExportPath: async (_f, name) => path.join(t.dir, name),
    printPdf: async (html, out) => fs.writeFileSync(out, html),
    revealFile: (f) => revealed.push(f),
  };
  const handlers = createHandlers(
    {
      project: () => t.project,
      current: () => t.project,
      recentProjects: () => [],
      fileCommand: async () => undefined,
      openRecent: async () => undefined,
    },
    host,
  );
  const call = (m: string, args: unknown[]) => dispatch(handlers, m, args, { validateResults: true });
  return { ...t, call, revealed };
}

describe('import and export through the host’s dialogs', () => {
  it('imports the files picked in the dialog by token, never by a path the renderer names', async () => {
    const fixture = path.resolve(__dirname, '../../fixtures/import/news-page.html');
    const t = setup([fixture, path.join(SAMPLE_DIR, 'us-detainees-released.txt')]);
    const picked = (await t.call('pickImportFiles', [])) as { data: { token: string; name: string }[] };
    expect(picked.data.map((p) => p.name)).toEqual(['news-page.html', 'us-detainees-released.txt']);
    const first = await t.call('importPickedFile', [picked.data[0]!.token, {}]);
    expect(first).toMatchObject({ data: { kind: 'article', outcome: { duplicate: false } } });
    const second = await t.call('importPickedFile', [picked.data[1]!.token, {}]);
    expect(second).toMatchObject({ data: { kind: 'article', outcome: { duplicate: true } } });
    expect(await t.call('importPickedFile', [picked.data[0]!.token, {}])).toMatchObject({
      error: { type: 'not-found' },
    });
    expect(await t.call('importPickedFile', ['/etc/passwd', {}])).toMatchObject({ error: { type: 'invalid-input' } });
    expect(listArticles(t.project)).toHaveLength(3);
  });

  it('exports to the place chosen in the save dialog and shows it in the file manager', async () => {
    const t = setup([]);
    const r = (await t.call('exportReport', [{ format: 'html', verdicts: ['disputed'] }])) as {
      data: { files: string[]; claims: number };
    };
    expect(r.data.claims).toBe(2);
    expect(t.revealed).toEqual(r.data.files);
    expect(fs.readFileSync(r.data.files[0]!, 'utf8')).toContain('116 prisoners were freed on Monday');
  });

  it('returns null when the save dialog is cancelled', async () => {
    const t = setup([]);
    const handlers = createHandlers(
      {
        project: () => t.project,
        current: () => t.project,
        recentProjects: () => [],
        fileCommand: async () => undefined,
        openRecent: async () => undefined,
      },
      {
        ...NO_HOST,
        chooseImportFiles: async () => [],
        chooseExportPath: async () => null,
        printPdf: async () => {
          throw new ClaimdeskError('internal', 'should not print');
        },
        revealFile: () => undefined,
      },
    );
    expect(await dispatch(handlers, 'exportReport', [{ format: 'pdf' }])).toEqual({ data: null });
  });
});

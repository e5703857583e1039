import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHighlights } from '../../../electron/spans/spanStore';
import { openProject } from '../../../electron/project/openProject';
import { annotatedSample } from '../../helpers/annotatedSample';
import { SAMPLE_DIR, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';
import { pdfFlatText } from '../../helpers/pdfTools';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

const t = annotatedSample();
beforeAll(() => {
  assertCliBuilt();
  t.project.close();
});
afterAll(() => undefined);

describe('claimdesk export', () => {
  it('prints the annotated PDF report with the system Chromium', async () => {
    const out = path.join(t.dir, 'report.pdf');
    const r = await claimdesk(['export', t.file, '--format', 'pdf', '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ files: [out], format: 'pdf', claims: 4, articles: 2 });
    expect(pdfFlatText(out)).toContain('116 prisoners were freed on Monday');
  });

  it('filters by verdict and article, and writes both CSV files', async () => {
    const out = path.join(t.dir, 'disputed.csv');
    const r = await claimdesk([
      'export',
      t.file,
      '--format',
      'csv',
      '-o',
      out,
      '--status',
      'disputed',
      '--articles',
      t.ve.id.slice(0, 8),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ claims: 1, articles: 1, files: [out, path.join(t.dir, 'disputed-spans.csv')] });
    expect(fs.readFileSync(out, 'utf8')).toContain('116 prisoners were freed on Monday');
  });

  it('round-trips highlights through a W3C annotation file', async () => {
    const out = path.join(t.dir, 'annotations.jsonld');
    expect((await claimdesk(['export', t.file, '--format', 'w3c', '-o', out])).code).toBe(0);
    const project = openProject(t.file, { actor: 'x' });
    const before = listHighlights(project, t.us.id).length;
    project.db.prepare('UPDATE spans SET deleted_at = ? WHERE article_id = ?').run('2026-01-01', t.us.id);
    project.close();
    const r = await claimdesk(['import', t.file, out, '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      results: [{ status: 'annotations', restored: before, alreadyPresent: 2, unplaced: [] }],
    });
  });

  it('restores highlights in a fresh project whose articles were imported from the same files, whatever the file’s name', async () => {
    const out = path.join(t.dir, 'highlights.export');
    expect((await claimdesk(['export', t.file, '--format', 'w3c', '-o', out])).code).toBe(0);
    const fresh = path.join(t.dir, 'fresh.claimdesk');
    expect((await claimdesk(['new', fresh])).code).toBe(0);
    const articles = [path.join(SAMPLE_DIR, US_SAMPLE), path.join(SAMPLE_DIR, VENEZUELA_SAMPLE)];
    expect((await claimdesk(['import', fresh, ...articles])).code).toBe(0);
    const r = await claimdesk(['import', fresh, out, '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      results: [{ status: 'annotations', restored: 6, alreadyPresent: 0, unplaced: [] }],
    });
    const claims = (await claimdesk(['claims', fresh, '--json'])).json<{
      claims: { text: string; claimant: string }[];
    }>();
    expect(claims.claims.find((c) => c.text === '116 prisoners were freed on Monday')?.claimant).toBe(
      'Ministry of Penitentiary Services',
    );
  });

  it('fails with a clear message when none of the annotations can be placed', async () => {
    const out = path.join(t.dir, 'stray.jsonld');
    expect((await claimdesk(['export', t.file, '--format', 'w3c', '-o', out])).code).toBe(0);
    const empty = path.join(t.dir, 'empty.claimdesk');
    expect((await claimdesk(['new', empty])).code).toBe(0);
    const r = await claimdesk(['import', empty, out]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${out}: none of its 6 annotations could be placed in this project`);
  });

  it('titles the report: `new --title`, `title` to show or change it, `export --title` for one export', async () => {
    const file = path.join(t.dir, 'titled.claimdesk');
    const created = await claimdesk(['new', file, '--title', 'Venezuela releases', '--json']);
    expect(created.json()).toMatchObject({ project: { title: 'Venezuela releases' } });
    expect((await claimdesk(['title', file])).stdout).toBe('Venezuela releases\n');
    const changed = await claimdesk(['title', file, 'Prisoner releases, January 2026', '--json']);
    expect(changed.json()).toEqual({ title: 'Prisoner releases, January 2026', changed: true });
    expect((await claimdesk(['title', file, ' '])).code).toBe(4);

    const pdf = path.join(t.dir, 'titled.pdf');
    expect((await claimdesk(['export', file, '--format', 'pdf', '-o', pdf])).code).toBe(0);
    expect(pdfFlatText(pdf)).toContain('Prisoner releases, January 2026');
    const html = path.join(t.dir, 'once.html');
    expect((await claimdesk(['export', file, '--format', 'html', '-o', html, '--title', 'For the editor'])).code).toBe(
      0,
    );
    expect(fs.readFileSync(html, 'utf8')).toContain('<h1>For the editor</h1>');
    expect((await claimdesk(['title', file])).stdout).toBe('Prisoner releases, January 2026\n');
  });

  it('refuses a missing or unknown format as a usage error', async () => {
    const r = await claimdesk(['export', t.file, '--format', 'docx', '-o', path.join(t.dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format is required: one of pdf, html, md, csv, claimreview, w3c.');
  });
});

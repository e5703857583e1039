import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHighlights } from '../../../electron/spans/spanStore';
import { openProject } from '../../../electron/project/openProject';
import { annotatedSample } from '../../helpers/annotatedSample';
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

  it('refuses a missing or unknown format as a usage error', async () => {
    const r = await claimdesk(['export', t.file, '--format', 'docx', '-o', path.join(t.dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format is required: one of pdf, html, md, csv, claimreview, w3c.');
  });
});

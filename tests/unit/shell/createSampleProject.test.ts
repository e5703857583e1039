import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../electron/articles/articleStore';
import { openProject, projectTitle } from '../../../electron/project/openProject';
import { createSampleProject, sampleProjectPath } from '../../../electron/sample/createSampleProject';
import { SAMPLE_ARTICLES } from '../../../electron/sample/sampleArticles';
import { tempDir } from './tempDir';

describe('the sample project', () => {
  it('holds the two sample articles with their headlines', () => {
    const file = sampleProjectPath(path.join(tempDir(), 'userData'));
    expect(path.basename(file)).toBe('Sample project.claimdesk');
    createSampleProject(file, 'Dana');
    const project = openProject(file, { actor: 'Dana' });
    try {
      expect(projectTitle(project)).toBe('Sample project');
      // Named through a write transaction: the title is in the sync log, nothing left unlogged.
      expect(
        project.db.prepare("SELECT value FROM sync_values WHERE tbl = 'project_meta' AND col = 'value'").pluck().all(),
      ).toContain('Sample project');
      expect(project.db.prepare('SELECT count(*) AS n FROM sync_dirty').get()).toEqual({ n: 0 });
      expect(
        listArticles(project)
          .map((a) => a.title)
          .sort(),
      ).toEqual([
        'US Detainees Released, Political Prisoner Debate Flares',
        'Venezuela Starts Freeing Prisoners Under US Pressure',
      ]);
      const venezuela = listArticles(project).find((a) => a.title.startsWith('Venezuela'))!;
      expect(venezuela).toMatchObject({ author: 'Aksah Italo', createdBy: 'Dana', spanCount: 0 });
    } finally {
      project.close();
    }
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Sample project.claimdesk']);
  });

  it('bundles the article texts themselves, not paths to them', () => {
    expect(SAMPLE_ARTICLES).toHaveLength(2);
    for (const a of SAMPLE_ARTICLES) {
      const onDisk = fs.readFileSync(path.resolve(__dirname, '../../../build/sample-articles', a.sourceName), 'utf8');
      expect(a.text).toBe(onDisk);
    }
  });

  it('refuses to replace an existing file', () => {
    const file = path.join(tempDir(), 'Sample project.claimdesk');
    fs.writeFileSync(file, 'my notes');
    expect(() => createSampleProject(file, 'Dana')).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('my notes');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, withoutRecent, withRecent } from '../../../electron/settings/recentProjects';
import {
  DEFAULT_EXPORT,
  defaultCheckerName,
  readSettings,
  SettingsFile,
  writeSettings,
} from '../../../electron/settings/settingsFile';
import { tempDir } from './tempDir';

const settingsPath = () => path.join(tempDir(), 'userData', 'settings.json');

describe('the settings file', () => {
  it('starts with the OS user name as checker, no recent projects, on a first run', () => {
    const s = new SettingsFile(settingsPath(), 'dana');
    expect(s.firstRun).toBe(true);
    expect(s.get()).toEqual({ checkerName: 'dana', recentProjects: [], lastProject: null });
    expect(defaultCheckerName()).not.toBe('');
  });

  it('keeps what was saved across restarts', () => {
    const file = settingsPath();
    const first = new SettingsFile(file, 'dana');
    first.update({ checkerName: 'Dana Reyes', recentProjects: ['/p/a.claimdesk'], lastProject: '/p/a.claimdesk' });
    const again = new SettingsFile(file, 'someone-else');
    expect(again.firstRun).toBe(false);
    expect(again.get()).toEqual({
      checkerName: 'Dana Reyes',
      recentProjects: ['/p/a.claimdesk'],
      lastProject: '/p/a.claimdesk',
    });
  });

  it('writes through a temporary file, leaving no temp file behind', () => {
    const file = settingsPath();
    writeSettings(file, { checkerName: 'x', recentProjects: [], lastProject: null });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('starts with defaults from a corrupt file and keeps the corrupt one as .bak', () => {
    const file = settingsPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"checkerName": "Dana", "recentProj');
    const s = new SettingsFile(file, 'dana');
    expect(s.get()).toEqual({ checkerName: 'dana', recentProjects: [], lastProject: null });
    expect(s.backupPath).toBe(`${file}.bak`);
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe('{"checkerName": "Dana", "recentProj');
    s.update({ checkerName: 'Dana' });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).checkerName).toBe('Dana');
  });

  it('treats JSON that is not an object as corrupt', () => {
    const file = settingsPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const text of ['null', '[]', '"text"', '']) {
      fs.writeFileSync(file, text);
      expect(readSettings(file, 'dana')).toMatchObject({ firstRun: true, backupPath: `${file}.bak` });
    }
  });

  it('replaces only the fields that are wrong, one by one', () => {
    const file = settingsPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({ checkerName: '   ', recentProjects: ['/ok.claimdesk', 7, ''], lastProject: 12, extra: true }),
    );
    expect(readSettings(file, 'dana').settings).toEqual({
      checkerName: 'dana',
      recentProjects: ['/ok.claimdesk'],
      lastProject: null,
    });
  });
});

describe('the export defaults in the settings file', () => {
  it('keeps the chosen format, history appendix and verdicts across restarts', () => {
    const file = settingsPath();
    new SettingsFile(file, 'dana').update({
      exportDefaults: { format: 'md', history: true, verdicts: ['disputed', 'unverified'] },
    });
    expect(new SettingsFile(file, 'dana').get().exportDefaults).toEqual({
      format: 'md',
      history: true,
      verdicts: ['unverified', 'disputed'],
    });
  });

  it('replaces a wrong option with its default, keeping the others', () => {
    const file = settingsPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({ checkerName: 'Dana', exportDefaults: { format: 'docx', history: true, verdicts: [] } }),
    );
    expect(readSettings(file, 'dana').settings.exportDefaults).toEqual({
      format: DEFAULT_EXPORT.format,
      history: true,
      verdicts: [...DEFAULT_EXPORT.verdicts],
    });
  });
});

describe('the recent projects list', () => {
  it('puts the newest first, without duplicates, and keeps at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/p/${i}.claimdesk`);
    list = withRecent(list, '/p/5.claimdesk');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.slice(0, 3)).toEqual(['/p/5.claimdesk', '/p/11.claimdesk', '/p/10.claimdesk']);
    expect(list.filter((p) => p === '/p/5.claimdesk')).toHaveLength(1);
    expect(withoutRecent(list, '/p/5.claimdesk')).not.toContain('/p/5.claimdesk');
  });

  it('compares paths case-insensitively on macOS and Windows, exactly on Linux', () => {
    expect(withRecent(['/p/Election.claimdesk'], '/p/election.claimdesk', 'darwin')).toEqual(['/p/election.claimdesk']);
    expect(withRecent(['/p/Election.claimdesk'], '/p/election.claimdesk', 'linux')).toHaveLength(2);
  });
});

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseStartup, projectPathFromArgv } from '../../../electron/shell/startup';

describe('the project named on the command line', () => {
  it('is found after `electron .` and resolved against the launch folder', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.', 'work/Election.claimdesk'], '/home/dana')).toBe(
      path.resolve('/home/dana/work/Election.claimdesk'),
    );
  });

  it('is found among the switches Chromium adds (second instance, packaged app)', () => {
    const argv = [
      '/opt/Claimdesk/claimdesk',
      '--allow-file-access-from-files',
      '/data/Budget.CLAIMDESK',
      '--original-process-start-time=1',
    ];
    expect(projectPathFromArgv(argv, '/')).toBe(path.resolve('/data/Budget.CLAIMDESK'));
  });

  it('is the local file a Linux desktop hands over as a file:// URL (Exec=… %U)', () => {
    const file = path.resolve("/home/ana/Mail/Ben's desk é.claimdesk");
    const url = pathToFileURL(file).href;
    expect(url).toMatch(/^file:\/\/.*Ben's%20desk%20%C3%A9\.claimdesk$/);
    expect(projectPathFromArgv(['/opt/Claimdesk/claimdesk', url], '/')).toBe(file);
    expect(projectPathFromArgv(['/opt/Claimdesk/claimdesk', url.replace(/^file:/, 'FILE:')], '/')).toBe(file);
  });

  it('passes over URLs that are not local files', () => {
    expect(projectPathFromArgv(['/opt/Claimdesk/claimdesk', 'sftp://server/desk.claimdesk'], '/home')).toBeNull();
    expect(projectPathFromArgv(['/opt/Claimdesk/claimdesk', 'https://example.org/desk.claimdesk'], '/home')).toBeNull();
    // Another host's file is a network path on Windows, and nothing Claimdesk can open elsewhere.
    expect(projectPathFromArgv(['/opt/Claimdesk/claimdesk', 'file://server/share/desk.claimdesk'], '/home')).toBe(
      process.platform === 'win32' ? '\\\\server\\share\\desk.claimdesk' : null,
    );
  });

  it('is absent when no argument is a project file', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.'], '/home')).toBeNull();
    expect(projectPathFromArgv(['/usr/bin/electron', '.', '--flag=x.claimdesk', 'notes.txt'], '/home')).toBeNull();
  });
});

describe('what the app opens at start', () => {
  const exists = (file: string) => file === '/p/last.claimdesk';
  it('opens the file given on the command line first', () => {
    expect(
      chooseStartup({ fileArgument: '/p/x.claimdesk', lastProject: '/p/last.claimdesk', firstRun: false, exists }),
    ).toEqual({
      kind: 'open',
      path: '/p/x.claimdesk',
    });
  });
  it('reopens the last project', () => {
    expect(chooseStartup({ fileArgument: null, lastProject: '/p/last.claimdesk', firstRun: false, exists })).toEqual({
      kind: 'open',
      path: '/p/last.claimdesk',
    });
  });
  it('opens the sample on a first run, or when the last project is gone', () => {
    expect(chooseStartup({ fileArgument: null, lastProject: null, firstRun: true, exists })).toEqual({
      kind: 'sample',
    });
    expect(chooseStartup({ fileArgument: null, lastProject: '/p/gone.claimdesk', firstRun: false, exists })).toEqual({
      kind: 'sample',
    });
  });
  it('shows the welcome screen after the user closed the project', () => {
    expect(chooseStartup({ fileArgument: null, lastProject: null, firstRun: false, exists })).toEqual({
      kind: 'welcome',
    });
  });
});

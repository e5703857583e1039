/**
 * What the app opens when it starts: a project named on the command line (or handed over by a
 * second launch), else the project open at last quit, else, on a first run or when that file is
 * gone, the sample project; after an explicit Close, the welcome screen.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_EXTENSION } from './appWorkspace';

/**
 * The project file named in a command line, resolved against the launch directory. Chromium
 * adds its own switches to argv, and `electron .` adds the app folder, so the project is the last
 * argument that ends in .claimdesk and is not a switch. Linux desktops open a double-clicked file
 * through the .desktop entry's `Exec=… %U`, which hands over a file:// URL
 * ("file:///home/ana/Ben%27s%20desk.claimdesk"): that names the local file too. Other URLs
 * (sftp://, http://) are not files Claimdesk can open in place, so they are passed over.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    if (/^file:/i.test(arg)) {
      const file = localFileOf(arg);
      if (file) return file;
      continue;
    }
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) continue;
    return path.resolve(cwd, arg);
  }
  return null;
}

/**
 * The path a file:// URL names, or null for a malformed one (or, except on Windows, where it is a
 * network path, another host's file).
 */
function localFileOf(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export type StartupChoice = { kind: 'open'; path: string } | { kind: 'sample' } | { kind: 'welcome' };

export interface StartupFacts {
  fileArgument: string | null;
  lastProject: string | null;
  firstRun: boolean;
  exists(file: string): boolean;
}

export function chooseStartup(f: StartupFacts): StartupChoice {
  if (f.fileArgument) return { kind: 'open', path: f.fileArgument };
  if (f.lastProject && f.exists(f.lastProject)) return { kind: 'open', path: f.lastProject };
  if (f.firstRun || f.lastProject) return { kind: 'sample' };
  return { kind: 'welcome' };
}

/**
 * Which Claimdesk `npm run test:app` drives: a packaged build when one exists (electron-builder's
 * unpacked output in out/ or dist-app/, or the executable named by CLAIMDESK_APP), else the
 * development app (`electron .` on the built dist/), else nothing (no Electron binary here).
 */
import fs from 'node:fs';
import path from 'node:path';

export type AppTarget =
  | { kind: 'packaged'; executable: string; args: string[] }
  | { kind: 'development'; executable: string; args: string[] };

/** The packaged app's executable inside an electron-builder output folder, per platform. */
function executableIn(folder: string, platform: NodeJS.Platform): string | null {
  if (!fs.existsSync(folder)) return null;
  const candidates: string[] = [];
  for (const entry of fs.readdirSync(folder)) {
    const dir = path.join(folder, entry);
    if (platform === 'darwin' && /^mac/.test(entry))
      candidates.push(path.join(dir, 'Claimdesk.app/Contents/MacOS/Claimdesk'));
    if (platform === 'win32' && entry === 'win-unpacked') candidates.push(path.join(dir, 'Claimdesk.exe'));
    if (platform === 'linux' && /^linux(-[a-z0-9]+)?-unpacked$/.test(entry)) {
      candidates.push(path.join(dir, 'claimdesk'), path.join(dir, 'Claimdesk'));
    }
  }
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

/** The packaged app to test, if there is one. */
export function packagedExecutable(
  root: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (env.CLAIMDESK_APP) return fs.existsSync(env.CLAIMDESK_APP) ? path.resolve(env.CLAIMDESK_APP) : null;
  for (const folder of ['dist-app', 'out']) {
    const exe = executableIn(path.join(root, folder), platform);
    if (exe) return exe;
  }
  return null;
}

export function chooseAppTarget(
  root: string,
  electronBinary: string | null,
  platform = process.platform,
  env = process.env,
): AppTarget | null {
  const packaged = packagedExecutable(root, platform, env);
  if (packaged) return { kind: 'packaged', executable: packaged, args: [] };
  if (electronBinary) return { kind: 'development', executable: electronBinary, args: [root] };
  return null;
}

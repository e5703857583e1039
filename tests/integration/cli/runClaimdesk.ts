/**
 * Runs the built `claimdesk` command (dist/cli/claimdesk.cjs, made by `npm run build` or
 * `node scripts/build.mjs cli`) as a real process, the way a newsroom script would, and captures
 * its exit code, stdout and stderr. The checker name is fixed so history rows are predictable.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve(__dirname, '../../../dist/cli/claimdesk.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for runs with --json). */
  json<T = Record<string, unknown>>(): T;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export function assertCliBuilt(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`node scripts/build.mjs cli\` first.`);
}

export function claimdesk(args: readonly string[], opts: RunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, CLAIMDESK_CHECKER: 'Test Checker', ...opts.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        json<T>() {
          try {
            return JSON.parse(stdout) as T;
          } catch {
            throw new Error(`stdout is not JSON (exit ${code}):\n${stdout}\nstderr:\n${stderr}`);
          }
        },
      }),
    );
  });
}

/**
 * Who is making the changes: every history row names a checker. `--as NAME` wins, then the
 * CLAIMDESK_CHECKER environment variable (set once in a newsroom script), then the OS user name.
 */
import os from 'node:os';

function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to what the shell says, then to a placeholder.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function resolveActor(asFlag: string | undefined, env: NodeJS.ProcessEnv): string {
  for (const candidate of [asFlag, env.CLAIMDESK_CHECKER]) {
    const name = candidate?.trim();
    if (name) return name;
  }
  return osUserName();
}

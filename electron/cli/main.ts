/**
 * Entry of dist/cli/claimdesk.cjs (bin/claimdesk.cjs loads it): runs the command with the real
 * process streams and sets the exit code. process.exitCode (not process.exit) lets piped output
 * finish writing first.
 */
import { runCli } from './runCli';

// `claimdesk claims x | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});

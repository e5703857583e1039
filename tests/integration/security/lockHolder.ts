/**
 * A second Claimdesk process for the lock tests: opens the project named in argv[2] as its writer
 * (as the app would), prints "locked <pid>" and waits until killed.
 */
import { openLockedProject } from '../../../electron/lock/lockedProject';

const file = process.argv[2]!;
const { lock } = openLockedProject(file, {
  actor: process.argv[3] ?? 'Other Checker',
  via: 'app',
  whenLocked: 'read-only',
});
process.stdout.write(`${lock ? 'locked' : 'read-only'} ${process.pid}\n`);
setInterval(() => undefined, 1000);

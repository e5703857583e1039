/**
 * Writing a small JSON file of the app's own (settings, window state) so that a crash never
 * leaves half of it: the text goes to a temporary file, is flushed to disk, then renamed over the
 * old file in one step.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Replaces `file` with `value` as indented JSON; the directory is created if needed. */
export function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

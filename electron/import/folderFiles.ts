/**
 * The article files inside a folder, for importing a whole folder at once (`claimdesk import
 * PROJECT FOLDER`): every file with one of the given extensions, in sub-folders too, sorted by
 * path so a batch imports in the same order every time. Hidden files and folders (".DS_Store",
 * ".git") are skipped, as a file manager would not show them. Kept free of the importers so
 * listing a folder does not load them.
 */
import fs from 'node:fs';
import path from 'node:path';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function importableFilesIn(folder: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  walk(folder);
  return found;
}

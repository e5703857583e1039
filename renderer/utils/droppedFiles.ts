/**
 * The files a drop carries, with folders opened: a checker drops a folder of saved pages, PDFs and
 * Word files (or several folders and files at once) and expects every article inside to be
 * imported. `dataTransfer.files` lists a folder as one nameless-type "file" that cannot be read,
 * so folders are walked through the entries API (`webkitGetAsEntry`, FileSystemDirectoryEntry):
 * sub-folders too, in name order, hidden files and folders skipped, and inside folders only the
 * files Claimdesk imports (a folder's photos are not failures). Files dropped on their own are all
 * kept, so an unsupported one is still named in the summary.
 *
 * The entries must be taken while the drop event is being handled (the browser empties the
 * DataTransfer afterwards): `takeDroppedEntries` is synchronous, `filesOfEntries` does the walk.
 */
import { importKindOf } from './importFiles';

/** One file to import, or (`problem`) a dropped thing that yields none, said in the summary. */
export type DroppedFile = {
  /** Where it was in the drop: "inbox/later/page.html", or just its name when dropped alone. */
  path: string;
} & ({ file: File } | { problem: string });

/** What the drop held: file-system entries where the browser gives them, else the plain files. */
export type DroppedItem = { entry: FileSystemEntry } | { file: File };

const byName = (a: FileSystemEntry, b: FileSystemEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Call inside the drop handler. */
export function takeDroppedEntries(data: DataTransfer | null): DroppedItem[] {
  if (!data) return [];
  const items = [...data.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.length > 0 && entries.every((e) => e !== null)) return entries.map((entry) => ({ entry: entry! }));
  // No entries API (or a drop it does not describe): the plain files, which cannot hold folders.
  return [...data.files].map((file) => ({ file }));
}

const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a folder: readEntries returns them in batches (100 in Chromium) until an empty one. */
async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(dir: FileSystemDirectoryEntry, prefix: string, out: DroppedFile[]): Promise<void> {
  const children = (await childrenOf(dir)).filter((e) => !e.name.startsWith('.')).sort(byName);
  for (const child of children) {
    const path = `${prefix}${child.name}`;
    if (isDirectory(child)) await walk(child, `${path}/`, out);
    else if (isFile(child) && importKindOf(child.name) !== 'unsupported') out.push(await readEntry(child, path));
  }
}

async function readEntry(entry: FileSystemFileEntry, path: string): Promise<DroppedFile> {
  try {
    return { file: await fileOf(entry), path };
  } catch {
    return { path, problem: 'could not be read (moved, deleted or not permitted).' };
  }
}

/** The files to import, in drop order with each folder's files in name order. */
export async function filesOfEntries(items: readonly DroppedItem[]): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  for (const item of items) {
    if ('file' in item) out.push({ file: item.file, path: item.file.name });
    else if (isFile(item.entry)) out.push(await readEntry(item.entry, item.entry.name));
    else if (isDirectory(item.entry)) {
      const before = out.length;
      try {
        await walk(item.entry, `${item.entry.name}/`, out);
      } catch {
        out.push({ path: item.entry.name, problem: 'the folder could not be read.' });
      }
      if (out.length === before)
        out.push({ path: item.entry.name, problem: 'the folder holds no file Claimdesk imports.' });
    }
  }
  return out;
}

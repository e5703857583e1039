/**
 * `claimdesk import FILE ARTICLE...`: adds article files to a project with the same importer as the
 * app's File → Import (electron/import/importText.ts `importArticleFile`). Each file is imported on
 * its own, all or nothing; a file that fails is reported and the others still go in. A text already
 * in the project is reported as present, not added twice and not an error. A folder stands for the
 * supported files inside it. A new version of an article (same URL) says how many highlights were
 * re-anchored and how many orphaned, since orphaned ones need the checker's attention.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importableFilesIn } from '../../import/folderFiles';
import type { Project } from '../../project/project';
import type { Command } from '../command';
import { toErrorReport } from '../errorReport';
import { ExitCode } from '../exitCodes';
import { articleJson, SHAPE_DOC, type ArticleJson } from '../jsonShapes';
import { openProjectForCli } from '../projectFile';
import { table } from '../textOutput';

/**
 * The formats the importer reads (electron/import/readArticleFile.ts IMPORT_EXTENSIONS; a test keeps
 * this list in step). Written out here because loading the importer loads jsdom, which would slow
 * down every other verb.
 */
export const DOCUMENTED_FORMATS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

type FileResult =
  | { file: string; status: 'imported' | 'duplicate'; article: ArticleJson }
  | { file: string; status: 'new-version'; article: ArticleJson; reanchored: number; orphaned: number }
  | {
      file: string;
      status: 'annotations';
      restored: number;
      alreadyPresent: number;
      unplaced: { id: string; reason: string }[];
    }
  | { file: string; status: 'failed'; error: { type: string; message: string; exitCode: ExitCode } };

/** The importers' messages name a file by its base name or its path; scripts need the path they passed. */
function namingFile(message: string, file: string): string {
  if (message.startsWith(`${file}: `)) return message;
  const base = `${path.basename(file)}: `;
  return `${file}: ${message.startsWith(base) ? message.slice(base.length) : message}`;
}

/** Whether a file starts like a JSON document (a BOM and white space aside), read from its first bytes only. */
function startsLikeJson(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(256);
    const text = head.subarray(0, fs.readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /^\uFEFF?\s*[[{]/.test(text);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A W3C Web Annotation file (as `claimdesk export --format w3c` writes) restores highlights. It is
 * recognised by its content (JSON with the annotation model's @context), whatever its name.
 */
async function importAnnotations(project: Project, file: string): Promise<FileResult | undefined> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  if (!/\.(jsonld|json)$/i.test(file) && !startsLikeJson(file)) return undefined;
  const json = fs.readFileSync(file, 'utf8');
  const { importWebAnnotations, readWebAnnotations } = await import('../../import/webAnnotationImport');
  const annotations = readWebAnnotations(json);
  if (!annotations) return undefined;
  return { file, status: 'annotations', ...importWebAnnotations(project, annotations, file) };
}

async function importOne(project: Project, file: string): Promise<FileResult> {
  // Loaded on first use: see DOCUMENTED_FORMATS.
  const { importArticleFile } = await import('../../import/importText');
  try {
    const annotations = await importAnnotations(project, file);
    if (annotations) return annotations;
    const outcome = await importArticleFile(project, file);
    const article = articleJson(outcome.article);
    if (outcome.newVersion) return { file, status: 'new-version', article, ...outcome.newVersion };
    return { file, status: outcome.duplicate ? 'duplicate' : 'imported', article };
  } catch (err) {
    const report = toErrorReport(err, project.path);
    return {
      file,
      status: 'failed',
      error: { type: report.type, message: namingFile(report.message, file), exitCode: report.exitCode },
    };
  }
}

const STATUS_LABEL = { imported: 'imported', duplicate: 'present', 'new-version': 'new-version' } as const;

/** The files an ARTICLE argument stands for: itself, or a folder's supported files in name order. */
function filesOf(arg: string): string[] | FileResult {
  let isFolder = false;
  try {
    isFolder = fs.statSync(arg).isDirectory();
  } catch {
    return [arg]; // the importer reports a missing file with its usual message
  }
  if (!isFolder) return [arg];
  const files = importableFilesIn(arg, DOCUMENTED_FORMATS);
  if (files.length) return files;
  const message = `${arg}: the folder holds no file Claimdesk imports (${DOCUMENTED_FORMATS.join(' ')}).`;
  return { file: arg, status: 'failed', error: { type: 'invalid-input', message, exitCode: ExitCode.invalidInput } };
}

/** The table's title cell: a new version also says what happened to its highlights. */
function titleCell(r: Exclude<FileResult, { status: 'failed' | 'annotations' }>): string {
  if (r.status !== 'new-version') return r.article.title;
  return `${r.article.title} (${r.reanchored} highlights re-anchored, ${r.orphaned} orphaned)`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import article files (.txt, .md, .html, .docx, .pdf) into a project',
  synopsis: 'import FILE ARTICLE...',
  args: [
    { name: 'FILE', description: 'the project file' },
    { name: 'ARTICLE', description: 'article files, or folders of them, to import', variadic: true },
  ],
  options: {},
  details: [
    `Formats, by extension: ${DOCUMENTED_FORMATS.join(' ')} (text must be UTF-8 or UTF-16 with a BOM).`,
    'The same reader as the app: for plain text the first line is the headline, and a byline, a date',
    'and the outlet under it are read as metadata.',
    'A folder imports every supported file inside it (sub-folders too, hidden files skipped), in',
    'name order; one with none is an error (4).',
    'Each file is imported whole or not at all. A text the project already holds is reported as',
    '"present" ("duplicate" in JSON) and not added again. A missing, unreadable, empty, binary or',
    'unsupported file is reported on stderr and the other files are still imported; the exit code is',
    'then that of the first failure (3 for a missing file, 4 for the others).',
    'A W3C Web Annotation file (JSON with the W3C annotation @context, as `export --format w3c` writes;',
    'recognised by its content, whatever its name) restores its highlights onto the articles it names,',
    'matched by id, URL, the same text (imported again from the same file), or a quote found in exactly',
    'one article; importing it twice adds nothing. When none of its annotations can be placed it is a',
    'failure (exit 4) and nothing is written.',
    'A file from the same URL as an article already in the project is a new version of it: its',
    'highlights are re-found in the new text; those that cannot be are kept, listed as orphaned on',
    'their claims (see `claims`). Reported as "new-version" with both counts.',
    'Without --json, one line per imported or present file on stdout: STATUS ID TITLE FILE.',
  ].join('\n'),
  jsonShape: [
    '{ "results": [ one per file (a folder: one per file inside it), in order:',
    `    { "file", "status": "imported" | "duplicate", "article": ${SHAPE_DOC.article} }`,
    `  | { "file", "status": "new-version", "article": ${SHAPE_DOC.article}, "reanchored", "orphaned" }`,
    '  | { "file", "status": "annotations", "restored", "alreadyPresent", "unplaced": [ { "id", "reason" } ] }',
    '  | { "file", "status": "failed", "error": { "type", "message", "exitCode" } } ] }',
  ].join('\n'),
  async run(ctx) {
    const [projectFile, ...files] = ctx.args;
    const project = openProjectForCli(projectFile!, { actor: ctx.actor(), readOnly: false });
    const results: FileResult[] = [];
    try {
      for (const arg of files) {
        const expanded = filesOf(arg);
        if (!Array.isArray(expanded)) results.push(expanded);
        else for (const file of expanded) results.push(await importOne(project, file));
      }
    } finally {
      project.close();
    }
    const failures = results.filter((r) => r.status === 'failed');
    const rows = results.flatMap((r) =>
      r.status === 'failed'
        ? []
        : r.status === 'annotations'
          ? [
              [
                'annotations',
                '-',
                `${r.restored} highlights restored, ${r.alreadyPresent} present, ${r.unplaced.length} not placed`,
                r.file,
              ],
            ]
          : [[STATUS_LABEL[r.status], r.article.id, titleCell(r), r.file]],
    );
    return {
      json: { results },
      text: rows.length ? table(['STATUS', 'ID', 'TITLE', 'FILE'], rows) : '',
      messages: [
        ...results.flatMap((r) =>
          r.status === 'annotations' && r.unplaced.length > 0
            ? [
                `${r.file}: ${r.unplaced.length} annotation(s) not placed: ${r.unplaced.map((u) => u.reason).join('; ')}`,
              ]
            : [],
        ),
        ...failures.map((f) => f.error.message),
      ],
      exitCode: failures[0]?.error.exitCode ?? ExitCode.ok,
    };
  },
};

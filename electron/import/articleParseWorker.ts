/**
 * The worker thread that parses imported files (HTML, Word, PDF, Markdown, text → an article
 * draft) off the main process's thread, so menus, IPC and the window stay responsive while a large
 * file is read. It runs the same readers as everywhere else (readArticleFile.ts); messages are
 * `{ id, name, bytes }` in and `{ id, draft }` or `{ id, error }` out. Built as
 * dist/electron/importWorker.cjs; started by readArticleOffThread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { errorToData } from '../../shared/ipc/result';
import { readArticleFile } from './readArticleFile';
import type { ParseReply, ParseRequest } from './readArticleOffThread';

const port = parentPort;
if (!port) throw new Error('articleParseWorker runs only as a worker thread');

port.on('message', (request: ParseRequest) => {
  void readArticleFile(request.name, Buffer.from(request.bytes)).then(
    (draft) => port.postMessage({ id: request.id, draft } satisfies ParseReply),
    (err: unknown) => port.postMessage({ id: request.id, error: errorToData(err) } satisfies ParseReply),
  );
});

/**
 * Parses imported files in a worker thread (articleParseWorker.ts) when the app set one up, and in
 * this thread otherwise (the CLI and tests, or when workers cannot start): same readers, same
 * drafts, same errors. Parsing a large PDF or web page takes seconds of CPU; in the main process
 * that would freeze menus and IPC for as long.
 *
 * One worker is started on first use and kept (idle, it does not keep the process alive). If it
 * cannot start or dies, the files it held are parsed here instead and later ones too: a broken
 * worker costs responsiveness, never an import.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { errorFromData, type ErrorData } from '../../shared/ipc/result';
import type { ArticleDraft } from './articleDraft';
import { readArticleFile } from './readArticleFile';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ParseReply = { id: number; draft: ArticleDraft } | { id: number; error: ErrorData };

export interface ArticleReader {
  read(name: string, bytes: Buffer): Promise<ArticleDraft>;
  /** How many files were parsed by the worker (the rest ran in this thread). */
  readonly parsedInWorker: number;
  close(): Promise<void>;
}

interface Pending {
  name: string;
  bytes: Buffer;
  resolve(draft: ArticleDraft): void;
  reject(err: unknown): void;
}

/** A reader that parses in a worker started from `entry`, the built worker (dist/electron/importWorker.cjs). */
export function workerArticleReader(entry: string): ArticleReader {
  let worker: Worker | null = null;
  let broken = !fs.existsSync(entry);
  let nextId = 1;
  let parsedInWorker = 0;
  const pending = new Map<number, Pending>();

  const inThisThread = (p: Pending) => readArticleFile(p.name, p.bytes).then(p.resolve, p.reject);

  const giveUp = (reason: unknown) => {
    if (!broken) console.warn('Claimdesk: the import worker stopped; parsing in the main process.', reason);
    broken = true;
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) void inThisThread(p);
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      const w = new Worker(entry);
      w.on('message', (reply: ParseReply) => {
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if (pending.size === 0) w.unref();
        if ('draft' in reply) {
          parsedInWorker++;
          p.resolve(reply.draft);
        } else {
          p.reject(errorFromData(reply.error));
        }
      });
      w.on('error', giveUp);
      w.on('exit', (code) => {
        if (worker === w && pending.size > 0) giveUp(new Error(`exit ${code}`));
        if (worker === w) worker = null;
      });
      worker = w;
    } catch (err) {
      giveUp(err);
    }
    return worker;
  };

  return {
    get parsedInWorker() {
      return parsedInWorker;
    },
    read(name, bytes) {
      return new Promise<ArticleDraft>((resolve, reject) => {
        const request: Pending = { name, bytes, resolve, reject };
        const w = start();
        if (!w) {
          void inThisThread(request);
          return;
        }
        const id = nextId++;
        pending.set(id, request);
        w.ref();
        // A copy the worker owns: transferring it costs nothing, and the caller's buffer stays usable.
        const copy = new Uint8Array(bytes);
        w.postMessage({ id, name, bytes: copy } satisfies ParseRequest, [copy.buffer]);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}

let appReader: ArticleReader | null = null;

/** The app calls this once at start with the built worker's path; until then files parse in this thread. */
export function useImportWorker(entry: string | null): void {
  void appReader?.close();
  appReader = entry ? workerArticleReader(entry) : null;
}

/** readArticleFile, in the import worker when the app has one. */
export function readArticleOffThread(name: string, bytes: Buffer): Promise<ArticleDraft> {
  return appReader ? appReader.read(name, bytes) : readArticleFile(name, bytes);
}

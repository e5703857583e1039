/**
 * Fixtures for measuring merge speed (bench/ and tests): two copies of one project that diverged
 * by N changes each, made through the real stores, and the raw-insert baseline a merge is compared
 * with: the time to insert the same rows a merge brings in (log rows and history entries) into
 * empty tables of the same shape with plain prepared INSERTs in one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addEvidence } from '../evidence/evidenceStore';
import { deleteClaim, restoreClaim, updateClaim } from '../claims/claimStore';
import { importTextArticle } from '../import/importText';
import { nativeBindingOption } from '../project/nativeBinding';
import { createProject, openProject } from '../project/openProject';
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { createClaimFromSpan, linkSpan } from '../spans/spanStore';
import { mergeProjectFile } from './mergeProjectFile';

/** A small deterministic PRNG (mulberry32), so fixtures are the same for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the minister said prisoners were released on monday officials confirmed figures report court'.split(' ');

function articleText(random: () => number, words: number): string {
  const body = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  return `Benchmark article\n\n${body}.`;
}

interface Workload {
  project: Project;
  articleId: string;
  textLength: number;
  claims: string[];
  deleted: Set<string>;
  random: () => number;
}

const VERDICTS = ['verified', 'disputed', 'unverified'] as const;

/** One random change, the mix a checking desk makes: highlights, verdicts, notes, evidence, deletions. */
function oneChange(w: Workload, n: number): void {
  const r = w.random();
  const pick = () => w.claims[Math.floor(w.random() * w.claims.length)]!;
  const start = Math.floor(w.random() * (w.textLength - 60)) + 20;
  const range = { articleId: w.articleId, start, end: start + 5 + Math.floor(w.random() * 30) };
  const live = () => {
    const id = pick();
    return w.deleted.has(id) ? undefined : id;
  };
  if (r < 0.3 || w.claims.length === 0) {
    w.claims.push(createClaimFromSpan(w.project, range).claim.id);
  } else if (r < 0.6) {
    const id = live();
    if (id) updateClaim(w.project, id, { verdict: VERDICTS[n % 3]! });
  } else if (r < 0.75) {
    const id = live();
    if (id) updateClaim(w.project, id, { rationale: `checked ${n}` });
  } else if (r < 0.85) {
    const id = live();
    if (id) addEvidence(w.project, id, { url: `https://example.org/${n}`, note: `source ${n}` });
  } else if (r < 0.93) {
    const id = live();
    if (id) linkSpan(w.project, id, range);
  } else {
    const id = pick();
    if (w.deleted.has(id)) {
      restoreClaim(w.project, id);
      w.deleted.delete(id);
    } else {
      deleteClaim(w.project, id);
      w.deleted.add(id);
    }
  }
}

function applyChanges(file: string, actor: string, changes: number, seed: number, batch: number): void {
  const project = openProject(file, { actor });
  try {
    const article = project.db.prepare('SELECT id, length(plain_text) AS n FROM articles LIMIT 1').get() as {
      id: string;
      n: number;
    };
    const rows = project.db.prepare('SELECT id, deleted_at FROM claims').all() as {
      id: string;
      deleted_at: string | null;
    }[];
    const w: Workload = {
      project,
      articleId: article.id,
      textLength: article.n,
      claims: rows.map((c) => c.id),
      deleted: new Set(rows.filter((c) => c.deleted_at !== null).map((c) => c.id)),
      random: seededRandom(seed),
    };
    for (let done = 0; done < changes;) {
      const size = Math.min(batch, changes - done);
      writeTransaction(project, () => {
        for (let i = 0; i < size; i++) oneChange(w, done + i);
      });
      done += size;
    }
  } finally {
    project.close();
  }
}

export interface DivergedCopies {
  base: string;
  a: string;
  b: string;
}

export interface DivergedOptions {
  seed?: number;
  /** Changes per write transaction (a real desk makes one per transaction; batching keeps setup fast). */
  batch?: number;
  /** Claims in the common base. */
  baseClaims?: number;
}

/** Creates base.claimdesk in `dir` and two copies, a and b, each with `changesPerCopy` further changes. */
export function createDivergedCopies(dir: string, changesPerCopy: number, opts: DivergedOptions = {}): DivergedCopies {
  const seed = opts.seed ?? 1;
  const batch = opts.batch ?? 500;
  const files = {
    base: path.join(dir, 'base.claimdesk'),
    a: path.join(dir, 'a.claimdesk'),
    b: path.join(dir, 'b.claimdesk'),
  };
  const base = createProject(files.base, { actor: 'Base' });
  try {
    importTextArticle(base, { text: articleText(seededRandom(seed), 3000) });
  } finally {
    base.close();
  }
  applyChanges(files.base, 'Base', opts.baseClaims ?? 50, seed + 1, batch);
  fs.copyFileSync(files.base, files.a);
  fs.copyFileSync(files.base, files.b);
  applyChanges(files.a, 'Ana', changesPerCopy, seed + 2, batch);
  applyChanges(files.b, 'Ben', changesPerCopy, seed + 3, batch);
  return files;
}

export interface Throughput {
  rows: number;
  millis: number;
  rowsPerSecond: number;
}

const LOG_TABLES = ['sync_changes', 'sync_values', 'sync_parents', 'history'] as const;

/** The rows of `other`'s log and history that `project` lacks: what merging `other` into it writes. */
function rowsToMerge(projectFile: string, otherFile: string): Record<(typeof LOG_TABLES)[number], unknown[][]> {
  const db = new Database(':memory:', nativeBindingOption());
  try {
    db.prepare('ATTACH ? AS p').run(projectFile);
    db.prepare('ATTACH ? AS o').run(otherFile);
    const raw = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
    return {
      sync_changes: raw(
        'SELECT o.tbl, o.row_id, o.hlc, o.actor FROM o.sync_changes o WHERE NOT EXISTS (SELECT 1 FROM p.sync_changes x WHERE x.tbl = o.tbl AND x.row_id = o.row_id AND x.hlc = o.hlc)',
      ),
      sync_values: raw(
        'SELECT o.tbl, o.row_id, o.col, o.hlc, o.value FROM o.sync_values o WHERE NOT EXISTS (SELECT 1 FROM p.sync_values x WHERE x.tbl = o.tbl AND x.row_id = o.row_id AND x.col = o.col AND x.hlc = o.hlc)',
      ),
      sync_parents: raw(
        'SELECT o.tbl, o.row_id, o.hlc, o.parent FROM o.sync_parents o WHERE NOT EXISTS (SELECT 1 FROM p.sync_parents x WHERE x.tbl = o.tbl AND x.row_id = o.row_id AND x.hlc = o.hlc AND x.parent = o.parent)',
      ),
      history: raw(
        'SELECT o.at, o.actor, o.claim_id, o.entity, o.entity_id, o.action, o.field, o.old_value, o.new_value, o.uid FROM o.history o WHERE NOT EXISTS (SELECT 1 FROM p.history x WHERE x.uid = o.uid)',
      ),
    };
  } finally {
    db.close();
  }
}

const INSERT: Record<(typeof LOG_TABLES)[number], string> = {
  sync_changes: 'INSERT INTO sync_changes (tbl, row_id, hlc, actor) VALUES (?, ?, ?, ?)',
  sync_values: 'INSERT INTO sync_values (tbl, row_id, col, hlc, value) VALUES (?, ?, ?, ?, ?)',
  sync_parents: 'INSERT INTO sync_parents (tbl, row_id, hlc, parent) VALUES (?, ?, ?, ?)',
  history:
    'INSERT INTO history (at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
};

/**
 * The baseline: the rows merging `otherFile` into `projectFile` writes to the log and history,
 * inserted into empty tables of the same definition (file in `scratchDir`, same pragmas as a
 * project) with prepared statements in one transaction.
 */
export function rawInsertBaseline(projectFile: string, otherFile: string, scratchDir: string): Throughput {
  const rows = rowsToMerge(projectFile, otherFile);
  const target = path.join(scratchDir, `baseline-${process.pid}-${Date.now()}.db`);
  const source = new Database(otherFile, { readonly: true, ...nativeBindingOption() });
  const definitions = source
    .prepare(
      `SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND type IN ('table', 'index')
       AND tbl_name IN (${LOG_TABLES.map((t) => `'${t}'`).join(', ')}) ORDER BY type DESC`,
    )
    .pluck()
    .all() as string[];
  source.close();
  const db = new Database(target, nativeBindingOption());
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    for (const sql of definitions) db.exec(sql);
    const count = LOG_TABLES.reduce((n, t) => n + rows[t].length, 0);
    const started = performance.now();
    db.transaction(() => {
      for (const t of LOG_TABLES) {
        const insert = db.prepare(INSERT[t]);
        for (const r of rows[t]) insert.run(...r);
      }
    })();
    const millis = performance.now() - started;
    return { rows: count, millis, rowsPerSecond: (count / millis) * 1000 };
  } finally {
    db.close();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(target + s, { force: true });
  }
}

/** Merges `otherFile` into a scratch copy of `projectFile` and times it; rows as in the baseline. */
export function measureMerge(projectFile: string, otherFile: string, scratchDir: string): Throughput {
  const rows = rowsToMerge(projectFile, otherFile);
  const count = LOG_TABLES.reduce((n, t) => n + rows[t].length, 0);
  const copy = path.join(scratchDir, `merge-${process.pid}-${Date.now()}.claimdesk`);
  fs.copyFileSync(projectFile, copy);
  const project = openProject(copy, { actor: 'Bench' });
  try {
    const started = performance.now();
    mergeProjectFile(project, otherFile);
    const millis = performance.now() - started;
    return { rows: count, millis, rowsPerSecond: (count / millis) * 1000 };
  } finally {
    project.close();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(copy + s, { force: true });
  }
}

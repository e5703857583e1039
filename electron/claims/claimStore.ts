/**
 * Claims: the statement being checked, who said it, the verdict and why. Every change writes a
 * history row in the same transaction. Deletion is a mark (`deleted_at`) so it can be undone.
 */
import type { Claim, Page } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { ClaimdeskError } from '../../shared/ipc/result';
import { foldText } from '../../shared/matching/fold';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';
import { assertWritable } from '../project/writeGuard';
import { recordFieldChanges, recordHistory } from '../history/historyStore';
import { writeTransaction } from '../project/writeTransaction';

export interface ClaimFields {
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
  claimDate?: string;
  assignee?: string;
  tags?: string[];
}

type Field = keyof ClaimFields;

/** The editable fields and their columns; also the only names ever interpolated into SQL. */
const COLUMNS: Record<Field, string> = {
  text: 'text',
  claimant: 'claimant',
  verdict: 'verdict',
  rationale: 'rationale',
  claimDate: 'claim_date',
  assignee: 'assignee',
  tags: 'tags',
};
const CLAIM_FIELDS = Object.keys(COLUMNS) as Field[];

/** Tags as a desk uses them: trimmed, without duplicates (case-insensitively), sorted. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of tags.map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** A field's value as stored in its column. */
function columnValue(field: Field, value: ClaimFields[Field]): string {
  return field === 'tags' ? JSON.stringify(normaliseTags(value as string[])) : String(value);
}

/** A field's value as the history shows it. */
function historyValue(field: Field, value: unknown): string {
  return field === 'tags' ? (value as string[]).join(', ') : String(value ?? '');
}

interface ClaimRow {
  id: string;
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
  claim_date: string;
  assignee: string;
  tags: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  span_count: number;
  evidence_count: number;
  article_ids: string | null;
}

const BASE_COLUMNS = `c.id, c.text, c.claimant, c.verdict, c.rationale, c.claim_date, c.assignee, c.tags, c.created_at,
  c.created_by, c.updated_at, c.updated_by`;

/** Every live claim with its counts: aggregated once per table, not once per claim. */
const LIST_SQL = `
  WITH sp AS (
    SELECT s.claim_id, count(*) AS n, group_concat(DISTINCT s.article_id) AS article_ids
    FROM spans s JOIN articles a ON a.id = s.article_id
    WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY s.claim_id),
  ev AS (SELECT claim_id, count(*) AS n FROM evidence WHERE deleted_at IS NULL GROUP BY claim_id)
  SELECT ${BASE_COLUMNS}, coalesce(sp.n, 0) AS span_count, coalesce(ev.n, 0) AS evidence_count, sp.article_ids
  FROM claims c LEFT JOIN sp ON sp.claim_id = c.id LEFT JOIN ev ON ev.claim_id = c.id
  WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`;

/** The counts of one claim `c`, looked up through the claim indexes of spans and evidence. */
const COUNT_COLUMNS = `
    (SELECT count(*) FROM spans s JOIN articles a ON a.id = s.article_id
      WHERE s.claim_id = c.id AND s.deleted_at IS NULL AND a.deleted_at IS NULL) AS span_count,
    (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id AND e.deleted_at IS NULL) AS evidence_count,
    (SELECT group_concat(DISTINCT s.article_id) FROM spans s JOIN articles a ON a.id = s.article_id
      WHERE s.claim_id = c.id AND s.deleted_at IS NULL AND a.deleted_at IS NULL) AS article_ids`;

/**
 * One page of live claims in list order: the page is cut first and only its claims are counted,
 * so the first screen of a 20,000-claim project reads a few hundred rows, not every span.
 */
const PAGE_SQL = `
  WITH page AS (SELECT rowid AS r FROM claims WHERE deleted_at IS NULL ORDER BY created_at, rowid
    LIMIT @limit OFFSET @offset)
  SELECT ${BASE_COLUMNS}, ${COUNT_COLUMNS}
  FROM page JOIN claims c ON c.rowid = page.r ORDER BY c.created_at, c.rowid`;

/** One claim with its counts. */
const ONE_SQL = (deleted: boolean) => `
  SELECT ${BASE_COLUMNS}, ${COUNT_COLUMNS}
  FROM claims c WHERE c.id = ? AND c.deleted_at IS ${deleted ? 'NOT ' : ''}NULL`;

function parseTags(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    text: r.text,
    claimant: r.claimant,
    verdict: r.verdict,
    rationale: r.rationale,
    claimDate: r.claim_date,
    assignee: r.assignee,
    tags: parseTags(r.tags),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    spanCount: r.span_count,
    evidenceCount: r.evidence_count,
    articleIds: r.article_ids ? r.article_ids.split(',') : [],
  };
}

/** Live claims, oldest first. */
export function listClaims(project: Project): Claim[] {
  return (project.db.prepare(LIST_SQL).all() as ClaimRow[]).map(toClaim);
}

/** Live claims `offset` to `offset + limit` in the order of listClaims, and how many there are in all. */
export function listClaimsPage(project: Project, offset: number, limit: number): Page<Claim> {
  const { total } = project.db.prepare('SELECT count(*) AS total FROM claims WHERE deleted_at IS NULL').get() as {
    total: number;
  };
  const rows = project.db.prepare(PAGE_SQL).all({ offset, limit }) as ClaimRow[];
  return { total, items: rows.map(toClaim) };
}

function findClaim(project: Project, id: string, deleted: boolean): Claim | undefined {
  const row = project.db.prepare(ONE_SQL(deleted)).get(id) as ClaimRow | undefined;
  return row ? toClaim(row) : undefined;
}

export function getClaim(project: Project, id: string): Claim {
  const claim = findClaim(project, id, false);
  if (!claim) throw new ClaimdeskError('not-found', `No claim with id ${id} in ${project.path}.`);
  return claim;
}

/** Inserts a claim; the caller runs it inside its transaction. */
export function insertClaim(project: Project, fields: ClaimFields, id: string = newId()): Claim {
  assertWritable(project);
  const now = nowIso();
  const full: Required<ClaimFields> = { claimDate: '', assignee: '', tags: [], ...fields };
  project.db
    .prepare(
      `INSERT INTO claims (id, text, claimant, verdict, rationale, claim_date, assignee, tags, created_at, created_by,
         updated_at, updated_by)
       VALUES (@id, @text, @claimant, @verdict, @rationale, @claimDate, @assignee, @tags, @now, @actor, @now, @actor)`,
    )
    .run({ id, ...full, tags: columnValue('tags', full.tags), now, actor: project.actor });
  recordHistory(project, { claimId: id, entity: 'claim', entityId: id, action: 'create', newValue: fields.text }, now);
  // What the new claim starts with beyond its text, as if set one field at a time.
  const blank: Record<string, string> = {
    verdict: 'unverified',
    claimant: '',
    rationale: '',
    claimDate: '',
    assignee: '',
    tags: '',
  };
  const initial = Object.fromEntries(
    (['verdict', 'claimant', 'rationale', 'claimDate', 'assignee', 'tags'] as const).map((f) => [
      f,
      historyValue(f, full[f]),
    ]),
  );
  recordFieldChanges(project, { claimId: id, entity: 'claim', entityId: id }, blank, initial, now);
  return getClaim(project, id);
}

/** Creates a claim; `id` is given only when re-creating a known claim (e.g. from an annotation file). */
export function createClaim(project: Project, fields: ClaimFields, id?: string): Claim {
  return writeTransaction(project, () => insertClaim(project, fields, id));
}

export function updateClaim(project: Project, id: string, patch: Partial<ClaimFields>): Claim {
  assertWritable(project);
  return writeTransaction(project, () => {
    const before = getClaim(project, id);
    const next: Partial<ClaimFields> = patch.tags ? { ...patch, tags: normaliseTags(patch.tags) } : patch;
    const changed = CLAIM_FIELDS.filter(
      (k) => next[k] !== undefined && columnValue(k, next[k]!) !== columnValue(k, before[k]),
    );
    if (changed.length === 0) return before;
    const now = nowIso();
    const sets = changed.map((k) => `${COLUMNS[k]} = @${k}`).join(', ');
    project.db
      .prepare(`UPDATE claims SET ${sets}, updated_at = @now, updated_by = @actor WHERE id = @id`)
      .run({ ...Object.fromEntries(changed.map((k) => [k, columnValue(k, next[k]!)])), now, actor: project.actor, id });
    const show = (source: Partial<ClaimFields>) =>
      Object.fromEntries(changed.map((k) => [k, historyValue(k, source[k])]));
    recordFieldChanges(project, { claimId: id, entity: 'claim', entityId: id }, show(before), show(next), now);
    return getClaim(project, id);
  });
}

export function deleteClaim(project: Project, id: string): void {
  assertWritable(project);
  writeTransaction(project, () => {
    const claim = getClaim(project, id);
    const now = nowIso();
    project.db.prepare('UPDATE claims SET deleted_at = ? WHERE id = ?').run(now, id);
    recordHistory(project, { claimId: id, entity: 'claim', entityId: id, action: 'delete', oldValue: claim.text }, now);
  });
}

export function restoreClaim(project: Project, id: string): Claim {
  assertWritable(project);
  return writeTransaction(project, () => {
    const claim = findClaim(project, id, true);
    if (!claim) throw new ClaimdeskError('not-found', `No deleted claim with id ${id} to restore.`);
    const now = nowIso();
    project.db.prepare('UPDATE claims SET deleted_at = NULL WHERE id = ?').run(id);
    recordHistory(
      project,
      { claimId: id, entity: 'claim', entityId: id, action: 'restore', newValue: claim.text },
      now,
    );
    return getClaim(project, id);
  });
}

/**
 * The live claims whose text says the same as `text` once case, accents, punctuation and spacing
 * are set aside: what a script creating claims should link to rather than duplicate.
 */
export function claimsWithSameText(project: Project, text: string): Claim[] {
  const key = sameTextKey(text);
  if (!key) return [];
  const rows = project.db.prepare('SELECT id, text FROM claims WHERE deleted_at IS NULL').all() as {
    id: string;
    text: string;
  }[];
  return rows.filter((r) => sameTextKey(r.text) === key).map((r) => getClaim(project, r.id));
}

const sameTextKey = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

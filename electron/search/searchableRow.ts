/**
 * The rows search looks at, with their searchable fields in the order of the index's columns
 * (head, body, meta: see migration 003). Both the index search and the substring scan read the
 * original texts through here, so hits are always built from what the user sees, not the index copy.
 */
import { cachedStatement } from '../project/cachedStatement';
import type { Project } from '../project/project';
import type { SearchField, SearchHitKind } from './searchHit';

export interface SearchableField {
  name: SearchField;
  text: string;
}

export interface SearchableRow {
  kind: SearchHitKind;
  id: string;
  /** The claim of a claim or evidence row. */
  claimId: string | null;
  /** head, body, meta: the index's columns, in order. */
  fields: [SearchableField, SearchableField, SearchableField];
}

/** bm25 weight of the head, body and meta columns: a word in a title or a claim counts most. */
export const COLUMN_WEIGHTS = [3, 1, 2] as const;

interface RawRow {
  id: string;
  claim_id: string | null;
  head: string;
  body: string;
  meta: string;
}

const SELECT: Record<SearchHitKind, string> = {
  article: `SELECT id, NULL AS claim_id, title AS head, plain_text AS body, '' AS meta FROM articles
    WHERE deleted_at IS NULL`,
  claim: `SELECT id, id AS claim_id, text AS head, rationale AS body, claimant AS meta FROM claims
    WHERE deleted_at IS NULL`,
  // Evidence counts as live only while its claim is.
  evidence: `SELECT e.id, e.claim_id, e.citation AS head, e.note AS body, e.url AS meta FROM evidence e
    JOIN claims c ON c.id = e.claim_id WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL`,
};

const FIELD_NAMES: Record<SearchHitKind, [SearchField, SearchField, SearchField]> = {
  article: ['title', 'text', 'text'],
  claim: ['text', 'rationale', 'claimant'],
  evidence: ['citation', 'note', 'url'],
};

function toRow(kind: SearchHitKind, r: RawRow): SearchableRow {
  const [head, body, meta] = FIELD_NAMES[kind];
  return {
    kind,
    id: r.id,
    claimId: r.claim_id,
    fields: [
      { name: head, text: r.head },
      { name: body, text: r.body },
      { name: meta, text: r.meta },
    ],
  };
}

/** One live row, or undefined when it is gone (deleted, or evidence of a deleted claim). */
export function loadSearchableRow(project: Project, kind: SearchHitKind, id: string): SearchableRow | undefined {
  const alias = kind === 'evidence' ? 'e.id' : 'id';
  const row = cachedStatement(project.db, `${SELECT[kind]} AND ${alias} = ?`).get(id) as RawRow | undefined;
  return row && toRow(kind, row);
}

/** Every live row of every kind, in a stable order (articles, claims, evidence; oldest first). */
export function* allSearchableRows(project: Project): Generator<SearchableRow> {
  for (const kind of ['article', 'claim', 'evidence'] as const) {
    const order = kind === 'evidence' ? 'e.rowid' : 'rowid';
    for (const r of project.db.prepare(`${SELECT[kind]} ORDER BY ${order}`).iterate() as IterableIterator<RawRow>) {
      yield toRow(kind, r);
    }
  }
}

/** What a hit is listed as: the article title, the claim text, the evidence citation, URL or note. */
export function rowTitle(row: SearchableRow): string {
  const [head, body, meta] = row.fields;
  if (row.kind === 'evidence') return head.text || meta.text || body.text.slice(0, 200);
  return head.text;
}

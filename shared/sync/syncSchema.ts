/**
 * What the sync log knows about the project's tables: which tables and columns are shared between
 * colleagues, how a row is named in the log, which columns a row cannot exist without, which values
 * this version can store, and which rows point at which. Capture, merge and the canonical dump are
 * all driven by this one declaration.
 *
 * A change to a table or column that is not declared here (written by a newer Claimdesk) stays in
 * the log untouched, is passed on to others, and is applied when an upgrade declares it: the
 * fingerprint of this declaration is stored per file, and a new fingerprint re-applies the log.
 */
import { VERDICTS } from '../domain/verdict';

export type SqlValue = string | number | null;

export interface SyncedColumn {
  name: string;
  /** The value a row takes when the log holds none for this column (a column newer than the row's writer). */
  fallback: SqlValue;
  /** A row is not created until the log holds a value for every required column. */
  required?: boolean;
  /** The values this version can store (CHECK constraints); a newer value waits in the log. */
  accepts?: readonly SqlValue[];
}

export interface SyncedTable {
  name: string;
  /** Key columns; a row's id in the log is their values joined with '/'. */
  key: readonly string[];
  /** Every shared column, key columns of a composite key included (a single key is the row id itself). */
  columns: readonly SyncedColumn[];
  /** Rows this one points at (foreign keys): it is created only once those exist. */
  references?: readonly { column: string; table: string }[];
  /**
   * Rows whose changes record what their writer had seen (the parents of each change), so that
   * concurrent edits can be told from sequential ones and listed as conflicts.
   */
  causal?: boolean;
  /** A change to a row of this table also counts as an edit of the claim it belongs to. */
  touches?: { table: string; column: string };
  /** project_meta keys that describe the file copy (format, identity) rather than the project. */
  localKeyPrefixes?: readonly string[];
  /**
   * Columns that only make sense together (a highlight's anchor, an article's text): a write to any
   * of them records all of them, and the latest write to the group wins the whole group, so a row
   * never takes its start from one version of an article and its end from another.
   */
  groups?: readonly (readonly string[])[];
}

const text = (name: string, fallback: SqlValue = ''): SyncedColumn => ({ name, fallback });
const required = (name: string): SyncedColumn => ({ name, fallback: null, required: true });
const stamps = [required('created_at'), required('created_by'), required('updated_at'), required('updated_by')];
const deletedAt: SyncedColumn = { name: 'deleted_at', fallback: null };

/** An article's text: whichever version was written last wins all of it. */
export const ARTICLE_TEXT = ['body_json', 'plain_text', 'content_hash', 'source_name'] as const;
/** Where a highlight is and what it quotes, always from one write (one version of the text). */
export const SPAN_ANCHOR = ['start_offset', 'end_offset', 'exact', 'prefix', 'suffix', 'orphaned'] as const;

export const SYNC_TABLES: readonly SyncedTable[] = [
  {
    name: 'project_meta',
    key: ['key'],
    columns: [required('value')],
    localKeyPrefixes: ['format.', 'local.', 'project_id'],
  },
  {
    name: 'articles',
    key: ['id'],
    columns: [
      required('title'),
      text('outlet'),
      text('author'),
      text('published_at'),
      text('url'),
      text('language'),
      { name: 'direction', fallback: 'ltr', accepts: ['ltr', 'rtl'] },
      required('body_json'),
      required('plain_text'),
      required('content_hash'),
      text('source_name'),
      ...stamps,
      deletedAt,
    ],
    groups: [ARTICLE_TEXT],
  },
  {
    name: 'claims',
    key: ['id'],
    causal: true,
    columns: [
      required('text'),
      text('claimant'),
      { name: 'verdict', fallback: 'unverified', accepts: VERDICTS },
      text('rationale'),
      text('claim_date'),
      text('assignee'),
      text('tags', '[]'),
      ...stamps,
      deletedAt,
    ],
  },
  {
    name: 'spans',
    key: ['id'],
    references: [
      { column: 'article_id', table: 'articles' },
      { column: 'claim_id', table: 'claims' },
    ],
    touches: { table: 'claims', column: 'claim_id' },
    columns: [
      required('article_id'),
      required('claim_id'),
      required('start_offset'),
      required('end_offset'),
      required('exact'),
      required('prefix'),
      required('suffix'),
      required('created_at'),
      required('created_by'),
      deletedAt,
      { name: 'orphaned', fallback: 0, accepts: [0, 1] },
    ],
    groups: [SPAN_ANCHOR],
  },
  {
    name: 'evidence',
    key: ['id'],
    references: [{ column: 'claim_id', table: 'claims' }],
    touches: { table: 'claims', column: 'claim_id' },
    columns: [
      required('claim_id'),
      text('url'),
      text('citation'),
      text('note'),
      text('title'),
      text('accessed_at'),
      ...stamps,
      deletedAt,
    ],
  },
  {
    name: 'article_versions',
    key: ['article_id', 'version'],
    references: [{ column: 'article_id', table: 'articles' }],
    columns: [
      required('article_id'),
      required('version'),
      required('body_json'),
      required('plain_text'),
      text('source_name'),
      required('replaced_at'),
      required('replaced_by'),
    ],
  },
];

/** History entries this version can store (the history table's CHECK constraints). */
export const HISTORY_ENTITIES = ['claim', 'span', 'evidence'] as const;
export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;

/** Claim fields whose concurrent, different values are listed as conflicts. */
export const CONFLICT_FIELDS = ['verdict', 'rationale'] as const;
export type ValueConflictField = (typeof CONFLICT_FIELDS)[number];
/** Claim fields whose change counts as "edited" against a concurrent deletion. */
export const EDIT_FIELDS = ['text', 'claimant', 'verdict', 'rationale', 'claim_date', 'assignee', 'tags'] as const;

/** The group `column` belongs to in `table`, if any. */
export function groupOf(table: SyncedTable, column: string): readonly string[] | undefined {
  return table.groups?.find((g) => g.includes(column));
}

export function tableNamed(tables: readonly SyncedTable[], name: string): SyncedTable | undefined {
  return tables.find((t) => t.name === name);
}

/**
 * One line per column this version can apply ("claims.verdict=unverified|disputed|verified",
 * "spans.exact@start_offset+end_offset+..." for a grouped column): a column whose line is new, or
 * that joined a group, has its rows re-applied from the log (pendingChanges.ts).
 */
export function schemaFingerprint(tables: readonly SyncedTable[]): string[] {
  return tables
    .flatMap((t) =>
      t.columns.map((c) => {
        const group = groupOf(t, c.name);
        return `${t.name}.${c.name}${group ? `@${group.join('+')}` : ''}${c.accepts ? `=${c.accepts.join('|')}` : ''}`;
      }),
    )
    .sort();
}

/**
 * Schema version 3: the full-text search index over articles (title, plain text), claims (text,
 * rationale, claimant) and evidence (citation, note, URL).
 *
 * - One FTS5 table, `search_fts`, holds a copy of the searchable text of every live row; its
 *   columns are generic (head, body, meta) so one query ranks all three kinds together with bm25.
 *   The copy costs about the size of the article texts again, and buys robustness: FTS5's
 *   "external content" mode would key the index on the base tables' implicit rowids, which VACUUM
 *   may renumber (they have TEXT primary keys).
 * - `search_docs` maps an FTS rowid to the row it indexes (kind + id). Its INTEGER PRIMARY KEY is
 *   stable, and its unique (kind, ref_id) index lets every trigger find "the document of this row"
 *   without scanning the index.
 * - Triggers on the base tables keep the index in step with every change, whoever makes it (the
 *   app, the CLI, a merge that copies rows with INSERT ... SELECT), so no store code knows about
 *   search: a row enters the index when it is inserted live or restored (deleted_at cleared),
 *   leaves it when it is soft-deleted or hard-deleted, and is re-indexed when a searched column
 *   changes (an article's new version replaces plain_text with UPDATE); a verdict change does not
 *   touch the index. The insert triggers first remove any document of the same id, so INSERT OR
 *   REPLACE cannot leave a stale copy behind. Evidence of a deleted claim stays indexed and is
 *   filtered out at query time, so restoring the claim brings it back. Triggers use built-in SQL
 *   functions only: any SQLite connection can write to a project.
 * - Tokenizer `porter unicode61 remove_diacritics 2`: case-, accent- and script-aware words (so
 *   "rodriguez" finds "Rodríguez"), with English stemming on top. Measured on the sample articles'
 *   69 sentences with 28 queries, every term a prefix (tests/unit/search/tokenizerChoice.test.ts):
 *   without porter recall 61%, precision 100%; with porter recall 100%, precision 97% ("news" also
 *   finds "new"). Prefix search alone finds longer forms ("prisoner" → "prisoners"); stemming adds
 *   what is shorter or spelled otherwise ("prisoners" → "prisoner", "released" → "releasing").
 *   A second, unstemmed index to rank exact forms higher was not worth doubling the index.
 * - unicode61 removes diacritics from Latin letters only, and keeps Arabic vowel marks inside a
 *   word, so "كتب" would not find "كَتَبَ" nor "κυβερνηση" "κυβέρνηση". The copy is therefore
 *   folded on the way in: Arabic harakat, superscript alef and tatweel removed; hamza/madda alef
 *   forms, Greek accented vowels and Cyrillic ё written as their plain letters (a GLOB skips the
 *   work for text with none of them). electron/search/indexText.ts mirrors this exactly (and maps
 *   offsets in the copy back to the original text); a test holds the two together.
 * - Measured (tests/unit/search/measureSearchIndex.ts, 500 articles with 1.3 MB of text and 2,000
 *   claims, on a loaded 2-core machine): file 18.2 MB instead of 15.1 MB; about +2 ms per article
 *   import and +1 ms per claim write (0.2 ms of it is SQLite generating the triggers' folding code
 *   each time a store prepares its INSERT/UPDATE); queries 2-7 ms, 16-30 ms for one- or two-letter
 *   prefixes, so no FTS5 prefix index was added.
 * Existing rows (a schema-2 file being upgraded) are indexed by the same statements.
 */
import type { Migration } from './migration';

/** Arabic marks dropped from the indexed copy: fathatan … sukun, superscript alef, tatweel. */
export const FOLD_REMOVED = [0x064b, 0x064c, 0x064d, 0x064e, 0x064f, 0x0650, 0x0651, 0x0652, 0x0670, 0x0640];
/**
 * Letters indexed as another letter of the same length (offsets unchanged): Arabic alef with
 * madda / hamza above / hamza below as a bare alef; Greek vowels with tonos or dialytika as the
 * plain vowel; Cyrillic ё as е. unicode61 only removes diacritics from Latin letters.
 */
export const FOLD_SUBSTITUTED: readonly [number, number][] = [
  [0x0622, 0x0627],
  [0x0623, 0x0627],
  [0x0625, 0x0627],
  [0x03ac, 0x03b1],
  [0x03ad, 0x03b5],
  [0x03ae, 0x03b7],
  [0x03af, 0x03b9],
  [0x03cc, 0x03bf],
  [0x03cd, 0x03c5],
  [0x03ce, 0x03c9],
  [0x03ca, 0x03b9],
  [0x03cb, 0x03c5],
  [0x0390, 0x03b9],
  [0x03b0, 0x03c5],
  [0x0386, 0x0391],
  [0x0388, 0x0395],
  [0x0389, 0x0397],
  [0x038a, 0x0399],
  [0x038c, 0x039f],
  [0x038e, 0x03a5],
  [0x038f, 0x03a9],
  [0x03aa, 0x0399],
  [0x03ab, 0x03a5],
  [0x0451, 0x0435],
  [0x0401, 0x0415],
];

/** Every code point the folding touches, for the GLOB that skips it on text without any (most text). */
const TOUCHED = `char(${[...FOLD_REMOVED, ...FOLD_SUBSTITUTED.map(([from]) => from)].join(', ')})`;

/** The SQL expression of the folded copy of `column` (frozen: changing it needs a new migration that re-indexes). */
function folded(column: string): string {
  if (column.startsWith("'")) return column;
  let expr = column;
  for (const cp of FOLD_REMOVED) expr = `replace(${expr}, char(${cp}), '')`;
  for (const [from, to] of FOLD_SUBSTITUTED) expr = `replace(${expr}, char(${from}), char(${to}))`;
  return `CASE WHEN ${column} GLOB '*[' || ${TOUCHED} || ']*' THEN ${expr} ELSE ${column} END`;
}

interface Indexed {
  kind: 'article' | 'claim' | 'evidence';
  table: string;
  /** Base-table columns copied into head, body and meta (meta may be a literal). */
  head: string;
  body: string;
  meta: string;
}

const INDEXED: readonly Indexed[] = [
  { kind: 'article', table: 'articles', head: 'title', body: 'plain_text', meta: "''" },
  { kind: 'claim', table: 'claims', head: 'text', body: 'rationale', meta: 'claimant' },
  { kind: 'evidence', table: 'evidence', head: 'citation', body: 'note', meta: 'url' },
];

/** A column of the row (`new.title`), or the literal as is. */
const ref = (row: string, column: string) => (column.startsWith("'") ? column : `${row}.${column}`);

const removeDoc = (kind: string, id: string) => `
      DELETE FROM search_fts WHERE rowid = (SELECT doc FROM search_docs WHERE kind = '${kind}' AND ref_id = ${id});
      DELETE FROM search_docs WHERE kind = '${kind}' AND ref_id = ${id};`;

const addDoc = (t: Indexed) => `
      INSERT INTO search_docs (kind, ref_id) SELECT '${t.kind}', new.id WHERE new.deleted_at IS NULL;
      INSERT INTO search_fts (rowid, head, body, meta)
        SELECT doc, ${folded(ref('new', t.head))}, ${folded(ref('new', t.body))}, ${folded(ref('new', t.meta))}
        FROM search_docs WHERE kind = '${t.kind}' AND ref_id = new.id;`;

function triggersOf(t: Indexed): string {
  const searched = [t.head, t.body, t.meta].filter((c) => !c.startsWith("'"));
  const changed = ['id', ...searched]
    .map((c) => `old.${c} IS NOT new.${c}`)
    .concat('(old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL)')
    .join(' OR ');
  return `
    CREATE TRIGGER ${t.table}_search_insert AFTER INSERT ON ${t.table} BEGIN${removeDoc(t.kind, 'new.id')}${addDoc(t)}
    END;
    CREATE TRIGGER ${t.table}_search_update AFTER UPDATE OF id, deleted_at, ${searched.join(', ')} ON ${t.table}
      WHEN ${changed}
    BEGIN${removeDoc(t.kind, 'old.id')}${removeDoc(t.kind, 'new.id')}${addDoc(t)}
    END;
    CREATE TRIGGER ${t.table}_search_delete AFTER DELETE ON ${t.table} BEGIN${removeDoc(t.kind, 'old.id')}
    END;
    INSERT INTO search_docs (kind, ref_id) SELECT '${t.kind}', id FROM ${t.table} WHERE deleted_at IS NULL ORDER BY rowid;
    INSERT INTO search_fts (rowid, head, body, meta)
      SELECT d.doc, ${folded(ref('x', t.head))}, ${folded(ref('x', t.body))}, ${folded(ref('x', t.meta))}
      FROM search_docs d JOIN ${t.table} x ON x.id = d.ref_id WHERE d.kind = '${t.kind}';`;
}

export const searchIndex: Migration = {
  version: 3,
  name: 'search',
  sql: `
    CREATE TABLE search_docs (
      doc    INTEGER PRIMARY KEY,
      kind   TEXT NOT NULL CHECK (kind IN ('article', 'claim', 'evidence')),
      ref_id TEXT NOT NULL,
      UNIQUE (kind, ref_id)
    ) STRICT;

    CREATE VIRTUAL TABLE search_fts USING fts5 (
      head, body, meta,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    ${INDEXED.map(triggersOf).join('\n')}
  `,
};

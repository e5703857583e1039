/**
 * Restores highlights from a W3C Web Annotation file (as Claimdesk exports it, or from another
 * annotation tool). Each annotation's target is matched to an article: by its urn:uuid scope or
 * source, its URL, the SHA-256 of the article's plain text (so the same text imported again, with
 * new ids and no URL, is still found), and failing those by its TextQuoteSelector when the quote is
 * in exactly one article. The highlight is placed by the TextPositionSelector when the quote is
 * still there, else re-found by the TextQuoteSelector; its claim is the linked urn:uuid claim when
 * the project has it, otherwise a claim is created from the annotation's bodies (text, verdict,
 * rationale, and the claimant carried as schema.org author). Importing the same file twice adds
 * nothing; a file none of whose annotations can be placed is an error, and nothing is written.
 */
import { z } from 'zod';
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';
import { ClaimdeskError } from '../../shared/ipc/result';
import { anchorQuote } from '../../shared/text/anchorQuote';
import { offsetConverter } from '../../shared/text/codePoints';
import { getArticle } from '../articles/articleStore';
import { createClaim, getClaim } from '../claims/claimStore';
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { linkSpan } from '../spans/spanStore';
import { SCHEMA_AUTHOR, SCHEMA_SHA256 } from '../export/webAnnotations';

const Selector = z.object({ type: z.string() }).passthrough();
const Body = z
  .object({
    type: z.string().optional(),
    purpose: z.string().optional(),
    value: z.string().optional(),
    source: z.string().optional(),
  })
  .passthrough();
const Annotation = z
  .object({
    type: z.union([z.string(), z.array(z.string())]),
    body: z.union([Body, z.array(Body)]).optional(),
    target: z
      .object({
        source: z.string(),
        scope: z.string().optional(),
        selector: z.union([Selector, z.array(Selector)]),
        [SCHEMA_SHA256]: z.string().optional(),
      })
      .passthrough(),
  })
  .passthrough();
type Target = z.infer<typeof Annotation>['target'];
type QuoteSel = { exact?: string; prefix?: string; suffix?: string };

export interface AnnotationImportResult {
  restored: number;
  alreadyPresent: number;
  /** Annotations whose article or passage is not in this project. */
  unplaced: { id: string; reason: string }[];
}

const uuidOf = (iri: string | undefined) => /^urn:uuid:([0-9a-f-]{36})$/i.exec(iri ?? '')?.[1]?.toLowerCase();
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function annotationsOf(doc: unknown, source: string): unknown[] {
  const d = doc as Record<string, unknown>;
  if (Array.isArray(doc)) return doc;
  if (d?.type === 'AnnotationCollection') {
    const first = d.first as Record<string, unknown> | undefined;
    return asArray((first?.items ?? d.items) as unknown[]);
  }
  if (d?.type === 'AnnotationPage') return asArray(d.items as unknown[]);
  if (d?.type === 'Annotation') return [doc];
  throw new ClaimdeskError(
    'invalid-input',
    `${source}: is not a W3C Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection).`,
  );
}

function parseJson(json: string, source: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ClaimdeskError('invalid-input', `${source}: is not valid JSON (${(err as Error).message}).`);
  }
}

function verdictOf(bodies: z.infer<typeof Body>[]): Verdict {
  const label = bodies
    .find((b) => b.purpose === 'assessing')
    ?.value?.trim()
    .toLowerCase();
  return VERDICTS.find((v) => v === label || VERDICT_STYLES[v].label.toLowerCase() === label) ?? 'unverified';
}

/**
 * Restores the highlights of a W3C annotation file, given as its text or as the document
 * readWebAnnotations already parsed (so a recognised file is not parsed twice).
 */
export function importWebAnnotations(
  project: Project,
  input: string | WebAnnotationDocument,
  source: string,
): AnnotationImportResult {
  const items = annotationsOf(typeof input === 'string' ? parseJson(input, source) : input.doc, source);
  if (items.length === 0) throw new ClaimdeskError('invalid-input', `${source}: holds no annotations.`);
  const findArticle = articleMatcher(project);
  const result: AnnotationImportResult = { restored: 0, alreadyPresent: 0, unplaced: [] };

  writeTransaction(project, () => {
    items.forEach((raw, i) => {
      const parsed = Annotation.safeParse(raw);
      const id = String((raw as { id?: unknown })?.id ?? `#${i + 1}`);
      if (!parsed.success) return result.unplaced.push({ id, reason: 'not a valid annotation' });
      const a = parsed.data;
      const target = a.target;
      const selectors = asArray(target.selector);
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as QuoteSel | undefined;
      const found = findArticle(target, quote);
      if (typeof found !== 'string') return result.unplaced.push({ id, reason: found.reason });
      const articleId = found;
      const text = getArticle(project, articleId).plainText;
      const position = selectors.find((s) => s.type === 'TextPositionSelector') as
        { start?: number; end?: number } | undefined;
      let range: { start: number; end: number } | undefined;
      if (position && Number.isInteger(position.start) && Number.isInteger(position.end)) {
        const convert = offsetConverter(text);
        const r = { start: convert.fromCodePoints(position.start!), end: convert.fromCodePoints(position.end!) };
        if (r.end > r.start && r.end <= text.length && (!quote?.exact || text.slice(r.start, r.end) === quote.exact))
          range = r;
      }
      if (!range && quote?.exact) {
        const found = anchorQuote(
          text,
          { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
          0,
        );
        if (found) range = { start: found.start, end: found.end };
      }
      if (!range) return result.unplaced.push({ id, reason: 'the quoted passage is not in the article' });

      const bodies = asArray(a.body);
      const linked = uuidOf(bodies.find((b) => b.purpose === 'linking')?.source);
      let claimId =
        linked && project.db.prepare('SELECT 1 FROM claims WHERE id = ? AND deleted_at IS NULL').get(linked)
          ? linked
          : undefined;
      if (!claimId) {
        const text2 = bodies.find((b) => b.purpose === 'describing')?.value ?? text.slice(range.start, range.end);
        const fields = {
          text: text2,
          claimant: claimantOf(bodies),
          verdict: verdictOf(bodies),
          rationale: bodies.find((b) => b.purpose === 'commenting')?.value ?? '',
        };
        const free = linked && !project.db.prepare('SELECT 1 FROM claims WHERE id = ?').get(linked);
        claimId = createClaim(project, fields, free ? linked : undefined).id;
      }
      getClaim(project, claimId);
      const exists = project.db
        .prepare(
          'SELECT 1 FROM spans WHERE article_id = ? AND claim_id = ? AND start_offset = ? AND end_offset = ? AND deleted_at IS NULL',
        )
        .get(articleId, claimId, range.start, range.end);
      if (exists) result.alreadyPresent++;
      else {
        linkSpan(project, claimId, { articleId, ...range });
        result.restored++;
      }
    });
  });
  if (result.restored + result.alreadyPresent === 0) {
    // Nothing was written (every annotation was refused before any change), so the error loses nothing.
    throw new ClaimdeskError(
      'invalid-input',
      `${source}: none of its ${items.length} annotation${items.length === 1 ? '' : 's'} could be placed in this project: ${describeReasons(result.unplaced)}.`,
    );
  }
  return result;
}

/** "2 × the quoted passage is not in any article; 1 × not a valid annotation". */
function describeReasons(unplaced: AnnotationImportResult['unplaced']): string {
  const counts = new Map<string, number>();
  for (const u of unplaced) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} × ${reason}`).join('; ');
}

function claimantOf(bodies: z.infer<typeof Body>[]): string {
  for (const b of bodies) {
    const author = (b[SCHEMA_AUTHOR] ?? b['schema:author']) as unknown;
    const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return '';
}

/**
 * Finds the article an annotation's target names: by id, URL or text fingerprint, else by a quote
 * found in exactly one article. Returns the article id, or why none fits.
 */
function articleMatcher(
  project: Project,
): (target: Target, quote: QuoteSel | undefined) => string | { reason: string } {
  const liveArticle = project.db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL');
  const firstWhere = (column: 'url' | 'content_hash') =>
    project.db
      .prepare(`SELECT id FROM articles WHERE ${column} = ? AND deleted_at IS NULL ORDER BY created_at, rowid LIMIT 1`)
      .pluck();
  const byUrl = firstWhere('url');
  const byHash = firstWhere('content_hash');
  const live = (id: string | undefined) => (id && liveArticle.get(id) ? id : undefined);
  const first = (statement: typeof byUrl, value: string | undefined) =>
    value ? (statement.get(value) as string | undefined) : undefined;
  let texts: { id: string; text: string }[] | undefined;
  const byQuote = (quote: QuoteSel | undefined): string | { reason: string } => {
    if (!quote?.exact)
      return { reason: 'no article in this project matches its target, and it has no quote to look for' };
    texts ??= project.db
      .prepare('SELECT id, plain_text AS text FROM articles WHERE deleted_at IS NULL ORDER BY created_at, rowid')
      .all() as { id: string; text: string }[];
    let holders = texts.filter((a) => a.text.includes(quote.exact!));
    if (holders.length > 1) {
      const withContext = `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`;
      holders = holders.filter((a) => a.text.includes(withContext));
    }
    if (holders.length === 1) return holders[0]!.id;
    return {
      reason:
        holders.length === 0
          ? 'its article is not in this project (no article matches its id, URL, text or quote)'
          : 'its quote is in several articles, and none matches its id, URL or text',
    };
  };
  return (target, quote) =>
    live(uuidOf(target.scope)) ??
    live(uuidOf(target.source)) ??
    first(byUrl, target.source) ??
    first(byHash, target[SCHEMA_SHA256]?.replace(/^sha256:/i, '').toLowerCase()) ??
    byQuote(quote);
}

const ANNO_CONTEXT_MARK = 'www.w3.org/ns/anno.jsonld';

/** A JSON document recognised as W3C annotations, parsed once (see readWebAnnotations). */
export interface WebAnnotationDocument {
  readonly doc: unknown;
}

/**
 * The document, when it is W3C annotations (so `import` routes it here whatever its file name):
 * JSON whose @context is the W3C annotation model's, or whose type is Annotation, AnnotationPage
 * or AnnotationCollection. Undefined for anything else, JSON or not.
 */
export function readWebAnnotations(json: string): WebAnnotationDocument | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const first = (Array.isArray(doc) ? doc[0] : doc) as Record<string, unknown> | undefined;
  if (!first || typeof first !== 'object') return undefined;
  const contexts = asArray(first['@context'] as unknown);
  const isAnnotations =
    contexts.some((c) => typeof c === 'string' && c.includes(ANNO_CONTEXT_MARK)) ||
    ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((t) => asArray(first.type).includes(t));
  return isAnnotations ? { doc } : undefined;
}

/**
 * Restores highlights from a W3C Web Annotation file (as Claimdesk exports it, or from another
 * annotation tool): each annotation's target is matched to an article (by its urn:uuid scope or
 * its URL), placed by the TextPositionSelector when the quote is still there, else re-found by the
 * TextQuoteSelector; its claim is the linked urn:uuid claim when the project has it, otherwise a
 * claim is created from the annotation's bodies. Importing the same file twice adds nothing.
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
      })
      .passthrough(),
  })
  .passthrough();

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

function verdictOf(bodies: z.infer<typeof Body>[]): Verdict {
  const label = bodies
    .find((b) => b.purpose === 'assessing')
    ?.value?.trim()
    .toLowerCase();
  return VERDICTS.find((v) => v === label || VERDICT_STYLES[v].label.toLowerCase() === label) ?? 'unverified';
}

export function importWebAnnotations(project: Project, json: string, source: string): AnnotationImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw new ClaimdeskError('invalid-input', `${source}: is not valid JSON (${(err as Error).message}).`);
  }
  const items = annotationsOf(doc, source);
  const articlesByUrl = new Map(
    (
      project.db.prepare("SELECT id, url FROM articles WHERE deleted_at IS NULL AND url != ''").all() as {
        id: string;
        url: string;
      }[]
    ).map((r) => [r.url, r.id]),
  );
  const result: AnnotationImportResult = { restored: 0, alreadyPresent: 0, unplaced: [] };

  writeTransaction(project, () => {
    items.forEach((raw, i) => {
      const parsed = Annotation.safeParse(raw);
      const id = String((raw as { id?: unknown })?.id ?? `#${i + 1}`);
      if (!parsed.success) return result.unplaced.push({ id, reason: 'not a valid annotation' });
      const a = parsed.data;
      const target = a.target;
      const articleId = [uuidOf(target.scope), uuidOf(target.source), articlesByUrl.get(target.source)].find(
        (cand) => cand && project.db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').get(cand),
      );
      if (!articleId) return result.unplaced.push({ id, reason: `article ${target.source} is not in this project` });
      const text = getArticle(project, articleId).plainText;
      const selectors = asArray(target.selector);
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
        { exact?: string; prefix?: string; suffix?: string } | undefined;
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
          claimant: '',
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
  return result;
}

/** True when a JSON document looks like W3C annotations (so `import` can route it here). */
export function looksLikeWebAnnotations(json: string): boolean {
  return (
    /"type"\s*:\s*"(AnnotationCollection|AnnotationPage|Annotation)"/.test(json.slice(0, 4096)) ||
    json.includes('ns/anno.jsonld')
  );
}

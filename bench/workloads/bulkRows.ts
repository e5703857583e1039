/**
 * Writes generated articles, claims and highlights straight into a project with prepared
 * statements inside ONE write transaction (the app's own writeTransaction, so the sync log and the
 * search index record them as they would any change). Rows are valid by construction: plain_text
 * is the projection of body_json, every span's exact/prefix/suffix is the app's quote selector at
 * its offsets, and every claim and span has its 'create' history row.
 */
import { contentHash } from '../../electron/articles/articleStore';
import type { Project } from '../../electron/project/project';
import { writeTransaction } from '../../electron/project/writeTransaction';
import type { Verdict } from '../../shared/domain/verdict';
import { plainTextOfBody } from '../../shared/text/plainTextProjection';
import { quoteSelectorAt } from '../../shared/text/quoteSelector';
import { serializeRichText, type Block } from '../../shared/text/richTextDoc';

export interface GeneratedArticle {
  id: string;
  title: string;
  paragraphs: string[];
}

export interface GeneratedClaim {
  id: string;
  text: string;
  verdict: Verdict;
}

export interface GeneratedSpan {
  id: string;
  articleId: string;
  claimId: string;
  start: number;
  end: number;
}

const STAMP = '2026-01-15T09:00:00.000Z';

/** The stored body of paragraphs (every tenth one a heading, as articles have sub-heads). */
export function bodyOf(paragraphs: readonly string[]): string {
  const blocks: Block[] = paragraphs.map((p, i) =>
    i > 0 && i % 10 === 0
      ? { kind: 'heading', level: 2, runs: [{ text: p.slice(0, 60) }] }
      : { kind: 'paragraph', runs: [{ text: p }] },
  );
  return serializeRichText(blocks);
}

/** A word-aligned passage of 30-150 characters starting at or after `from`, or null near the end. */
export function passageAt(text: string, from: number, rand: () => number): { start: number; end: number } | null {
  let start = from;
  while (start < text.length && start > 0 && text[start - 1] !== ' ') start++;
  let end = Math.min(text.length, start + 30 + Math.floor(rand() * 120));
  while (end < text.length && /[\w]/.test(text[end]!)) end++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 10 || text.slice(start, end).includes('\n')) return null;
  return { start, end };
}

export function writeRows(
  project: Project,
  articles: readonly GeneratedArticle[],
  claims: readonly GeneratedClaim[],
  spansOf: (articleId: string, plainText: string) => GeneratedSpan[],
): { plainTexts: Map<string, string>; spans: number } {
  const db = project.db;
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, title, outlet, author, published_at, url, language, direction, body_json, plain_text,
       content_hash, source_name, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'Bench Wire', 'Bench Author', '2026-01-14', '', 'en', 'ltr', ?, ?, ?, '', ?, 'Bench', ?, 'Bench')`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO claims (id, text, claimant, verdict, rationale, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'Bench Claimant', ?, '', ?, 'Bench', ?, 'Bench')`,
  );
  const insertSpan = db.prepare(
    `INSERT INTO spans (id, article_id, claim_id, start_offset, end_offset, exact, prefix, suffix, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Bench')`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO history (at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid)
     VALUES (?, 'Bench', ?, ?, ?, 'create', ?, '', ?, ?)`,
  );
  const plainTexts = new Map<string, string>();
  let spans = 0;
  writeTransaction(project, () => {
    // Distinct, ordered creation times keep list order stable (lists sort by created_at).
    const at = (i: number) => new Date(Date.parse(STAMP) + i).toISOString();
    claims.forEach((c, i) => {
      insertClaim.run(c.id, c.text, c.verdict, at(i), at(i));
      insertHistory.run(at(i), c.id, 'claim', c.id, '', c.text, `${c.id}-h`);
    });
    articles.forEach((a, i) => {
      const body = bodyOf(a.paragraphs);
      const plain = plainTextOfBody(body);
      plainTexts.set(a.id, plain);
      insertArticle.run(a.id, a.title, body, plain, contentHash(plain), at(i), at(i));
      for (const s of spansOf(a.id, plain)) {
        const q = quoteSelectorAt(plain, s.start, s.end);
        insertSpan.run(s.id, s.articleId, s.claimId, s.start, s.end, q.exact, q.prefix, q.suffix, at(spans));
        insertHistory.run(at(spans), s.claimId, 'span', s.id, s.articleId, q.exact, `${s.id}-h`);
        spans++;
      }
    });
  });
  return { plainTexts, spans };
}

/**
 * Articles: their metadata, rich body (serialized Lexical state) and plain-text projection.
 * The plain text is stored beside the body because every span offset indexes into it.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleMeta, ArticleScript, ArticleSummary, Page } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';
import { assertWritable } from '../project/writeGuard';
import { writeTransaction } from '../project/writeTransaction';

export interface NewArticle {
  meta: ArticleMeta;
  bodyJson: string;
  plainText: string;
  direction?: 'ltr' | 'rtl';
  language?: string;
  sourceName?: string;
}

interface ArticleRow {
  id: string;
  title: string;
  outlet: string;
  author: string;
  published_at: string;
  url: string;
  language: string;
  direction: 'ltr' | 'rtl';
  created_at: string;
  created_by: string;
  span_count: number;
  body_json?: string;
  plain_text?: string;
}

const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.author, a.published_at, a.url, a.language, a.direction,
  a.created_at, a.created_by,
  (SELECT count(*) FROM spans s JOIN claims c ON c.id = s.claim_id
    WHERE s.article_id = a.id AND s.deleted_at IS NULL AND c.deleted_at IS NULL) AS span_count`;

function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    author: r.author,
    publishedAt: r.published_at,
    url: r.url,
    language: r.language,
    direction: r.direction,
    createdAt: r.created_at,
    createdBy: r.created_by,
    spanCount: r.span_count,
  };
}

export function contentHash(plainText: string): string {
  return createHash('sha256').update(plainText.normalize('NFC')).digest('hex');
}

export function listArticles(project: Project): ArticleSummary[] {
  const rows = project.db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.created_at, a.rowid`)
    .all() as ArticleRow[];
  return rows.map(toSummary);
}

/** Live articles `offset` to `offset + limit` in the order of listArticles; only those are counted. */
export function listArticlesPage(project: Project, offset: number, limit: number): Page<ArticleSummary> {
  const { total } = project.db.prepare('SELECT count(*) AS total FROM articles WHERE deleted_at IS NULL').get() as {
    total: number;
  };
  const rows = project.db
    .prepare(
      `WITH page AS (SELECT rowid AS r FROM articles WHERE deleted_at IS NULL ORDER BY created_at, rowid
         LIMIT @limit OFFSET @offset)
       SELECT ${SUMMARY_COLUMNS} FROM page JOIN articles a ON a.rowid = page.r ORDER BY a.created_at, a.rowid`,
    )
    .all({ offset, limit }) as ArticleRow[];
  return { total, items: rows.map(toSummary) };
}

export function getArticleSummary(project: Project, id: string): ArticleSummary {
  const row = project.db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ? AND a.deleted_at IS NULL`)
    .get(id) as ArticleRow | undefined;
  if (!row) throw new ClaimdeskError('not-found', `No article with id ${id} in ${project.path}.`);
  return toSummary(row);
}

export function getArticle(project: Project, id: string): Article {
  const row = project.db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, a.body_json, a.plain_text FROM articles a WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as ArticleRow | undefined;
  if (!row) throw new ClaimdeskError('not-found', `No article with id ${id} in ${project.path}.`);
  return { ...toSummary(row), body: row.body_json ?? '', plainText: row.plain_text ?? '' };
}

/** The plain text only: what span creation needs, without parsing the body. */
export function getArticleText(project: Project, id: string): string {
  const row = project.db.prepare('SELECT plain_text FROM articles WHERE id = ? AND deleted_at IS NULL').get(id) as
    { plain_text: string } | undefined;
  if (!row) throw new ClaimdeskError('not-found', `No article with id ${id} in ${project.path}.`);
  return row.plain_text;
}

/** The live article whose text is identical to this text, if any: the same file imported twice. */
export function findDuplicate(project: Project, plainText: string): ArticleSummary | undefined {
  const row = project.db
    .prepare('SELECT id FROM articles WHERE content_hash = ? AND deleted_at IS NULL LIMIT 1')
    .get(contentHash(plainText)) as { id: string } | undefined;
  return row ? getArticleSummary(project, row.id) : undefined;
}

export function insertArticle(project: Project, a: NewArticle): ArticleSummary {
  assertWritable(project);
  const id = newId();
  const now = nowIso();
  project.db
    .prepare(
      `INSERT INTO articles (id, title, outlet, author, published_at, url, language, direction, body_json,
         plain_text, content_hash, source_name, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @title, @outlet, @author, @publishedAt, @url, @language, @direction, @bodyJson,
         @plainText, @hash, @sourceName, @now, @actor, @now, @actor)`,
    )
    .run({
      id,
      ...a.meta,
      language: a.language ?? '',
      direction: a.direction ?? 'ltr',
      bodyJson: a.bodyJson,
      plainText: a.plainText,
      hash: contentHash(a.plainText),
      sourceName: a.sourceName ?? '',
      now,
      actor: project.actor,
    });
  return getArticleSummary(project, id);
}

export type ArticleMetaPatch = Partial<ArticleMeta & ArticleScript>;

/** The editable fields and their columns: also the only names ever interpolated into SQL. */
const META_COLUMNS: Record<keyof ArticleMetaPatch, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  publishedAt: 'published_at',
  url: 'url',
  language: 'language',
  direction: 'direction',
};

export function updateArticleMeta(project: Project, id: string, patch: ArticleMetaPatch): ArticleSummary {
  return writeTransaction(project, () => {
    const before = getArticle(project, id);
    const entries = (Object.keys(META_COLUMNS) as (keyof ArticleMetaPatch)[])
      .filter((k) => patch[k] !== undefined && patch[k] !== before[k])
      .map((k) => [k, patch[k]!] as const);
    if (entries.length === 0) return getArticleSummary(project, id);
    const sets = entries.map(([k]) => `${META_COLUMNS[k]} = @${k}`).join(', ');
    project.db
      .prepare(`UPDATE articles SET ${sets}, updated_at = @now, updated_by = @actor WHERE id = @id`)
      .run({ ...Object.fromEntries(entries), now: nowIso(), actor: project.actor, id });
    // The rich body carries the direction on every block, as Lexical renders it: keep them in step.
    if (patch.direction && patch.direction !== before.direction) {
      project.db
        .prepare('UPDATE articles SET body_json = ? WHERE id = ?')
        .run(withDirection(before.body, patch.direction), id);
    }
    return getArticleSummary(project, id);
  });
}

function withDirection(bodyJson: string, direction: 'ltr' | 'rtl'): string {
  const visit = (node: { direction?: unknown; children?: unknown[] }) => {
    if ('direction' in node) node.direction = direction;
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  const state = JSON.parse(bodyJson) as { root: { children?: unknown[] } };
  visit(state.root);
  return JSON.stringify(state);
}

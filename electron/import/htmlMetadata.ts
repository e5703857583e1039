/**
 * Reads a news page's metadata the ways publishers declare it: JSON-LD `NewsArticle`, Open Graph,
 * `article:*` and plain `<meta>` tags, `<link rel=canonical>`, `<html lang dir>`. The first source
 * that has a field wins, in that order, because JSON-LD is the most deliberate declaration.
 */
import type { ArticleMeta } from '../../shared/domain/types';
import { parseLooseDate } from './looseDate';
import { safeHref } from './htmlToBlocks';

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

function jsonLdArticles(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      const types = ([] as unknown[]).concat(o['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still apply.
    }
  }
  return found;
}

function names(v: unknown): string {
  const list = ([] as unknown[]).concat(v ?? []);
  return list
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Json).name : ''))
    .filter((x): x is string => typeof x === 'string' && x.trim().length > 0)
    .map((x) => x.trim())
    .join(', ');
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

/** ISO 8601 as published (date-time kept when given), or a loosely written date made ISO. */
export function isoDate(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v;
  const loose = parseLooseDate(v);
  if (loose) return loose;
  const t = Date.parse(v);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

const notUrl = (s: string) => (/^https?:\/\//i.test(s) ? '' : s);
const first = (...values: string[]) => values.find((v) => v.length > 0) ?? '';

export interface PageMetadata extends ArticleMeta {
  language: string;
  direction?: 'ltr' | 'rtl';
}

export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticles(doc)[0] ?? {};
  const publisher = ld.publisher as Json | undefined;
  const mainEntity = ld.mainEntityOfPage;
  const dir = (doc.documentElement.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    title: first(str(ld.headline), meta(doc, 'og:title', 'twitter:title'), doc.title.trim()),
    outlet: first(names(publisher), meta(doc, 'og:site_name', 'application-name')),
    author: first(names(ld.author), notUrl(meta(doc, 'author', 'article:author', 'byl', 'dc.creator'))).replace(
      /^by\s+/i,
      '',
    ),
    publishedAt: isoDate(
      first(
        str(ld.datePublished),
        meta(
          doc,
          'article:published_time',
          'datePublished',
          'date',
          'pubdate',
          'publishdate',
          'dc.date',
          'dc.date.issued',
        ),
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
      ),
    ),
    url:
      safeHref(
        first(
          canonical,
          meta(doc, 'og:url'),
          str(ld.url),
          typeof mainEntity === 'string' ? mainEntity : str((mainEntity as Json | undefined)?.['@id']),
        ),
      ) ?? '',
    language: first(
      doc.documentElement.getAttribute('lang')?.trim() ?? '',
      str(ld.inLanguage),
      meta(doc, 'og:locale').replace('_', '-'),
    ),
    direction: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
  };
}

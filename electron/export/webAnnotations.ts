/**
 * W3C Web Annotation export: an AnnotationCollection in which every highlight is an Annotation
 * (motivation "assessing") whose target is the article with a TextQuoteSelector and a
 * TextPositionSelector (positions in Unicode code points, as the model defines them), and whose
 * bodies describe the claim (with its claimant as schema.org author), give its verdict, and link
 * the claim by its urn:uuid. The target also carries the SHA-256 of the article's NFC-normalised
 * plain text (schema.org sha256; the hash the project stores for each article), so a project
 * holding the same text under other ids (imported again from the same file) finds the article.
 */
import { randomUUID } from 'node:crypto';
import { VERDICT_STYLES } from '../../shared/domain/verdict';
import { agentType } from './agentType';
import { offsetConverter } from '../../shared/text/codePoints';
import type { Project } from '../project/project';
import type { ReportData } from './reportData';
import { safeUrl } from './htmlEscape';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const urn = (id: string) => `urn:uuid:${id}`;
/** Full IRIs: the anno.jsonld context has no schema: prefix, and a full IRI keeps its meaning in JSON-LD. */
export const SCHEMA_AUTHOR = 'https://schema.org/author';
export const SCHEMA_SHA256 = 'https://schema.org/sha256';

export function webAnnotationCollection(project: Project, data: ReportData): string {
  const items: Record<string, unknown>[] = [];
  const storedHash = project.db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck();
  for (const { article } of data.articles) {
    const convert = offsetConverter(article.plainText);
    const source = article.url ? safeUrl(article.url) : undefined;
    const sha256 = storedHash.get(article.id) as string;
    for (const c of data.claims) {
      for (const a of c.appearances) {
        if (a.articleId !== article.id) continue;
        items.push({
          id: urn(a.id),
          type: 'Annotation',
          motivation: 'assessing',
          created: a.createdAt,
          creator: { type: 'Person', name: a.createdBy },
          body: [
            {
              type: 'TextualBody',
              purpose: 'describing',
              value: c.claim.text,
              format: 'text/plain',
              ...(c.claim.claimant.trim()
                ? { [SCHEMA_AUTHOR]: { type: agentType(c.claim.claimant), name: c.claim.claimant.trim() } }
                : {}),
            },
            {
              type: 'TextualBody',
              purpose: 'assessing',
              value: VERDICT_STYLES[c.claim.verdict].label,
              format: 'text/plain',
            },
            ...(c.claim.rationale
              ? [{ type: 'TextualBody', purpose: 'commenting', value: c.claim.rationale, format: 'text/plain' }]
              : []),
            { type: 'SpecificResource', source: urn(c.claim.id), purpose: 'linking' },
          ],
          target: {
            source: source ?? urn(article.id),
            // The article's own id travels too, so the annotation finds it again even without a URL.
            scope: urn(article.id),
            [SCHEMA_SHA256]: sha256,
            selector: [
              { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
              { type: 'TextPositionSelector', start: convert.toCodePoints(a.start), end: convert.toCodePoints(a.end) },
            ],
          },
        });
      }
    }
  }
  return (
    JSON.stringify(
      {
        '@context': ANNO_CONTEXT,
        id: urn(randomUUID()),
        type: 'AnnotationCollection',
        label: `${data.title} — Claimdesk highlights`,
        total: items.length,
        first: { id: urn(randomUUID()), type: 'AnnotationPage', startIndex: 0, items },
      },
      null,
      2,
    ) + '\n'
  );
}

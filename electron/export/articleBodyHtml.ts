/**
 * Renders an article's stored rich body (serialized Lexical state) as report HTML, with its
 * highlights drawn in place. It walks the nodes with the same offset rule as the plain-text
 * projection, so a span's offsets land on exactly the characters the checker highlighted.
 * Each highlight ends with a numbered marker pointing to its claim's entry in the report, placed
 * after the word the highlight ends in (see markerOffset.ts), never inside it.
 */
import { BLOCK_SEPARATOR, INLINE_ELEMENT_TYPES } from '../../shared/text/plainTextProjection';
import { highlightSegments } from '../../shared/text/highlightSegments';
import { mostUrgentVerdict, VERDICT_STYLES } from '../../shared/domain/verdict';
import { markerOffset } from './markerOffset';
import type { ReportHighlight } from './reportData';
import { esc, safeUrl } from './htmlEscape';

interface Node {
  type: string;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  children?: Node[];
}

const BOLD = 1;
const ITALIC = 2;

class BodyWriter {
  private offset = 0;
  private readonly out: string[] = [];
  private readonly endsAt = new Map<number, ReportHighlight[]>();
  /** Marker offsets that are not also a highlight's end, where a text run must be cut. */
  private readonly movedMarkers: number[];

  constructor(
    private readonly highlights: ReportHighlight[],
    plainText: string,
  ) {
    const markerAt = highlights.map((h) => markerOffset(plainText, h.end));
    highlights.forEach((h, i) => {
      const list = this.endsAt.get(markerAt[i]!) ?? [];
      list.push(h);
      this.endsAt.set(markerAt[i]!, list);
    });
    this.movedMarkers = markerAt.filter((at, i) => at !== highlights[i]!.end).sort((a, b) => a - b);
  }

  html(): string {
    return this.out.join('');
  }

  private markers(at: number): string {
    const ending = this.endsAt.get(at);
    if (!ending) return '';
    const byNumber = new Map(ending.map((h) => [h.claimNumber, h.verdict]));
    return [...byNumber.keys()]
      .sort((a, b) => a - b)
      .map((n) => {
        const style = VERDICT_STYLES[byNumber.get(n)!];
        return `<a class="marker" href="#claim-${n}" title="Claim ${n}: ${style.label}">${style.symbol}${n}</a>`;
      })
      .join('');
  }

  private text(node: Node): void {
    const text = node.text ?? '';
    const format = typeof node.format === 'number' ? node.format : 0;
    const open = (format & BOLD ? '<strong>' : '') + (format & ITALIC ? '<em>' : '');
    const close = (format & ITALIC ? '</em>' : '') + (format & BOLD ? '</strong>' : '');
    const from = this.offset;
    const to = from + text.length;
    for (const seg of this.cutAtMarkers(highlightSegments(this.highlights, from, to), from, to)) {
      const piece = esc(text.slice(seg.start - from, seg.end - from));
      if (seg.covering.length === 0) this.out.push(open + piece + close);
      else {
        const verdict = mostUrgentVerdict(seg.covering.map((h) => h.verdict));
        const claims = [...new Set(seg.covering.map((h) => h.claimNumber))].join(' ');
        const overlap = seg.covering.length > 1 ? ' overlap' : '';
        this.out.push(`<mark class="hl v-${verdict}${overlap}" data-claims="${claims}">${open}${piece}${close}</mark>`);
      }
      this.out.push(this.markers(seg.end));
    }
    this.offset = to;
  }

  /** Splits segments where a marker moved past its highlight's end falls inside them. */
  private cutAtMarkers<S extends { start: number; end: number }>(segments: S[], from: number, to: number): S[] {
    const cuts = this.movedMarkers.filter((at) => at > from && at < to);
    if (cuts.length === 0) return segments;
    return segments.flatMap((seg) => {
      const inside = [...new Set(cuts.filter((at) => at > seg.start && at < seg.end))];
      const points = [seg.start, ...inside, seg.end];
      return points.slice(1).map((end, i) => ({ ...seg, start: points[i]!, end }));
    });
  }

  write(node: Node): void {
    if (typeof node.text === 'string') return this.text(node);
    if (node.type === 'linebreak') {
      this.out.push('<br>');
      this.offset += 1;
      return;
    }
    if (node.type === 'tab') {
      this.out.push(' ');
      this.offset += 1;
      return;
    }
    const [open, close] = this.tags(node);
    this.out.push(open);
    const children = node.children ?? [];
    children.forEach((child, i) => {
      this.write(child);
      const isBlock = Array.isArray(child.children) && !INLINE_ELEMENT_TYPES.has(child.type);
      if (isBlock && i < children.length - 1) this.offset += BLOCK_SEPARATOR.length;
    });
    this.out.push(close);
  }

  private tags(node: Node): [string, string] {
    switch (node.type) {
      case 'root':
        return ['', ''];
      case 'heading': {
        // Article headings sit under the report's own h2 article title.
        const level = Math.min(6, Number((node.tag ?? 'h2').slice(1)) + 2);
        return [`<h${level}>`, `</h${level}>`];
      }
      case 'quote':
        return ['<blockquote>', '</blockquote>'];
      case 'list':
        return node.listType === 'number' ? ['<ol>', '</ol>'] : ['<ul>', '</ul>'];
      case 'listitem':
        return ['<li>', '</li>'];
      case 'link': {
        const href = safeUrl(node.url ?? '');
        return href ? [`<a href="${esc(href)}">`, '</a>'] : ['', ''];
      }
      default:
        return INLINE_ELEMENT_TYPES.has(node.type) ? ['', ''] : ['<p>', '</p>'];
    }
  }
}

/** The body as HTML; `plainText` is the article's plain text, which the highlights' offsets index. */
export function articleBodyHtml(bodyJson: string, plainText: string, highlights: ReportHighlight[]): string {
  const { root } = JSON.parse(bodyJson) as { root: Node };
  const writer = new BodyWriter(highlights, plainText);
  writer.write(root);
  return writer.html();
}

/**
 * Mapping a DOM selection in the rendered article back to plain-text offsets — the step between
 * "the user selected this" and "the span stored these offsets". Run in a DOM-rendering Lexical
 * editor (happy-dom through @lexical/headless/dom) over a body with highlights, links and lists.
 */
import { withDOM } from '@lexical/headless/dom';
import fc from 'fast-check';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/domain/types';
import { applyHighlights } from '../../../shared/text/applyHighlights';
import { plainTextOfBody } from '../../../shared/text/plainTextProjection';
import { serializeRichText } from '../../../shared/text/richTextDoc';
import { ARTICLE_NODES, ARTICLE_THEME } from '../../../renderer/editor/editorNodes';
import { $textNodeStarts, textRangeOfDomRange } from '../../../renderer/editor/textOffsets';

const BODY = serializeRichText([
  { kind: 'heading', level: 2, runs: [{ text: 'Conflicting claims' }] },
  {
    kind: 'paragraph',
    runs: [{ text: 'Officials said ' }, { text: '116 detainees', bold: true }, { text: ' were freed.' }],
  },
  { kind: 'quote', runs: [{ text: 'See the ' }, { text: 'tally', href: 'https://example.org' }, { text: ' online.' }] },
  { kind: 'list', ordered: false, items: [[{ text: 'first point' }], [{ text: 'second point' }]] },
]);
const TEXT = plainTextOfBody(BODY);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HIGHLIGHTS: Highlight[] = [
  { spanId: id(1), claimId: id(11), start: TEXT.indexOf('said 116'), end: TEXT.indexOf(' were'), verdict: 'disputed' },
  { spanId: id(2), claimId: id(12), start: TEXT.indexOf('116'), end: TEXT.indexOf('freed') + 5, verdict: 'verified' },
];

function rendered(window: Window): { editor: LexicalEditor; root: HTMLElement } {
  const editor = createEditor({
    namespace: 't',
    nodes: [...ARTICLE_NODES],
    theme: ARTICLE_THEME,
    editable: false,
    onError: (e) => {
      throw e;
    },
  });
  const root = window.document.createElement('div');
  window.document.body.appendChild(root);
  editor.setRootElement(root);
  editor.setEditorState(editor.parseEditorState(applyHighlights(BODY, HIGHLIGHTS)));
  return { editor, root };
}

/** The DOM point (text node, offset) of a plain-text offset, found through the editor's own map. */
function domPoint(editor: LexicalEditor, offset: number, preferNext: boolean): { node: Text; offset: number } {
  return editor.read(() => {
    const starts = $textNodeStarts();
    const texts = $getRoot().getAllTextNodes();
    const hit =
      texts.find((t) => {
        const s = starts.get(t.getKey())!;
        return preferNext
          ? offset >= s && offset < s + t.getTextContentSize()
          : offset > s && offset <= s + t.getTextContentSize();
      }) ?? texts[0]!;
    const dom = editor.getElementByKey(hit.getKey())!.firstChild as Text;
    return { node: dom, offset: offset - starts.get(hit.getKey())! };
  });
}

describe('textRangeOfDomRange', () => {
  it('maps a selection inside and across highlights and blocks to the stored offsets', () => {
    withDOM((window) => {
      const { editor } = rendered(window);
      for (const quote of ['116 detainees', 'said 116 detainees were', 'freed.\n\nSee the tally', 'point\n\nsecond']) {
        const start = TEXT.indexOf(quote);
        const from = domPoint(editor, start, true);
        const to = domPoint(editor, start + quote.length, false);
        const range = window.document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        expect(textRangeOfDomRange(editor, range as unknown as Range)).toEqual({ start, end: start + quote.length });
      }
    });
  });

  it('moves boundaries that sit on elements to the nearest text inside the range', () => {
    withDOM((window) => {
      const { editor, root } = rendered(window);
      const paragraph = root.querySelector('p')!;
      const range = window.document.createRange();
      range.setStart(paragraph, 0);
      range.setEnd(paragraph, paragraph.childNodes.length);
      const start = TEXT.indexOf('Officials');
      expect(textRangeOfDomRange(editor, range as unknown as Range)).toEqual({
        start,
        end: TEXT.indexOf('freed.') + 6,
      });
    });
  });

  it('ignores ranges outside the article', () => {
    withDOM((window) => {
      const { editor } = rendered(window);
      const outside = window.document.createElement('p');
      outside.textContent = 'elsewhere';
      window.document.body.appendChild(outside);
      const range = window.document.createRange();
      range.selectNodeContents(outside);
      expect(textRangeOfDomRange(editor, range as unknown as Range)).toBeNull();
    });
  });

  it('round-trips any range of text characters (property)', () => {
    withDOM((window) => {
      const { editor } = rendered(window);
      const isText = (i: number) => TEXT[i] !== '\n';
      fc.assert(
        fc.property(fc.nat(TEXT.length - 1), fc.nat(TEXT.length - 1), (a, b) => {
          const [start, end] = a <= b ? [a, b + 1] : [b, a + 1];
          if (!isText(start) || !isText(end - 1)) return;
          const from = domPoint(editor, start, true);
          const to = domPoint(editor, end, false);
          const range = window.document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset);
          expect(textRangeOfDomRange(editor, range as unknown as Range)).toEqual({ start, end });
        }),
        { numRuns: 200 },
      );
    });
  });
});

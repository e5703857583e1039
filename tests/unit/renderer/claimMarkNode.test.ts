/**
 * The article view's highlight node and offset map, in a headless Lexical editor built from the
 * same node list as the app: highlights load from applyHighlights' JSON without changing the text,
 * every TextNode's start offset matches the stored plain text, and the DOM carries the ids the UI
 * looks highlights up by.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $getRoot, $isElementNode, createEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/domain/types';
import { applyHighlights } from '../../../shared/text/applyHighlights';
import { plainTextOfBody } from '../../../shared/text/plainTextProjection';
import { serializeRichText } from '../../../shared/text/richTextDoc';
import { $isClaimMarkNode, type ClaimMarkNode } from '../../../renderer/editor/ClaimMarkNode';
import { ARTICLE_NODES, ARTICLE_THEME } from '../../../renderer/editor/editorNodes';
import { $textNodeStarts } from '../../../renderer/editor/textOffsets';

const BODY = serializeRichText([
  { kind: 'heading', level: 2, runs: [{ text: 'Numbers' }] },
  {
    kind: 'paragraph',
    runs: [{ text: 'Officials said ' }, { text: '116 detainees', italic: true }, { text: ' were freed.' }],
  },
  { kind: 'quote', runs: [{ text: 'A quote with a ' }, { text: 'link', href: 'https://example.org/a' }] },
  { kind: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
]);
const TEXT = plainTextOfBody(BODY);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function at(quote: string, claim: number, verdict: Highlight['verdict'], span: number): Highlight {
  const start = TEXT.indexOf(quote);
  return { spanId: uuid(span), claimId: uuid(100 + claim), start, end: start + quote.length, verdict };
}

const HIGHLIGHTS = [
  at('116 detainees were freed', 1, 'disputed', 1),
  at('detainees', 2, 'verified', 2),
  at('quote with a link', 3, 'unverified', 3),
];

function loadedEditor() {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...ARTICLE_NODES],
    theme: ARTICLE_THEME,
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(applyHighlights(BODY, HIGHLIGHTS)));
  return editor;
}

function collectMarks(node: LexicalNode, out: ClaimMarkNode[] = []): ClaimMarkNode[] {
  if ($isClaimMarkNode(node)) out.push(node);
  if ($isElementNode(node)) node.getChildren().forEach((c) => collectMarks(c, out));
  return out;
}

describe('ClaimMarkNode in the article editor', () => {
  it('loads highlighted bodies without changing the article text', () => {
    const editor = loadedEditor();
    editor.read(() => {
      expect($getRoot().getTextContent()).toBe(TEXT);
      const marks = collectMarks($getRoot());
      const overlap = marks.find((m) => m.getIDs().length === 2);
      expect(overlap?.getTextContent()).toBe('detainees');
      expect(overlap?.getIDs()).toEqual([uuid(2), uuid(1)]);
      expect(overlap?.getClaimIds()).toEqual([uuid(102), uuid(101)]);
      expect(overlap?.getVerdict()).toBe('disputed');
    });
  });

  it('gives every text node the offset it has in the stored plain text', () => {
    const editor = loadedEditor();
    editor.read(() => {
      const starts = $textNodeStarts();
      const texts = $getRoot().getAllTextNodes();
      expect(starts.size).toBe(texts.length);
      for (const t of texts) {
        const start = starts.get(t.getKey())!;
        expect(TEXT.slice(start, start + t.getTextContentSize())).toBe(t.getTextContent());
      }
    });
  });

  it('survives a save-and-load round trip of the editor state', () => {
    const editor = loadedEditor();
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const again = createHeadlessEditor({
      namespace: 'test',
      nodes: [...ARTICLE_NODES],
      onError: (e) => {
        throw e;
      },
    });
    again.setEditorState(again.parseEditorState(json));
    again.read(() => {
      expect($getRoot().getTextContent()).toBe(TEXT);
      expect(collectMarks($getRoot()).map((m) => [m.getIDs(), m.getClaimIds(), m.getVerdict()])).toEqual(
        editor.read(() => collectMarks($getRoot()).map((m) => [m.getIDs(), m.getClaimIds(), m.getVerdict()])),
      );
    });
  });

  it('renders <mark> elements carrying span ids, claim ids, verdict and an end symbol', () => {
    withDOM((window) => {
      // A DOM-rendering editor (the headless one refuses a root element), as the app creates it.
      const editor = createEditor({
        namespace: 'test',
        nodes: [...ARTICLE_NODES],
        theme: ARTICLE_THEME,
        editable: false,
        onError: (e) => {
          throw e;
        },
      });
      const root = window.document.createElement('div');
      editor.setRootElement(root);
      editor.setEditorState(editor.parseEditorState(applyHighlights(BODY, HIGHLIGHTS)));
      const marks = [...root.querySelectorAll('mark')];
      expect(marks.length).toBeGreaterThanOrEqual(4);
      const freed = marks.filter((m) => m.getAttribute('data-claim-ids')?.includes(uuid(101)));
      expect(freed.map((m) => m.textContent).join('')).toBe('116 detainees were freed');
      expect(freed.every((m) => m.getAttribute('data-verdict') === 'disputed')).toBe(true);
      expect(freed.at(-1)?.getAttribute('data-end-symbol')).toBe('✗');
      expect(root.querySelector(`mark[data-span-ids~="${uuid(3)}"]`)?.getAttribute('data-verdict')).toBe('unverified');
      expect(root.querySelector('mark[data-depth="2"]')?.textContent).toBe('detainees');
    });
  });
});

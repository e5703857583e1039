/**
 * Adding, removing or re-colouring a highlight rebuilds only the blocks it touches, and the editor
 * ends up exactly as if the whole article had been loaded again with the new highlights.
 */
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/domain/types';
import { applyHighlights } from '../../../shared/text/applyHighlights';
import { plainTextOfBody, type SerializedNodeLike } from '../../../shared/text/plainTextProjection';
import { serializeRichText } from '../../../shared/text/richTextDoc';
import { blockRanges, blocksTouched, changedHighlights } from '../../../renderer/editor/changedBlocks';
import { ARTICLE_NODES, ARTICLE_THEME } from '../../../renderer/editor/editorNodes';
import { $patchHighlightedBlocks } from '../../../renderer/editor/patchHighlights';

const BODY = serializeRichText([
  { kind: 'heading', level: 2, runs: [{ text: 'Release of prisoners' }] },
  {
    kind: 'paragraph',
    runs: [{ text: 'Officials said ' }, { text: '116 detainees', italic: true }, { text: ' were freed.' }],
  },
  { kind: 'quote', runs: [{ text: 'A quote with a ' }, { text: 'link', href: 'https://example.org/a' }] },
  { kind: 'list', ordered: false, items: [[{ text: 'first item' }], [{ text: 'second item' }]] },
  { kind: 'paragraph', runs: [{ text: 'The last paragraph says 56 remain in custody.' }] },
]);
const TEXT = plainTextOfBody(BODY);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function hl(quote: string, span: number, verdict: Highlight['verdict'] = 'unverified'): Highlight {
  const start = TEXT.indexOf(quote);
  return { spanId: uuid(span), claimId: uuid(100 + span), start, end: start + quote.length, verdict };
}

function editorWith(highlights: readonly Highlight[]): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    theme: ARTICLE_THEME,
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(applyHighlights(BODY, highlights)));
  return editor;
}

/** Applies the change the way ArticleContentPlugin does; returns the blocks it rebuilt. */
function patch(editor: LexicalEditor, before: readonly Highlight[], after: readonly Highlight[]): number[] {
  const root = (JSON.parse(BODY) as { root: SerializedNodeLike }).root;
  const ranges = blockRanges(root);
  const touched = blocksTouched(ranges, changedHighlights(before, after));
  let ok = false;
  editor.update(
    () => {
      ok = $patchHighlightedBlocks(root.children ?? [], ranges, touched, after);
    },
    { discrete: true },
  );
  expect(ok).toBe(true);
  return touched;
}

const stateOf = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

describe('updating highlights block by block', () => {
  const base = [hl('116 detainees were freed', 1, 'disputed'), hl('first item', 2)];

  it('adds a highlight by rebuilding only its paragraph', () => {
    const after = [...base, hl('56 remain in custody', 3, 'verified')];
    const editor = editorWith(base);
    expect(patch(editor, base, after)).toEqual([4]);
    expect(stateOf(editor)).toBe(stateOf(editorWith(after)));
  });

  it('adds an overlapping highlight and a verdict change in one step', () => {
    const after = [{ ...base[0]!, verdict: 'verified' as const }, base[1]!, hl('said 116', 4)];
    const editor = editorWith(base);
    expect(patch(editor, base, after)).toEqual([1]);
    expect(stateOf(editor)).toBe(stateOf(editorWith(after)));
  });

  it('removes a highlight that crosses two blocks', () => {
    const crossing = { ...hl('link', 5), end: TEXT.indexOf('first item') + 5 };
    const before = [...base, crossing];
    const editor = editorWith(before);
    expect(patch(editor, before, base)).toEqual([2, 3]);
    expect(stateOf(editor)).toBe(stateOf(editorWith(base)));
  });

  it('touches nothing when the highlights are the same', () => {
    expect(
      blocksTouched(
        blockRanges((JSON.parse(BODY) as { root: SerializedNodeLike }).root),
        changedHighlights(base, [...base]),
      ),
    ).toEqual([]);
  });
});

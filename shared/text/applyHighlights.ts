/**
 * Puts an article's highlights into its serialized Lexical body, as a pure function of the stored
 * body JSON and the span list, so the renderer applies every highlight in ONE `setEditorState`
 * (never one editor update per mark) and the same code is unit-tested in Node.
 *
 * Overlapping spans never nest: each text node is cut at every span boundary (highlightSegments.ts,
 * shared with the report) and each run is wrapped in one flat `claim-mark` element carrying all the
 * spans that cover it. The walk matches plainTextProjection.ts exactly (claim-mark is inline), so
 * the plain text of the result equals the plain text of the input and no offset moves.
 */
import type { Highlight } from '../domain/types';
import { mostUrgentVerdict, type Verdict } from '../domain/verdict';
import { highlightSegments } from './highlightSegments';
import { BLOCK_SEPARATOR, INLINE_ELEMENT_TYPES, type SerializedNodeLike } from './plainTextProjection';

export const CLAIM_MARK_TYPE = 'claim-mark';

/** The serialized form of a ClaimMarkNode (renderer/editor/ClaimMarkNode.ts reads exactly this). */
export interface SerializedClaimMark extends SerializedNodeLike {
  type: typeof CLAIM_MARK_TYPE;
  /** Span ids covering this run, innermost (shortest) first. */
  ids: string[];
  /** The claim of each span, deduplicated, in the same order. */
  claimIds: string[];
  /** The verdict the run shows: the most urgent of its spans' claims. */
  verdict: Verdict;
  /** The verdict of the most urgent span that ends with this run ('' when none ends here). */
  endVerdict: Verdict | '';
  /**
   * The span whose first run this is (the innermost if several begin here; '' if none): the
   * keyboard's tab stop for that span, known here so the view never scans its marks for it.
   */
  focusSpan: string;
  children: SerializedNodeLike[];
  direction: null;
  format: '';
  indent: 0;
  version: 1;
}

type AnyNode = SerializedNodeLike & Record<string, unknown>;

const isBlock = (node: SerializedNodeLike): boolean =>
  Array.isArray(node.children) && !INLINE_ELEMENT_TYPES.has(node.type);

const byLength = (a: Highlight, b: Highlight): number => a.end - a.start - (b.end - b.start) || a.start - b.start;

function claimMark(run: AnyNode, covering: Highlight[], runStart: number, runEnd: number): SerializedClaimMark {
  const sorted = [...covering].sort(byLength);
  const ending = sorted.filter((h) => h.end === runEnd).map((h) => h.verdict);
  const starting = sorted.find((h) => h.start === runStart);
  return {
    type: CLAIM_MARK_TYPE,
    ids: sorted.map((h) => h.spanId),
    claimIds: [...new Set(sorted.map((h) => h.claimId))],
    verdict: mostUrgentVerdict(sorted.map((h) => h.verdict)),
    endVerdict: ending.length > 0 ? mostUrgentVerdict(ending) : '',
    focusSpan: starting?.spanId ?? '',
    children: [run],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  };
}

/** Walks the tree in reading order, keeping the plain-text offset and the spans that may apply. */
class Splitter {
  private next = 0;
  private active: Highlight[] = [];

  /** `offset` is the plain-text offset of the first node visited (0 for the root). */
  constructor(
    private readonly spans: Highlight[],
    private offset = 0,
  ) {}

  /** Returns the node's replacement(s): a text node becomes runs, some wrapped in claim marks. */
  visit(node: AnyNode): AnyNode[] {
    if (typeof node.text === 'string') return this.splitText(node);
    if (node.type === 'linebreak' || node.type === 'tab') {
      this.offset += 1;
      return [node];
    }
    if (!Array.isArray(node.children)) return [node];
    const children = node.children as AnyNode[];
    const out: AnyNode[] = [];
    children.forEach((child, i) => {
      out.push(...this.visit(child));
      if (isBlock(child) && i < children.length - 1) this.offset += BLOCK_SEPARATOR.length;
    });
    return [{ ...node, children: out }];
  }

  private splitText(node: AnyNode): AnyNode[] {
    const text = node.text as string;
    const from = this.offset;
    const to = from + text.length;
    this.offset = to;
    if (text.length === 0) return [node];
    while (this.next < this.spans.length && this.spans[this.next]!.start < to)
      this.active.push(this.spans[this.next++]!);
    this.active = this.active.filter((h) => h.end > from);
    const here = this.active.filter((h) => h.start < to);
    if (here.length === 0) return [node];

    const out: AnyNode[] = [];
    for (const seg of highlightSegments(here, from, to)) {
      const run: AnyNode = { ...node, text: text.slice(seg.start - from, seg.end - from) };
      out.push(
        seg.covering.length > 0 ? (claimMark(run, seg.covering, seg.start, seg.end) as unknown as AnyNode) : run,
      );
    }
    return out;
  }
}

/** The highlights that can be drawn, in reading order (start, then end). */
function usableSpans(highlights: readonly Highlight[]): Highlight[] {
  return highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.end > h.start && h.start >= 0)
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One top-level block of the body with the highlights applied, given the plain-text offset at
 * which the block starts: what applyHighlights puts at that place in the root, so an editor can
 * replace just the blocks whose highlights changed (renderer/editor/changedBlocks.ts).
 */
export function highlightBlock(
  block: SerializedNodeLike,
  blockStart: number,
  highlights: readonly Highlight[],
): SerializedNodeLike {
  const [out] = new Splitter(usableSpans(highlights), blockStart).visit(block as AnyNode);
  return out!;
}

/**
 * The body's serialized editor state with the highlights applied, as JSON text for
 * `editor.parseEditorState`. Highlights outside the text or empty are ignored.
 */
export function applyHighlights(bodyJson: string, highlights: readonly Highlight[]): string {
  const state = JSON.parse(bodyJson) as { root: AnyNode } & Record<string, unknown>;
  const spans = usableSpans(highlights);
  if (spans.length === 0) return bodyJson;
  const [root] = new Splitter(spans).visit(state.root);
  return JSON.stringify({ ...state, root });
}

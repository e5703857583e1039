/**
 * Runs inside the page: finds the n-th occurrence of a quote in the article's rendered text (the
 * DOM text nodes, so the quote must lie within one block) and returns where it is on screen and
 * which highlights cover it; optionally makes it the document's selection, as a script or an
 * assistive tool would.
 */

export interface QuoteQuery {
  quote: string;
  occurrence: number;
  select: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface QuoteInfo {
  /** Just inside the quote's first and last characters, for a mouse drag. */
  start: Point;
  end: Point;
  /** The middle of the quote's first line box, for a click. */
  middle: Point;
  /** The highlight runs (<mark>) inside the quote, in order. */
  marks: {
    text: string;
    verdict: string;
    spanIds: string[];
    claimIds: string[];
    underline: string;
    endSymbol: string;
    classes: string[];
  }[];
  /** True when every character of the quote is inside some highlight. */
  covered: boolean;
}

export function quoteInPage({ quote, occurrence, select }: QuoteQuery): QuoteInfo {
  const root = document.querySelector('.article-text');
  if (!root) throw new Error('No article is open.');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`“${quote}” is not in the article (occurrence ${occurrence}).`);
  }
  const locate = (offset: number, isEnd: boolean) => {
    const hit = nodes.find(
      (n) => (isEnd ? offset > n.start : offset >= n.start) && offset <= n.start + n.node.data.length,
    );
    if (!hit) throw new Error(`offset ${offset} is outside the article text`);
    return { node: hit.node, offset: offset - hit.start };
  };
  const from = locate(at, false);
  const to = locate(at + quote.length, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);

  from.node.parentElement?.scrollIntoView({ block: 'center' });
  const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
  const first = rects[0]!;
  const last = rects[rects.length - 1]!;

  const marks = [...root.querySelectorAll<HTMLElement>('mark.claim-mark')]
    .filter((m) => range.intersectsNode(m) && m.textContent && quote.includes(m.textContent))
    .map((m) => ({
      text: m.textContent ?? '',
      verdict: m.dataset.verdict ?? '',
      spanIds: (m.dataset.spanIds ?? '').split(' ').filter(Boolean),
      claimIds: (m.dataset.claimIds ?? '').split(' ').filter(Boolean),
      underline: getComputedStyle(m).textDecorationStyle,
      endSymbol: m.dataset.endSymbol ?? '',
      classes: [...m.classList],
    }));
  const covered = [...nodes].every((n) => {
    const a = Math.max(at, n.start);
    const b = Math.min(at + quote.length, n.start + n.node.data.length);
    return a >= b || !!n.node.parentElement?.closest('mark.claim-mark');
  });

  if (select) {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return {
    start: { x: first.left + 1, y: first.top + first.height / 2 },
    end: { x: last.right - 1, y: last.top + last.height / 2 },
    middle: { x: first.left + first.width / 2, y: first.top + first.height / 2 },
    marks,
    covered,
  };
}

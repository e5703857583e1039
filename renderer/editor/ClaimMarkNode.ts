/**
 * The highlight of one run of article text covered by one or more claim spans. A subclass of
 * @lexical/mark's MarkNode (its `ids` are the span ids) with its own type 'claim-mark', which
 * shared/text/plainTextProjection.ts counts as inline, so highlights never change offsets.
 *
 * The DOM carries everything the UI needs to find and style a highlight without the editor:
 * `<mark class="claim-mark" data-span-ids data-claim-ids data-verdict data-depth>`; the verdict's
 * symbol is drawn by CSS after the run that ends a span (`data-end-symbol`), so it is never text.
 * A span's first run is its keyboard tab stop (`tabindex="0" data-focus-span`).
 */
import { MarkNode } from '@lexical/mark';
import {
  $applyNodeReplacement,
  $getDocument,
  arrayValue,
  enumValue,
  nodeSchema,
  stringValue,
  withField,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../shared/domain/verdict';
import { CLAIM_MARK_TYPE } from '../../shared/text/applyHighlights';

const END_VERDICTS = ['', ...VERDICTS] as const;

const claimMarkSchema = nodeSchema<ClaimMarkNode>()({
  claimIds: withField(arrayValue(stringValue()), { field: '__claimIds' }),
  verdict: withField(enumValue(VERDICTS, 'unverified'), { field: '__verdict' }),
  endVerdict: withField(enumValue(END_VERDICTS, ''), { field: '__endVerdict' }),
  focusSpan: withField(stringValue(), { field: '__focusSpan' }),
});

export class ClaimMarkNode extends MarkNode {
  /** @internal */
  __claimIds: string[];
  /** @internal */
  __verdict: Verdict;
  /** @internal */
  __endVerdict: Verdict | '';
  /** @internal The span whose first run this is ('' if none): its keyboard tab stop. */
  __focusSpan: string;

  override $config() {
    return this.config(CLAIM_MARK_TYPE, { extends: MarkNode, json: claimMarkSchema });
  }

  constructor(
    spanIds: readonly string[] = [],
    claimIds: readonly string[] = [],
    verdict: Verdict = 'unverified',
    endVerdict: Verdict | '' = '',
    key?: NodeKey,
    focusSpan = '',
  ) {
    super(spanIds, key);
    this.__claimIds = [...claimIds];
    this.__verdict = verdict;
    this.__endVerdict = endVerdict;
    this.__focusSpan = focusSpan;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__claimIds = prevNode.__claimIds;
    this.__verdict = prevNode.__verdict;
    this.__endVerdict = prevNode.__endVerdict;
    this.__focusSpan = prevNode.__focusSpan;
  }

  getClaimIds(): string[] {
    return [...this.getLatest().__claimIds];
  }

  getVerdict(): Verdict {
    return this.getLatest().__verdict;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.classList.add('claim-mark');
    element.dataset.spanIds = this.__ids.join(' ');
    element.dataset.claimIds = this.__claimIds.join(' ');
    element.dataset.verdict = this.__verdict;
    element.dataset.depth = String(Math.min(this.__ids.length, 3));
    if (this.__endVerdict) element.dataset.endSymbol = VERDICT_STYLES[this.__endVerdict].symbol;
    // Tab reaches each highlight once, at its first run, in reading order (HighlightClickPlugin).
    if (this.__focusSpan) {
      element.tabIndex = 0;
      element.dataset.focusSpan = this.__focusSpan;
    }
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    super.updateDOM(prevNode, element, config);
    return (
      prevNode.__ids.join(' ') !== this.__ids.join(' ') ||
      prevNode.__claimIds.join(' ') !== this.__claimIds.join(' ') ||
      prevNode.__verdict !== this.__verdict ||
      prevNode.__endVerdict !== this.__endVerdict ||
      prevNode.__focusSpan !== this.__focusSpan
    );
  }

  /** Copy and HTML export keep the highlight as `<mark data-claim-ids>` (MarkNode drops it). */
  override exportDOM(): DOMExportOutput {
    const element = $getDocument().createElement('mark');
    element.setAttribute('data-claim-ids', this.__claimIds.join(' '));
    return { element };
  }

  override excludeFromCopy(): boolean {
    return false;
  }
}

export function $createClaimMarkNode(
  spanIds: readonly string[],
  claimIds: readonly string[],
  verdict: Verdict,
  endVerdict: Verdict | '' = '',
): ClaimMarkNode {
  return $applyNodeReplacement(new ClaimMarkNode(spanIds, claimIds, verdict, endVerdict));
}

export function $isClaimMarkNode(node: LexicalNode | null | undefined): node is ClaimMarkNode {
  return node instanceof ClaimMarkNode;
}

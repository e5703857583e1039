/**
 * What the single-key shortcuts do: move to the next or previous highlight in the open article
 * (scrolling to it, focusing it and selecting its claim), and set the selected claim's verdict.
 */
import type { Verdict } from '../../shared/domain/verdict';
import { VERDICT_STYLES } from '../../shared/domain/verdict';
import { announce } from '../stores/announceStore';
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { uiState } from '../stores/uiStore';
import { updateClaim } from './claimActions';
import { focusSpan } from './navigation';

/** Highlights in reading order, one per span (the list is sorted by start already; kept safe). */
const ordered = () => [...articleState().highlights].sort((a, b) => a.start - b.start || a.end - b.end);

export function moveToHighlight(delta: 1 | -1): void {
  const list = ordered();
  if (list.length === 0) {
    announce('This article has no highlights');
    return;
  }
  const current = list.findIndex((h) => h.spanId === uiState().focusedSpanId);
  const index = current === -1 ? (delta === 1 ? 0 : list.length - 1) : current + delta;
  const target = list[index];
  if (!target) {
    announce(delta === 1 ? 'Last highlight' : 'First highlight');
    return;
  }
  focusSpan(target.spanId);
  uiState().flashSpan(target.spanId);
  // Keyboard focus follows when the span's first run is its tab stop, so Delete and Tab continue from it.
  const mark = document.querySelector<HTMLElement>(`mark[data-focus-span="${CSS.escape(target.spanId)}"]`);
  mark?.focus({ preventScroll: true });
  const claim = claimState().claims.find((c) => c.id === target.claimId);
  announce(`Highlight ${index + 1} of ${list.length}${claim ? `: ${claim.text}` : ''}`);
}

/** Sets the selected claim's verdict (1/2/3 or U/D/V). */
export function setSelectedVerdict(verdict: Verdict): void {
  const claim = claimState().detail?.claim;
  if (!claim) {
    announce('Select a claim first');
    return;
  }
  if (claim.verdict === verdict) {
    announce(`Already ${VERDICT_STYLES[verdict].label}`);
    return;
  }
  void updateClaim(claim.id, { verdict });
}

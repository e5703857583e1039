/**
 * A click on a highlight selects its claim. Where highlights of several claims overlap, the
 * innermost (shortest) span wins, clicking the same place again cycles to the next claim, and a
 * small chooser lists them all. Links in the article never navigate the window.
 *
 * From the keyboard, Tab reaches each highlight (see HighlightStatePlugin) and focusing one
 * selects its claim, so Delete then removes exactly that highlight.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { focusSpan } from '../../actions/navigation';
import { articleState } from '../../stores/articleStore';
import { uiState } from '../../stores/uiStore';
import { sheetRectOf } from '../sheetRect';

/** One span per claim under the click, innermost first (the mark lists spans shortest first). */
function spansByClaim(spanIds: readonly string[]): string[] {
  const claimOf = new Map(articleState().highlights.map((h) => [h.spanId, h.claimId]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const spanId of spanIds) {
    const claimId = claimOf.get(spanId);
    if (claimId && !seen.has(claimId)) {
      seen.add(claimId);
      out.push(spanId);
    }
  }
  return out;
}

function onClick(e: MouseEvent): void {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return;
  if (target.closest('a')) e.preventDefault();
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed) return; // the end of a drag, not a click
  const mark = target.closest<HTMLElement>('mark.claim-mark');
  if (!mark) {
    uiState().setOverlap(null);
    uiState().setFocusedSpan(null);
    return;
  }
  const candidates = spansByClaim((mark.dataset.spanIds ?? '').split(' ').filter(Boolean));
  if (candidates.length === 0) return;
  const current = candidates.indexOf(uiState().focusedSpanId ?? '');
  const chosen = candidates[(current + 1) % candidates.length]!;
  focusSpan(chosen);
  const at = new DOMRect(e.clientX, e.clientY, 0, 0);
  uiState().setOverlap(candidates.length > 1 ? { spanIds: candidates, rect: sheetRectOf(mark, at) } : null);
}

function onFocusIn(e: FocusEvent): void {
  const mark = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('mark[data-focus-span]') : null;
  // A mouse click focuses the mark too (not :focus-visible); the click handler decides then.
  if (mark?.dataset.focusSpan && mark.matches(':focus-visible')) focusSpan(mark.dataset.focusSpan);
}

function onKeyDown(e: KeyboardEvent): void {
  if (
    (e.key === 'Enter' || e.key === ' ') &&
    e.target instanceof HTMLElement &&
    e.target.matches('mark[data-focus-span]')
  ) {
    e.preventDefault();
    focusSpan(e.target.dataset.focusSpan!);
  }
}

export function HighlightClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        previous?.removeEventListener('focusin', onFocusIn);
        previous?.removeEventListener('keydown', onKeyDown);
        root?.addEventListener('click', onClick);
        root?.addEventListener('focusin', onFocusIn);
        root?.addEventListener('keydown', onKeyDown);
      }),
    [editor],
  );
  return null;
}

/**
 * Shows a passage asked for by a search hit: once the article's text is on screen, scrolls the
 * passage to the middle of the view and paints it (CSS Custom Highlight API, no DOM change to the
 * Lexical tree) for a few seconds, the way a jump to a highlight flashes it.
 */
import { useEffect } from 'react';
import { uiState, useUiStore } from '../../stores/uiStore';
import { passageRange } from './passageRange';

export const PASSAGE_HIGHLIGHT = 'claimdesk-passage';
const SHOW_MS = 4000;
const MAX_FRAMES = 120;

/** Outlives the effect: clearing the request re-runs it, and the paint must still go on time. */
let hideTimer = 0;

export function PassageFlash({ articleId, plainText }: { articleId: string; plainText: string }) {
  const passage = useUiStore((s) => s.passage);

  useEffect(() => {
    if (!passage || passage.articleId !== articleId || typeof Highlight === 'undefined') return;
    const wanted = plainText.slice(passage.start, passage.end);
    let frame = 0;
    let raf = 0;
    const attempt = () => {
      const root = document.querySelector<HTMLElement>('.article-pane .article-text');
      const range = root ? passageRange(root, passage.start, passage.end) : null;
      // The text may still be loading (or be the previous article's): wait until the range reads right.
      if (!range || range.toString() !== wanted) {
        if (++frame < MAX_FRAMES) raf = requestAnimationFrame(attempt);
        return;
      }
      const scroller = root!.closest('.article-scroll');
      const box = range.getBoundingClientRect();
      if (scroller) {
        const view = scroller.getBoundingClientRect();
        scroller.scrollBy({ top: box.top - view.top - view.height / 2 + box.height / 2, behavior: 'smooth' });
      }
      CSS.highlights.set(PASSAGE_HIGHLIGHT, new Highlight(range));
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => CSS.highlights.delete(PASSAGE_HIGHLIGHT), SHOW_MS);
      uiState().clearPassage();
    };
    attempt();
    return () => cancelAnimationFrame(raf);
  }, [passage, articleId, plainText]);

  useEffect(() => () => void CSS.highlights?.delete(PASSAGE_HIGHLIGHT), [articleId]);
  return null;
}

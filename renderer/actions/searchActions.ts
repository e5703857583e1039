/**
 * Opening a search hit: an article hit opens the article and shows the matched passage (scrolled
 * to and painted); a claim hit selects the claim; an evidence hit selects its claim and scrolls the
 * evidence into view.
 */
import type { MethodResult } from '../../shared/ipc/contract';
import { announce } from '../stores/announceStore';
import { uiState } from '../stores/uiStore';
import { openArticle, selectClaim } from './navigation';

export type SearchHit = MethodResult<'search'>['hits'][number];

/** Waits (a few frames at most) for an element the next render will show, then scrolls to it. */
function revealWhenShown(selector: string): void {
  let frames = 0;
  const look = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) {
      if (++frames < 60) requestAnimationFrame(look);
      return;
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.remove('is-flashing');
    void el.offsetWidth; // restart the animation when the same element flashes twice
    el.classList.add('is-flashing');
    window.setTimeout(() => el.classList.remove('is-flashing'), 1600);
  };
  look();
}

export async function openSearchHit(hit: SearchHit): Promise<void> {
  uiState().setSearchOpen(false);
  switch (hit.kind) {
    case 'article':
      if (!hit.articleId) return;
      await openArticle(hit.articleId);
      if (hit.match) uiState().showPassage(hit.articleId, hit.match.start, hit.match.end);
      announce(`Opened “${hit.title}”${hit.match ? ' at the match' : ''}`);
      return;
    case 'claim':
      if (!hit.claimId) return;
      await selectClaim(hit.claimId);
      revealWhenShown('section[aria-label="Claim detail"]');
      announce(`Selected claim: ${hit.title}`);
      return;
    case 'evidence':
      if (!hit.claimId) return;
      await selectClaim(hit.claimId);
      revealWhenShown(`.evidence[data-evidence-id="${CSS.escape(hit.id)}"]`);
      announce(`Selected the claim of evidence: ${hit.title}`);
      return;
  }
}

/**
 * Where highlights of several claims overlap, a small menu at the click lists them (innermost
 * first) so the user can pick which claim to open; clicking the text again cycles through them.
 */
import { useEffect, useRef } from 'react';
import { focusSpan } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { useClaimStore } from '../../stores/claimStore';
import { useUiStore } from '../../stores/uiStore';
import { truncate } from '../../utils/format';
import { VerdictBadge } from '../common/VerdictBadge';

export function OverlapChooser() {
  const overlap = useUiStore((s) => s.overlap);
  const focused = useUiStore((s) => s.focusedSpanId);
  const setOverlap = useUiStore((s) => s.setOverlap);
  const highlights = useArticleStore((s) => s.highlights);
  const claims = useClaimStore((s) => s.claims);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!overlap) return;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Element | null;
      if (box.current?.contains(t) || t?.closest('mark.claim-mark')) return;
      setOverlap(null);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [overlap, setOverlap]);

  if (!overlap) return null;
  const left = Math.min(overlap.rect.left + 8, overlap.rect.sheetWidth - 320);
  const top = overlap.rect.placement === 'below' ? overlap.rect.top + 16 : overlap.rect.top - 12;
  const rows = overlap.spanIds
    .map((spanId) => {
      const h = highlights.find((x) => x.spanId === spanId);
      const claim = h ? claims.find((c) => c.id === h.claimId) : undefined;
      return h && claim ? { spanId, claim } : null;
    })
    .filter((r) => r !== null);

  return (
    <div
      ref={box}
      className={`popover overlap-chooser popover-${overlap.rect.placement}`}
      role="menu"
      aria-label="Overlapping claims"
      style={{ left, top }}
    >
      <div className="popover-heading">{rows.length} claims overlap here</div>
      {rows.map(({ spanId, claim }) => (
        <button
          key={spanId}
          type="button"
          role="menuitemradio"
          aria-checked={focused === spanId}
          className={`popover-item ${focused === spanId ? 'is-active' : ''}`}
          onClick={() => focusSpan(spanId)}
        >
          <VerdictBadge verdict={claim.verdict} compact />
          <span className="popover-item-text">{truncate(claim.text, 70)}</span>
        </button>
      ))}
    </div>
  );
}

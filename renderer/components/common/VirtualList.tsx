/**
 * A list that renders only the rows in view (plus a few either side) when it is long: 20,000
 * claims become ~30 DOM rows, so opening a large project and re-rendering after a change stay
 * fast. Rows have one fixed height while windowed; short lists (the usual case) render every row
 * as a plain list, exactly as before. Hand-written: a fixed-row-height window is a few lines,
 * not worth a dependency.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** Lists longer than this are windowed. */
export const WINDOW_FROM = 200;
const OVERSCAN = 6;

interface Props<T> {
  items: readonly T[];
  /** Row height in px while windowed (rows are clipped to it). */
  rowHeight: number;
  /** One row: an <li>, given `style` to put on it (its fixed height while windowed). */
  renderItem(item: T, index: number, style?: CSSProperties): ReactNode;
  /** Brought into view when it changes (e.g. the selected row). */
  scrollToIndex?: number;
  className: string;
  ariaLabel?: string;
  /** Rendered after the rows (e.g. a "nothing matches" line). */
  footer?: ReactNode;
}

export function VirtualList<T>({
  items,
  rowHeight,
  renderItem,
  scrollToIndex,
  className,
  ariaLabel,
  footer,
}: Props<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const windowed = items.length > WINDOW_FROM;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !windowed) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [windowed]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !windowed || scrollToIndex === undefined || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [scrollToIndex, rowHeight, windowed]);

  if (!windowed) {
    return (
      <ul ref={ref} className={className} role="list" aria-label={ariaLabel}>
        {items.map((item, i) => renderItem(item, i))}
        {footer}
      </ul>
    );
  }
  const rowStyle: CSSProperties = { height: rowHeight, overflow: 'hidden' };
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  return (
    <ul ref={ref} className={`${className} is-windowed`} role="list" aria-label={ariaLabel}>
      {/* Spacers keep the scroll height of the whole list; hidden from assistive tech. */}
      <li aria-hidden="true" className="virtual-spacer" style={{ height: first * rowHeight }} />
      {items.slice(first, last).map((item, i) => renderItem(item, first + i, rowStyle))}
      <li aria-hidden="true" className="virtual-spacer" style={{ height: (items.length - last) * rowHeight }} />
      {footer}
    </ul>
  );
}

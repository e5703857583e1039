/**
 * Marks which highlights belong to the selected claim (outlined) and which one the user clicked
 * (focused), and titles each with its claims' text, by toggling classes on the rendered <mark>s
 * after every editor update: no editor state change, so the text selection survives.
 *
 * A span is often several <mark> runs (overlaps and formatting split it), so the outline is drawn
 * as top/bottom edges on every run plus a left edge on the span's first run and a right edge on
 * its last: one box around the passage, not a box per run.
 *
 * The first run of each span is also a tab stop (`data-focus-span` names the span), so keyboard
 * users reach highlights in reading order like links; HighlightClickPlugin handles their focus.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { Claim } from '../../../shared/domain/types';
import { VERDICT_STYLES } from '../../../shared/domain/verdict';
import { useArticleStore } from '../../stores/articleStore';
import { useClaimStore } from '../../stores/claimStore';
import { useUiStore } from '../../stores/uiStore';
import { truncate } from '../../utils/format';

const STATE_CLASSES = [
  'is-selected',
  'is-selected-first',
  'is-selected-last',
  'is-focused',
  'is-focused-first',
  'is-focused-last',
];

interface MarkInfo {
  el: HTMLElement;
  spanIds: string[];
  claimIds: string[];
}

/** Adds `${name}`, `${name}-first`, `${name}-last` to the runs of every span that `wanted` accepts. */
function outline(
  marks: readonly MarkInfo[],
  wanted: (m: MarkInfo, spanId: string) => boolean,
  name: string,
  add: (el: HTMLElement, c: string) => void,
) {
  const firstOf = new Map<string, HTMLElement>();
  const lastOf = new Map<string, HTMLElement>();
  for (const m of marks) {
    for (const spanId of m.spanIds) {
      if (!wanted(m, spanId)) continue;
      add(m.el, name);
      if (!firstOf.has(spanId)) firstOf.set(spanId, m.el);
      lastOf.set(spanId, m.el);
    }
  }
  firstOf.forEach((el) => add(el, `${name}-first`));
  lastOf.forEach((el) => add(el, `${name}-last`));
}

function titleOf(claimIds: readonly string[], byId: ReadonlyMap<string, Claim>): string {
  return claimIds
    .map((id) => byId.get(id))
    .filter((c) => c !== undefined)
    .map((c) => `${VERDICT_STYLES[c.verdict].symbol} ${VERDICT_STYLES[c.verdict].label}: ${truncate(c.text, 90)}`)
    .join('\n');
}

export function HighlightStatePlugin() {
  const [editor] = useLexicalComposerContext();
  const selectedClaimId = useClaimStore((s) => s.selectedId);
  const claims = useClaimStore((s) => s.claims);
  const focusedSpanId = useUiStore((s) => s.focusedSpanId);
  const highlights = useArticleStore((s) => s.highlights);

  useEffect(() => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const claimOfSpan = new Map(highlights.map((h) => [h.spanId, h.claimId]));
    const apply = () => {
      const root = editor.getRootElement();
      if (!root) return;
      const marks: MarkInfo[] = [...root.querySelectorAll<HTMLElement>('mark.claim-mark')].map((el) => ({
        el,
        spanIds: (el.dataset.spanIds ?? '').split(' ').filter(Boolean),
        claimIds: (el.dataset.claimIds ?? '').split(' ').filter(Boolean),
      }));
      const wantedClasses = new Map<HTMLElement, Set<string>>();
      const add = (el: HTMLElement, c: string) => wantedClasses.set(el, (wantedClasses.get(el) ?? new Set()).add(c));
      if (focusedSpanId) outline(marks, (_m, spanId) => spanId === focusedSpanId, 'is-focused', add);
      if (selectedClaimId)
        outline(marks, (_m, spanId) => claimOfSpan.get(spanId) === selectedClaimId, 'is-selected', add);
      const tabStops = new Map<HTMLElement, string>();
      const seen = new Set<string>();
      for (const m of marks) {
        const fresh = m.spanIds.find((id) => !seen.has(id));
        m.spanIds.forEach((id) => seen.add(id));
        if (fresh) tabStops.set(m.el, fresh);
      }
      for (const m of marks) {
        const stop = tabStops.get(m.el);
        if (stop) {
          m.el.tabIndex = 0;
          m.el.dataset.focusSpan = stop;
        } else {
          m.el.removeAttribute('tabindex');
          delete m.el.dataset.focusSpan;
        }
        const want = wantedClasses.get(m.el);
        for (const c of STATE_CLASSES) m.el.classList.toggle(c, want?.has(c) ?? false);
        m.el.title = titleOf(m.claimIds, byId);
      }
    };
    apply();
    return editor.registerUpdateListener(apply);
  }, [editor, selectedClaimId, focusedSpanId, claims, highlights]);
  return null;
}

/**
 * Marks which highlights belong to the selected claim (outlined) and which one the user clicked
 * (focused), and titles each with its claims' text, by toggling classes on the rendered <mark>s
 * after every editor update: no editor state change, so the text selection survives.
 *
 * Titles (the claims' text) are set when the pointer or keyboard focus reaches a mark, not on
 * every mark after every update: a long article has thousands of marks.
 *
 * A span is often several <mark> runs (overlaps and formatting split it), so the outline is drawn
 * as top/bottom edges on every run plus a left edge on the span's first run and a right edge on
 * its last: one box around the passage, not a box per run.
 *
 * The first run of each span is the span's tab stop (ClaimMarkNode draws it from applyHighlights'
 * `focusSpan`), so keyboard users reach highlights in reading order like links.
 *
 * Only the marks of the focused span and the selected claim are looked up (attribute selectors),
 * and only marks that carry a class are cleared: on a 5,000-highlight article an update touches
 * a handful of elements.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef } from 'react';
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

/** The claims' text as a tooltip, set when the pointer or focus reaches a mark (not on all 5,000). */
function titleOnDemand(e: Event, byId: ReadonlyMap<string, Claim>): void {
  const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('mark.claim-mark') : null;
  if (mark) mark.title = titleOf((mark.dataset.claimIds ?? '').split(' ').filter(Boolean), byId);
}

export function HighlightStatePlugin() {
  const [editor] = useLexicalComposerContext();
  const selectedClaimId = useClaimStore((s) => s.selectedId);
  const claims = useClaimStore((s) => s.claims);
  const focusedSpanId = useUiStore((s) => s.focusedSpanId);
  const highlights = useArticleStore((s) => s.highlights);

  useEffect(() => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const onPointer = (e: Event) => titleOnDemand(e, byId);
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mouseover', onPointer);
      previous?.removeEventListener('focusin', onPointer);
      root?.addEventListener('mouseover', onPointer);
      root?.addEventListener('focusin', onPointer);
    });
  }, [editor, claims]);

  // What the marks should show; the update listener below reads the latest of it.
  const wanted = useRef({ selectedClaimId, focusedSpanId, claimOfSpan: new Map<string, string>() });
  const styled = useRef(new Set<HTMLElement>());

  /** Puts the outline classes on the marks that need them and takes them off the others. */
  const apply = useRef(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const { selectedClaimId, focusedSpanId, claimOfSpan } = wanted.current;
    const relevant = new Set<HTMLElement>();
    if (focusedSpanId)
      root
        .querySelectorAll<HTMLElement>(`mark[data-span-ids~="${CSS.escape(focusedSpanId)}"]`)
        .forEach((el) => relevant.add(el));
    if (selectedClaimId)
      root
        .querySelectorAll<HTMLElement>(`mark[data-claim-ids~="${CSS.escape(selectedClaimId)}"]`)
        .forEach((el) => relevant.add(el));
    const marks: MarkInfo[] = [...relevant]
      .sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map((el) => ({ el, spanIds: (el.dataset.spanIds ?? '').split(' ').filter(Boolean) }));
    const wantedClasses = new Map<HTMLElement, Set<string>>();
    const add = (el: HTMLElement, c: string) => wantedClasses.set(el, (wantedClasses.get(el) ?? new Set()).add(c));
    if (focusedSpanId) outline(marks, (_m, spanId) => spanId === focusedSpanId, 'is-focused', add);
    if (selectedClaimId)
      outline(marks, (_m, spanId) => claimOfSpan.get(spanId) === selectedClaimId, 'is-selected', add);
    for (const el of styled.current) {
      if (!wantedClasses.has(el)) for (const c of STATE_CLASSES) el.classList.remove(c);
    }
    styled.current.clear();
    wantedClasses.forEach((want, el) => {
      for (const c of STATE_CLASSES) el.classList.toggle(c, want.has(c));
      styled.current.add(el);
    });
  });

  // Before paint: a new highlight shows focused in the same frame it appears.
  useLayoutEffect(() => {
    wanted.current = {
      selectedClaimId,
      focusedSpanId,
      claimOfSpan: new Map(highlights.map((h) => [h.spanId, h.claimId])),
    };
    apply.current();
  }, [selectedClaimId, focusedSpanId, highlights]);

  useEffect(() => {
    let queued = false;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // A selection change redraws no mark; several updates in one task are handled once.
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        apply.current();
      });
    });
  }, [editor]);
  return null;
}

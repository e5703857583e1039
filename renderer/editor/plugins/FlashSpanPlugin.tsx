/**
 * After a jump to an appearance: once the span's highlight is rendered (the article may still be
 * loading), scroll it to the middle of the view and flash it, then forget the request.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { uiState, useUiStore } from '../../stores/uiStore';

const FLASH_MS = 1600;

function flashMarks(root: HTMLElement, spanId: string): boolean {
  const marks = [...root.querySelectorAll<HTMLElement>(`mark[data-span-ids~="${CSS.escape(spanId)}"]`)];
  if (marks.length === 0) return false;
  marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const m of marks) {
    m.classList.remove('is-flashing');
    void m.offsetWidth; // restart the animation when the same highlight flashes twice
    m.classList.add('is-flashing');
  }
  window.setTimeout(() => marks.forEach((m) => m.classList.remove('is-flashing')), FLASH_MS);
  return true;
}

export function FlashSpanPlugin() {
  const [editor] = useLexicalComposerContext();
  const flash = useUiStore((s) => s.flash);

  useEffect(() => {
    if (!flash) return;
    const attempt = (): boolean => {
      const root = editor.getRootElement();
      if (!root || !flashMarks(root, flash.spanId)) return false;
      uiState().clearFlash();
      return true;
    };
    if (attempt()) return;
    const unregister = editor.registerUpdateListener(() => {
      if (attempt()) unregister();
    });
    return unregister;
  }, [editor, flash]);
  return null;
}

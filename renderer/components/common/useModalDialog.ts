/**
 * Drives a native modal <dialog> from a store flag: shows it (focus moves inside, the page
 * behind goes inert, Esc closes it) when the flag turns on, closes it when the flag turns off.
 */
import { useEffect, useRef } from 'react';

export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}

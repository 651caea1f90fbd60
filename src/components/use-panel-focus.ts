import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Where focus goes when what opened a panel is gone: the map tools, never the page body. */
const FALLBACK_ID = 'map-tools';

/**
 * Focus that follows the user: when the panel opens, it scrolls into view and its first control (or
 * the first match of `initial`) takes focus; Escape inside it calls `onClose`; when it closes, focus
 * goes back to what had it before (the button or node that opened it), never to the page body.
 */
export function usePanelFocus(ref: RefObject<HTMLElement | null>, options: { onClose?: () => void; initial?: string } = {}): void {
  const onClose = useRef(options.onClose);
  useEffect(() => {
    onClose.current = options.onClose;
  });
  const initial = options.initial;
  useEffect(() => {
    const panel = ref.current;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (panel !== null) {
      panel.scrollIntoView({ block: 'nearest' });
      const target = (initial === undefined ? null : panel.querySelector<HTMLElement>(initial)) ?? panel.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus({ preventScroll: true });
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || onClose.current === undefined) return;
      event.stopPropagation();
      onClose.current();
    };
    panel?.addEventListener('keydown', onKey);
    return () => {
      panel?.removeEventListener('keydown', onKey);
      // React has removed the panel by the time this runs its timer: focus is on the body then.
      window.setTimeout(() => {
        const now = document.activeElement;
        if (now !== null && now !== document.body) return;
        if (opener?.isConnected === true) opener.focus();
        else document.getElementById(FALLBACK_ID)?.focus();
      }, 0);
    };
  }, [ref, initial]);
}

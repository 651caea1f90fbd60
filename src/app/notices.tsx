import { useEffect, useRef, type FocusEvent, type PointerEvent } from 'react';
import { actions, useAppStore } from '../state/store';

function focusFellToBody(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Tells a timed notice whether the person is at it: pointer over it or focus inside it. Asked
 * after each event, so moving focus within the notice or the pointer between its buttons keeps it.
 */
function holdProps(hold: ((held: boolean) => void) | undefined) {
  if (hold === undefined) return {};
  const update = (el: HTMLElement, pointerIn: boolean | null, focusTo: EventTarget | null | undefined): void => {
    const pointer = pointerIn ?? el.matches(':hover');
    const focus = focusTo === undefined ? el.contains(document.activeElement) : focusTo instanceof Node && el.contains(focusTo);
    hold(pointer || focus);
  };
  return {
    onPointerEnter: (e: PointerEvent<HTMLElement>) => {
      update(e.currentTarget, true, undefined);
    },
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      update(e.currentTarget, false, undefined);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      update(e.currentTarget, null, e.target);
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      update(e.currentTarget, null, e.relatedTarget);
    },
  };
}

/** Messages for the user (unknown ids in a link, load problems, an undo), each dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  // When a notice that held focus goes (dismissed, acted on, timed out), focus would fall to the
  // page body: it goes to the panels, else the map tools.
  const holdsFocus = useRef(false);
  useEffect(() => {
    if (holdsFocus.current && focusFellToBody()) (document.getElementById('panels') ?? document.getElementById('map-tools'))?.focus();
    holdsFocus.current = false;
  }, [notices]);
  const onFocus = (): void => {
    holdsFocus.current = true;
  };
  const onBlur = (event: FocusEvent<HTMLElement>): void => {
    // Focus moved elsewhere on the page; a blur to nothing is the notice being removed.
    if (event.relatedTarget !== null) holdsFocus.current = false;
  };
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite" onFocus={onFocus} onBlur={onBlur}>
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} {...holdProps(n.action?.hold)}>
          <span id={`notice-${n.id}`}>{n.text}</span>
          {n.action !== undefined && (
            <button type="button" className="btn btn-small notice-action" aria-describedby={`notice-${n.id}`} onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          <button type="button" className="close" aria-label="Dismiss" onClick={() => {
            actions.dismiss(n.id);
          }}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

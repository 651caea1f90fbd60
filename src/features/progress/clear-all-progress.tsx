import { useEffect, useRef, useState } from 'react';
import { progressActions } from '../../state/progress-store';

/**
 * "Clear all progress…": asks first, in the page (Cancel has focus, so a second Enter cannot wipe
 * everything by accident), then clears; the notice that follows offers Undo for ten seconds.
 */
export function ClearAllProgress({ count }: { count: number }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    // Back from the question (Cancel, Escape): focus returns to the button that asked.
    else if (wasAsking.current && (document.activeElement === document.body || document.activeElement === null)) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  useEffect(() => {
    const el = question.current;
    if (el === null) return;
    // Escape answers the question instead of closing the whole panel: a native listener here runs
    // before the panel's own (use-panel-focus.ts).
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setAsking(false);
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [asking]);
  if (!asking) {
    return (
      <div className="toolbar clear-progress">
        <button ref={opener} type="button" className="btn btn-small" disabled={count === 0} onClick={() => {
          setAsking(true);
        }}>
          Clear all progress…
        </button>
      </div>
    );
  }
  return (
    <div ref={question} className="clear-progress-confirm" role="group" aria-labelledby="clear-progress-question">
      <p id="clear-progress-question" className="small">
        Clear all {count} mark{count === 1 ? '' : 's'} on this map? You can undo it for a few seconds.
      </p>
      <div className="toolbar">
        <button ref={cancel} type="button" className="btn btn-small" onClick={() => {
          setAsking(false);
        }}>
          Cancel
        </button>
        <button type="button" className="btn btn-small" onClick={() => {
          progressActions.clearAll();
          setAsking(false);
          // The question is gone and the button that asked is disabled (nothing left to clear):
          // focus goes to Undo in the notice, the one thing a keyboard user may want next.
          requestAnimationFrame(() => {
            document.querySelector<HTMLElement>('.notice-action[aria-describedby="notice-progress-cleared"]')?.focus();
          });
        }}>
          Clear all
        </button>
      </div>
    </div>
  );
}

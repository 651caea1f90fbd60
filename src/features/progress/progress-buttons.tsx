import { useId, useState } from 'react';
import { earnedOn, markOf, type Mark } from '../../core/index';
import { localDay, progressActions, useProgressStore } from '../../state/progress-store';

export const MARK_LABEL: Record<Mark, string> = { done: 'Done', doing: 'In progress', planned: 'Planned' };
/** Keyboard shortcuts on the selected node. */
export const MARK_KEYS: Record<string, Mark | null> = { d: 'done', i: 'doing', p: 'planned', u: null };

/** Mark the selected node done, in progress or planned (shortcuts D, I, P; U clears). */
export function ProgressButtons({ id }: { id: string }) {
  const progress = useProgressStore((s) => s.progress);
  if (progress === null) return null;
  const current = markOf(progress, id);
  return (
    <>
    <div className="segmented progress-buttons" role="group" aria-label="My progress">
      {(Object.keys(MARK_LABEL) as Mark[]).map((mark) => (
        <button
          key={mark}
          type="button"
          className={`btn btn-small mark-${mark}`}
          aria-pressed={current === mark}
          title={`${MARK_LABEL[mark]} (key ${mark === 'doing' ? 'I' : mark[0]?.toUpperCase() ?? ''})`}
          onClick={() => {
            progressActions.mark(id, current === mark ? null : mark);
          }}
        >
          {mark === 'done' ? '✓ ' : mark === 'doing' ? '◐ ' : '○ '}
          {MARK_LABEL[mark]}
        </button>
      ))}
    </div>
    {current === 'done' && <EarnedOnField id={id} />}
    </>
  );
}

/**
 * The date a done node was earned, editable: it starts as the day it was marked done, and renewals
 * are counted from it. Marks saved before dates existed show an empty field to fill in.
 */
export function EarnedOnField({ id, label = 'Earned on' }: { id: string; label?: string }) {
  const progress = useProgressStore((s) => s.progress);
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  if (progress === null || markOf(progress, id) !== 'done') return null;
  const earned = earnedOn(progress, id);
  const today = localDay(new Date());
  return (
    <div className="earned-on small">
      <label htmlFor={inputId}>{label}</label>{' '}
      <input
        id={inputId}
        type="date"
        value={earned ?? ''}
        max={today}
        required
        aria-describedby={error === null ? undefined : `${inputId}-error`}
        onChange={(e) => {
          const day = e.target.value;
          if (day === '') return;
          if (day > today) {
            setError(`The date earned cannot be after today (${today}).`);
            return;
          }
          setError(progressActions.setEarnedOn(id, day) ? null : `“${day}” is not a date.`);
        }}
      />
      {earned === null && error === null && <span className="muted"> not recorded (marked before dates were kept)</span>}
      {error !== null && (
        <span id={`${inputId}-error`} className="route-failure" role="alert">
          {' '}
          {error}
        </span>
      )}
    </div>
  );
}

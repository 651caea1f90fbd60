import { markOf, type Mark } from '../../core/index';
import { progressActions, useProgressStore } from '../../state/progress-store';

export const MARK_LABEL: Record<Mark, string> = { done: 'Done', doing: 'In progress', planned: 'Planned' };
/** Keyboard shortcuts on the selected node. */
export const MARK_KEYS: Record<string, Mark | null> = { d: 'done', i: 'doing', p: 'planned', u: null };

/** Mark the selected node done, in progress or planned (shortcuts D, I, P; U clears). */
export function ProgressButtons({ id }: { id: string }) {
  const progress = useProgressStore((s) => s.progress);
  if (progress === null) return null;
  const current = markOf(progress, id);
  return (
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
  );
}

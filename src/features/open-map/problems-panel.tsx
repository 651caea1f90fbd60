import { formatPath } from '../../core/index';
import { useRef } from 'react';
import type { LoadProblems } from '../../state/map-loader';
import { usePanelFocus } from '../../components/use-panel-focus';

/** Every problem of a refused map file, with where it is and how to fix it. */
export function ProblemsPanel({ problems, onClose }: { problems: LoadProblems; onClose: () => void }) {
  const count = problems.problems.length;
  const panel = useRef<HTMLElement>(null);
  usePanelFocus(panel, { onClose });
  return (
    <section className="panel problems" role="alert" aria-labelledby="problems-title" ref={panel}>
      <div className="panel-head">
        <div>
          <h2 id="problems-title">
            {problems.source} was not opened: {count} problem{count === 1 ? '' : 's'}
          </h2>
          <p className="muted small">The map on screen is unchanged. Fix the file and open it again.</p>
        </div>
        <button type="button" className="close" aria-label="Close problems" onClick={onClose}>
          ×
        </button>
      </div>
      <ol className="problem-list">
        {problems.problems.slice(0, 200).map((p, i) => (
          <li key={i}>
            <div className="problem-where small">
              {p.line === undefined ? 'whole file' : `line ${p.line}, column ${p.column ?? 1}`} · <code>{formatPath(p.path)}</code>
            </div>
            <div>{p.message}</div>
            {p.hint !== undefined && <div className="muted small">How to fix: {p.hint}</div>}
          </li>
        ))}
      </ol>
      {count > 200 && <p className="muted small">…and {count - 200} more. Run `npx pathwise validate` on the file for the full list.</p>}
    </section>
  );
}

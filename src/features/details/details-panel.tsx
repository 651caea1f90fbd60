import { judgedFacts, localIsoDate, nodeRelations, staleAfter, type GraphNode, type PathwiseGraph } from '../../core/index';
import { ExternalLink } from '../../components/external-link';
import { useRef } from 'react';
import { actions, useAppStore } from '../../state/store';
import { usePanelFocus } from '../../components/use-panel-focus';
import { FactAge } from './fact-age';
import { FactFlag } from './fact-flag';
import { NodeFacts } from './node-facts';
import { RenewalFact } from './renewal-fact';

const KIND_TITLE = { certification: 'Certification', role: 'Role', skill: 'Skill', experience: 'Requirement', track: 'Track' } as const;

export interface DetailsPanelProps {
  readonly model: PathwiseGraph;
  readonly node: GraphNode;
  /** Extra actions from other features (route ends, avoid, progress), rendered under the title. */
  readonly children?: React.ReactNode;
  /** Today's date (YYYY-MM-DD) to judge facts against; default the person's local today. */
  readonly today?: string;
}

/** Everything known about the selected node, with its relations as links that move the selection. */
export function DetailsPanel({ model, node, children, today = localIsoDate(new Date()) }: DetailsPanelProps) {
  const focus = useAppStore((s) => s.focus);
  const judged = judgedFacts(node, model.meta, today, staleAfter(model.meta));
  const relations = nodeRelations(model, node.id);
  const select = (id: string) => {
    actions.select(id, { centre: true });
  };
  const label = (id: string) => model.byId.get(id)?.label ?? id;
  const tracks = (node.tracks ?? []).map((t) => model.byId.get(t)).filter((t) => t !== undefined);
  const focused = focus?.id === node.id;
  const panel = useRef<HTMLElement>(null);
  usePanelFocus(panel, {
    onClose: () => {
      actions.select(null);
    },
    initial: '.details-actions button',
  });

  return (
    <section className="panel details" aria-labelledby="details-title" ref={panel}>
      <div className="panel-head">
        <div>
          <div className="muted small">{KIND_TITLE[node.kind]}</div>
          <h2 id="details-title">{node.label}</h2>
        </div>
        <button type="button" className="close" aria-label="Close details" onClick={() => {
          actions.select(null);
        }}>
          ×
        </button>
      </div>
      {node.description !== undefined && <p className="description">{node.description}</p>}
      <div className="toolbar details-actions">
        {children}
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={focused}
          onClick={() => {
            actions.setFocus(focused ? null : { id: node.id, depth: 1 });
          }}
        >
          {focused ? 'Show whole map' : 'Focus on neighbours'}
        </button>
        {focused && (
          <label className="check small focus-depth">
            Steps away
            <select
              value={focus.depth}
              onChange={(e) => {
                actions.setFocus({ id: node.id, depth: Number(e.target.value) });
              }}
            >
              {[1, 2, 3, 4].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <NodeFacts node={node} model={model} onSelect={select} judged={judged} today={today} />
      {node.kind === 'certification' && <RenewalFact model={model} node={node} today={today} />}
      {(node.caveats ?? []).length > 0 && (
        <>
          <h3>Caveats</h3>
          <ul className="plain caveats">
            {(node.caveats ?? []).map((c, i) => (
              <li key={i}>
                <FactFlag confidence={c.confidence} /> {c.text}
                <FactAge fact={judged.find((f) => f.field === 'caveat' && f.index === i)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(node.requires ?? []).length > 0 && (
        <>
          <h3>Requirements (all of)</h3>
          <ul className="plain">
            {(node.requires ?? []).map((group, i) => (
              <li key={i}>
                {group.label !== undefined && <div className="small">{group.label}{group.anyOf.length > 1 ? ' — any one of:' : ':'}</div>}
                {group.anyOf.map((id, k) => (
                  <span key={id}>
                    {k > 0 && <span className="muted"> or </span>}
                    <button type="button" className="btn-link" onClick={() => {
                      select(id);
                    }}>
                      {label(id)}
                    </button>
                  </span>
                ))}{' '}
                <FactFlag confidence={group.confidence} />
                <FactAge fact={judged.find((f) => f.field === 'requirement' && f.index === i)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {relations.map((group) => (
        <div key={group.title}>
          <h3>{group.title}</h3>
          <ul className="plain relations">
            {group.items.map((r) => (
              <li key={r.id}>
                <button type="button" className="btn-link" onClick={() => {
                  select(r.id);
                }}>
                  {label(r.id)}
                </button>
                {r.note !== undefined && <div className="muted small">{r.note}</div>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {tracks.length > 0 && (
        <>
          <h3>Career paths</h3>
          <p className="small">{tracks.map((t) => t.label).join(' · ')}</p>
        </>
      )}
      <h3>Sources</h3>
      {node.sources.length === 0 ? (
        <p className="muted small">No source cited.</p>
      ) : (
        <ul className="plain sources small">
          {node.sources.map((url) => (
            <li key={url}>
              <ExternalLink href={url} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

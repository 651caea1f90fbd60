import { LEVEL_LABEL, THEMES, type EdgeKind, type Level, type ThemeName } from '../core/index';

const EDGE_ORDER: readonly EdgeKind[] = ['prerequisite', 'recommends', 'leads-to', 'teaches', 'requires', 'replaced-by'];

/** Explains every colour, shape, badge and line on the map, from the same tokens the map uses. */
export function Legend({ theme, onClose }: { theme: ThemeName; onClose: () => void }) {
  const tokens = THEMES[theme];
  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="panel-head">
        <h2 id="legend-title">Legend</h2>
        <button type="button" className="close" aria-label="Close legend" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="legend-cols">
        <div>
          <h3>Certification level</h3>
          <ul className="plain">
            {(Object.keys(LEVEL_LABEL) as Level[]).map((level) => (
              <li key={level}>
                <span className="swatch" style={{ background: tokens.level[level] }} aria-hidden="true" /> {LEVEL_LABEL[level]}
              </li>
            ))}
          </ul>
          <h3>Nodes</h3>
          <ul className="plain">
            <li><span className="shape shape-cert" aria-hidden="true" /> Certification (exam code, name)</li>
            <li><span className="shape shape-role" aria-hidden="true" /> Job role (seniority, US median pay)</li>
            <li><span className="shape shape-skill" aria-hidden="true" /> Skill</li>
            <li><span className="shape shape-experience" aria-hidden="true" /> Experience requirement</li>
          </ul>
        </div>
        <div>
          <h3>Lines</h3>
          <ul className="plain">
            {EDGE_ORDER.map((kind) => {
              const style = tokens.edge[kind];
              return (
                <li key={kind}>
                  <svg width="40" height="10" aria-hidden="true">
                    <line x1="1" y1="5" x2="39" y2="5" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash === '' ? undefined : style.dash} />
                  </svg>{' '}
                  {style.label}
                </li>
              );
            })}
            <li>
              <svg width="40" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="39" y2="5" stroke={tokens.route} strokeWidth="3.5" />
              </svg>{' '}
              Your route
            </li>
          </ul>
          <h3>Badges</h3>
          <ul className="plain">
            <li><span className="badge badge-retiring">Retiring</span> retirement announced</li>
            <li><span className="badge badge-retired">Retired</span> no longer offered</li>
            <li><span className="badge badge-beta">Beta</span> exam in beta</li>
            <li><span className="badge badge-unverified">?</span> unverified or disputed fact</li>
          </ul>
          <h3>Keyboard</h3>
          <ul className="plain small keyboard-help">
            <li><kbd>Tab</kbd> reaches the map once; on a node, <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> move to a linked node</li>
            <li><kbd>Enter</kbd> opens the node&rsquo;s details; <kbd>Esc</kbd> closes them</li>
            <li><kbd>Shift</kbd> + arrows pan the map (arrows alone when no node has focus)</li>
            <li><kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>0</kbd> fits the map</li>
            <li><kbd>D</kbd> done, <kbd>I</kbd> in progress, <kbd>P</kbd> planned, <kbd>U</kbd> clear (the selected node)</li>
          </ul>
        </div>
      </div>
    </section>
  );
}

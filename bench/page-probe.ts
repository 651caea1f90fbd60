// Runs inside the page (playwright's addInitScript), before the page's own scripts: records every
// animation frame while the page loads (when, how many nodes exist and are visible, how many edges
// exist, and where the view is), every long task (>= 50 ms) and, on demand, animation frame times
// during a gesture.
// Written as plain JavaScript in a string so no bundler or transpiler touches it.

/** One animation frame while loading: what it was about to show. */
export interface LoadFrame {
  /** performance.now() in the frame's animation callback. */
  readonly at: number;
  /** `.react-flow__node` elements that exist, and those not hidden (React Flow hides unmeasured ones). */
  readonly count: number;
  readonly visible: number;
  /** Edges that exist: React Flow's (`.react-flow__edge`, the bare page) or the app's (`.pw-edge`); a page may draw its edges a task after its nodes. */
  readonly edges: number;
  /** The viewport's CSS transform (where the map is drawn and at what zoom). */
  readonly view: string;
}

export interface PageRecord {
  readonly loadFrames: readonly LoadFrame[];
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
  readonly frames: readonly number[];
}

/** The probe; it records load frames until the page calls `__benchLoadDone()` (the bench does). */
export function probeScript(): string {
  return `
(() => {
  const record = { loadFrames: [], longTasks: [], frames: [], loading: true };
  window.__bench = record;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { record.longTaskError = String(e); }
  const load = () => {
    if (!record.loading) return;
    const nodes = document.querySelectorAll('.react-flow__node');
    let visible = 0;
    for (const n of nodes) if (n.style.visibility !== 'hidden') visible++;
    const viewport = document.querySelector('.react-flow__viewport');
    record.loadFrames.push({ at: performance.now(), count: nodes.length, visible, edges: document.querySelectorAll('.react-flow__edge, .pw-edge').length, view: viewport === null ? '' : viewport.style.transform });
    requestAnimationFrame(load);
  };
  requestAnimationFrame(load);
  window.__benchLoadDone = () => { record.loading = false; };
  window.__benchFrames = (on) => {
    record.recording = on;
    if (!on) return;
    record.frames = [];
    const tick = (t) => { if (!record.recording) return; record.frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
})();
`;
}

/**
 * The first frame that shows the page's first view: every expected node there and visible, and
 * every edge the page ends with, at the view the page settles on (the last viewport of the load).
 * A frame with the nodes at a view that is about to jump (unfitted, then fitted), or with nodes
 * whose edges come later, is not the first view a user reads. Null: never.
 */
export function firstViewFrame(frames: readonly LoadFrame[], expected: number): LoadFrame | null {
  const last = frames.at(-1);
  if (last === undefined) return null;
  // The settled view: from the last frame whose view differs from the final one, onwards.
  let settledFrom = frames.length - 1;
  while (settledFrom > 0 && frames[settledFrom - 1]?.view === last.view) settledFrom--;
  for (let i = settledFrom; i < frames.length; i++) {
    const frame = frames[i];
    if (frame !== undefined && frame.count >= expected && frame.visible >= expected && frame.edges >= last.edges && frame.view !== '') return frame;
  }
  return null;
}

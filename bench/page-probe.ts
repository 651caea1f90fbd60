// Runs inside the page (playwright's addInitScript), before the page's own scripts: records when
// the map has drawn its nodes, every long task (>= 50 ms) and, on demand, animation frame times.
// Written as plain JavaScript in a string so no bundler or transpiler touches it.

export interface PageRecord {
  /** performance.now() when the expected number of `.react-flow__node` elements first existed. */
  readonly countAt: number | null;
  /** performance.now() of the next animation frame after that: the frame that shows them. */
  readonly drawnAt: number | null;
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
  readonly frames: readonly number[];
}

/** The probe, waiting for `expected` nodes. */
export function probeScript(expected: number): string {
  return `
(() => {
  const expected = ${Math.max(0, Math.floor(expected))};
  const record = { countAt: null, drawnAt: null, longTasks: [], frames: [] };
  window.__bench = record;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { record.longTaskError = String(e); }
  const check = () => {
    if (record.countAt !== null || expected === 0) return;
    if (document.querySelectorAll('.react-flow__node').length >= expected) {
      record.countAt = performance.now();
      requestAnimationFrame(() => { record.drawnAt = performance.now(); });
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
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

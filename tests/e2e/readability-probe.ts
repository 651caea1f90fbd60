// Readability probe: what a user can read on the map canvas right now. It runs inside the page
// (one `page.evaluate`) and measures every visible text run on the canvas: its size on screen
// (computed font size × the element's rendered scale, which folds in React Flow's viewport
// transform), whether it is cut or overflows its node, whether it collides with text of another
// node or lane, how much of the canvas the nodes use, and which career-path names are on screen.
import type { Page } from 'playwright-core';

export interface TextRun {
  readonly text: string;
  /** On-screen font size in CSS px. */
  readonly px: number;
  /** The node id or `lane:<track id>` the text belongs to. */
  readonly owner: string;
}

export interface ReadabilityReport {
  readonly zoom: number;
  /** Visible text runs that intersect the canvas. */
  readonly runs: number;
  readonly minPx: number;
  readonly medianPx: number;
  /** The smallest runs (up to 5), to say what failed. */
  readonly smallest: readonly TextRun[];
  /** Nodes on screen with at least one text run of ≥ 11 px. */
  readonly nodesReadable11: number;
  /** Drawn boxes (nodes, skill groups) that intersect the canvas. */
  readonly nodesOnScreen: number;
  /** Text runs cut by their box (overflow hidden with more content) or reaching out of their node. */
  readonly cut: readonly string[];
  /** Pairs of text runs of different owners whose boxes overlap by more than 1 px each way. */
  readonly collisions: readonly string[];
  /** Share of the canvas covered by the bounding box of the nodes on screen (0–1). */
  readonly contentShare: number;
  /** Largest empty band across the height (rows without nodes), as a share of the canvas height. */
  readonly emptyBandY: number;
  /** Largest empty band across the width, as a share of the canvas width. */
  readonly emptyBandX: number;
  /** Career-path (track) names drawn on screen, with their smallest size. */
  readonly pathNames: readonly { readonly id: string; readonly text: string; readonly px: number }[];
  /** On-screen size of the largest text run that contains "MS-102" (0 when none). */
  readonly ms102Px: number;
  /**
   * Drawn boxes (nodes, folded skill groups) wholly on the canvas that say nothing: no visible
   * text run at all (a shape with only a badge chip reads as a dash or a blank bar).
   */
  readonly blankBoxes: readonly string[];
  /** Text runs that are only a placeholder: dashes, dots or ellipses. */
  readonly dashTexts: readonly string[];
}

/** Measures the canvas as drawn now. Call after the view settles (see `settle`). */
export async function probeReadability(page: Page): Promise<ReadabilityReport> {
  // tsx (esbuild keepNames) wraps the named helpers below in __name(); the page has no such function.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const root = document.querySelector('.react-flow');
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (root === null || vp === null) throw new Error('probe: no canvas');
    const canvas = root.getBoundingClientRect();
    const zoom = Number(/scale\(([-\d.e]+)\)/.exec(vp.style.transform)?.[1] ?? '1');
    const intersects = (r: DOMRect) => r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom && r.width > 0 && r.height > 0;
    const visible = (el: Element): boolean => {
      for (let e: Element | null = el; e !== null && e !== root; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
      }
      return true;
    };
    // Overlays over the canvas that are chrome, not map text.
    const chrome = '.react-flow__panel, .react-flow__controls, .react-flow__minimap, .react-flow__attribution';
    const ownerOf = (el: Element): string => {
      const node = el.closest('.react-flow__node');
      if (node !== null) return node.getAttribute('data-id') ?? '?';
      const group = el.closest('.pw-skill-group');
      if (group !== null) return `group:${group.getAttribute('data-group') ?? '?'}`;
      const lane = el.closest('[data-track]');
      if (lane !== null) return `lane:${lane.getAttribute('data-track') ?? '?'}`;
      return 'other';
    };
    const runs: { text: string; px: number; owner: string; rect: DOMRect; el: Element }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
      const text = (t.textContent ?? '').trim();
      const el = t.parentElement;
      if (text === '' || el === null || el.closest(chrome) !== null || el.closest('svg') !== null) continue;
      if (!visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const rect = range.getBoundingClientRect();
      if (!intersects(rect)) continue;
      // Text inside React Flow's viewport is scaled by its zoom; text in layers over it is not.
      const scale = vp.contains(el) ? zoom : 1;
      runs.push({ text, px: parseFloat(getComputedStyle(el).fontSize) * scale, owner: ownerOf(el), rect, el });
    }
    const sizes = runs.map((r) => r.px).sort((a, b) => a - b);
    // Drawn boxes: nodes and folded skill groups that are visible (skills fold away at far zoom).
    const nodes = [...document.querySelectorAll('.react-flow__node, .pw-skill-group')]
      // A node is drawn when its box is (React Flow keeps the wrapper visible, inline).
      .filter((el) => visible(el.querySelector('.pw-node') ?? el))
      .map((el) => ({ id: el.classList.contains('pw-skill-group') ? `group:${el.getAttribute('data-group') ?? '?'}` : (el.getAttribute('data-id') ?? '?'), rect: el.getBoundingClientRect() }))
      .filter((n) => intersects(n.rect));
    const readable = new Set(runs.filter((r) => r.px >= 11 && !r.owner.startsWith('lane:')).map((r) => r.owner));

    const cut: string[] = [];
    const nodeRect = new Map(nodes.map((n) => [n.id, n.rect]));
    for (const r of runs) {
      // Cut: the laid-out text reaches past a box that clips it (overflow not visible: ellipsis,
      // line clamps, hidden overflow) or past its node; the Range covers the text's full layout.
      let clipped = false;
      // Up to the node (or lane name) only: text running off the canvas edge is panned away, not cut.
      const owner = r.el.closest('.react-flow__node, [data-track]');
      for (let e: Element | null = r.el; e !== null && e !== root; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
          const box = e.getBoundingClientRect();
          if (r.rect.left < box.left - 1 || r.rect.right > box.right + 1 || r.rect.top < box.top - 1 || r.rect.bottom > box.bottom + 1) clipped = true;
        }
        if (e === owner) break;
      }
      const box = nodeRect.get(r.owner);
      if (box !== undefined && (r.rect.left < box.left - 1 || r.rect.right > box.right + 1 || r.rect.top < box.top - 1 || r.rect.bottom > box.bottom + 1)) clipped = true;
      if (clipped) cut.push(`${r.owner}: ${r.text}`);
    }

    const collisions: string[] = [];
    for (let i = 0; i < runs.length; i += 1) {
      const a = runs[i] as (typeof runs)[number];
      for (let j = i + 1; j < runs.length; j += 1) {
        const b = runs[j] as (typeof runs)[number];
        if (a.owner === b.owner) continue;
        const ox = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const oy = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (ox > 1 && oy > 1) collisions.push(`${a.owner} "${a.text}" × ${b.owner} "${b.text}"`);
      }
    }

    // Empty bands: the longest stretch of canvas rows (columns) that no node covers.
    const band = (lo: number, hi: number, spans: [number, number][]): number => {
      const sorted = spans.map(([s, e]) => [Math.max(lo, s), Math.min(hi, e)] as [number, number]).filter(([s, e]) => e > s).sort((p, q) => p[0] - q[0]);
      let gap = 0;
      let at = lo;
      for (const [s, e] of sorted) {
        gap = Math.max(gap, s - at);
        at = Math.max(at, e);
      }
      gap = Math.max(gap, hi - at);
      return gap / (hi - lo);
    };
    const ys = nodes.map((n) => [n.rect.top, n.rect.bottom] as [number, number]);
    const xs = nodes.map((n) => [n.rect.left, n.rect.right] as [number, number]);
    const clampX = (v: number) => Math.min(canvas.right, Math.max(canvas.left, v));
    const clampY = (v: number) => Math.min(canvas.bottom, Math.max(canvas.top, v));
    const left = Math.min(...xs.map((p) => p[0]));
    const right = Math.max(...xs.map((p) => p[1]));
    const top = Math.min(...ys.map((p) => p[0]));
    const bottom = Math.max(...ys.map((p) => p[1]));
    const contentShare = nodes.length === 0 ? 0 : ((clampX(right) - clampX(left)) * (clampY(bottom) - clampY(top))) / (canvas.width * canvas.height);

    const names = new Map<string, { id: string; text: string; px: number }>();
    for (const r of runs) {
      if (!r.owner.startsWith('lane:')) continue;
      const id = r.owner.slice(5);
      const prev = names.get(id);
      names.set(id, { id, text: prev === undefined ? r.text : `${prev.text} ${r.text}`, px: Math.min(prev?.px ?? Infinity, r.px) });
    }
    const owners = new Set(runs.map((r) => r.owner));
    const inside = (r: DOMRect) => r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
    const blankBoxes = nodes.filter((n) => inside(n.rect) && !owners.has(n.id)).map((n) => n.id);
    const dashTexts = runs.filter((r) => /^[\s\-‐‑‒–—―…·•.]+$/u.test(r.text)).map((r) => `${r.owner}: ${r.text}`);
    const ms = runs.filter((r) => r.text.includes('MS-102')).map((r) => r.px);
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      zoom,
      runs: runs.length,
      minPx: round(sizes[0] ?? 0),
      medianPx: round(sizes[Math.floor(sizes.length / 2)] ?? 0),
      smallest: [...runs].sort((a, b) => a.px - b.px).slice(0, 5).map((r) => ({ text: r.text, px: round(r.px), owner: r.owner })),
      nodesReadable11: [...readable].filter((id) => nodeRect.has(id)).length,
      nodesOnScreen: nodes.length,
      cut,
      collisions,
      contentShare: round(contentShare),
      emptyBandY: round(band(canvas.top, canvas.bottom, ys)),
      emptyBandX: round(band(canvas.left, canvas.right, xs)),
      pathNames: [...names.values()].map((n) => ({ ...n, px: round(n.px) })),
      ms102Px: round(Math.max(0, ...ms)),
      blankBoxes,
      dashTexts,
    };
  });
}

/** Waits two frames and a short pause, so React Flow's transform and the nodes' level of detail settle. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => { done(); }))));
  await page.waitForTimeout(150);
}

/**
 * Zooms with the mouse wheel at a canvas point (as a user does) until the zoom is within 2 % of
 * `target` or clamped by the map's zoom limits. Returns the zoom reached.
 */
export async function wheelZoomTo(page: Page, target: number, at: { x: number; y: number }): Promise<number> {
  await page.mouse.move(at.x, at.y);
  let zoom = (await readZoom(page)) ?? 1;
  for (let step = 0; step < 12; step += 1) {
    if (Math.abs(zoom / target - 1) < 0.02) break;
    // d3-zoom turns a pixel wheel delta d into a factor 2^(-d × 0.002); stay under its per-event cap.
    const delta = Math.max(-600, Math.min(600, -Math.log2(target / zoom) / 0.002));
    await page.mouse.wheel(0, delta);
    await settle(page);
    const next = (await readZoom(page)) ?? zoom;
    if (Math.abs(next - zoom) < 1e-4) break;
    zoom = next;
  }
  await page.waitForTimeout(200);
  await settle(page);
  return zoom;
}

async function readZoom(page: Page): Promise<number | undefined> {
  return page.$eval('.react-flow__viewport', (el) => {
    const m = /scale\(([-\d.e]+)\)/.exec((el as HTMLElement).style.transform);
    return m === null ? undefined : Number(m[1]);
  });
}

import { join } from 'node:path';
import type { App } from '../tests/e2e/harness';
import { generateCareerGraph } from '../tests/support/generate-career-graph';
import { BENCH_DIR, writeBenchFile } from './bench-dir';
import { figure, missing, type Baseline, type Figure } from './figures';
import { interact, longest, panGesture, readRecord, zoomGesture } from './page-gestures';
import { probeScript } from './page-probe';

/** The bare page's pan and zoom figures, measured in the same run (null when it was not built). */
export interface BareGestures {
  readonly panTask: number;
  readonly zoomTask: number;
  readonly panFrame: number;
  readonly zoomFrame: number;
}

/**
 * A generated map of `nodes` nodes (as tests/e2e/big-map.e2e.ts makes it, about 3 edges a node)
 * opened from a file in the built app: the time to lay it out in the worker and to draw it, the
 * longest task meanwhile, then the frame gaps and longest tasks while panning and zooming its far
 * view (clusters), against the bare React Flow page's same gestures. One load: it takes a while.
 */
export async function benchBigMap(app: App, nodes: number, bare: BareGestures | null, log: (line: string) => void): Promise<Figure[]> {
  const file = generateCareerGraph({ nodes, seed: 11, tracks: 12 });
  // Handed to the file input as a file on disk, as a person's file dialog does. Given as bytes,
  // Playwright decoded them in the page, in one main-thread task of about 2 s at 20,000 nodes
  // (8 MB) that `longtask.load` counted as the app's.
  const upload = join(BENCH_DIR, `generated-${String(nodes)}.json`);
  writeBenchFile(upload, JSON.stringify(file));
  const size = `${String(nodes)} nodes, ${String(file.edges.length)} edges`;
  const page = await app.context.newPage();
  try {
    log(`browser: the app opens a generated map from a file (${size})`);
    await page.addInitScript(probeScript());
    await page.goto(app.url);
    await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
    // Load frames are the default map's, not this one's: stop recording them.
    await page.evaluate(() => {
      (window as unknown as { __benchLoadDone: () => void }).__benchLoadDone();
    });
    const now = () => page.evaluate(() => performance.now());
    const opened = await now();
    await page.getByLabel('Open a map file').setInputFiles(upload);
    await page.locator('.status-pill', { hasText: 'Laying out' }).waitFor({ timeout: 120_000 });
    const layoutStarted = await now();
    await page.locator('.react-flow__node-cluster').first().waitFor({ timeout: 600_000 });
    // The frame that shows the clusters.
    const drawn = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => { resolve(performance.now()); })));
    const loadTask = longest(await readRecord(page), opened, drawn);
    await page.waitForTimeout(500);
    const pan = await interact(page, panGesture);
    const zoom = await interact(page, zoomGesture);
    const base = (pick: (b: BareGestures) => number): Baseline => ({ name: 'bare-react-flow', value: bare === null ? null : pick(bare) });
    const n = String(nodes);
    return [
      figure(`draw.${n}`, drawn - opened, 'ms', null, `${size}: from choosing the file to the frame that shows its clusters (validation and layout in workers); one load`),
      figure(`layout.${n}.browser`, drawn - layoutStarted, 'ms', null, 'from "Laying out" shown to the clusters drawn'),
      figure(`longtask.load.${n}`, loadTask, 'ms', null, 'longest main-thread task from choosing the file to the drawn frame (0: none ≥ 50 ms)'),
      figure(`longtask.pan.${n}`, pan.task, 'ms', base((b) => b.panTask), 'longest task while dragging the far view (clusters); baseline: the bare page with the default map'),
      figure(`longtask.zoom.${n}`, zoom.task, 'ms', base((b) => b.zoomTask), 'same, while zooming with the wheel'),
      figure(`frame.pan.${n}.max`, pan.frame, 'ms', base((b) => b.panFrame), 'longest gap between animation frames while dragging'),
      figure(`frame.zoom.${n}.max`, zoom.frame, 'ms', base((b) => b.zoomFrame), 'same, while zooming'),
    ];
  } catch (error) {
    return [missing(`draw.${String(nodes)}`, 'ms', `not measured: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`)];
  } finally {
    await page.close();
  }
}

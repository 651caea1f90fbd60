import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startApp, type App } from '../tests/e2e/harness';
import { BARE_FLOW_DIST, ensureBareFlow, ensureSite } from './build-site';
import { figure, missing, type Baseline, type Figure } from './figures';
import { DEFAULT_MAP } from './graphs';
import type { BenchOptions } from './options';
import { firstViewFrame, probeScript, type PageRecord } from './page-probe';
import { interact, longest, panGesture, readRecord, zoomGesture } from './page-gestures';
import { benchBigMap } from './bench-big-map';
import { median } from './stats';

type Log = (line: string) => void;

interface PageFigures {
  /** ms from navigation start to the first frame showing every node at the settled first view, per load. */
  readonly draw: readonly number[];
  /** Longest main-thread task (ms, 0 when none reached 50 ms) up to that frame, per load. */
  readonly loadTask: readonly number[];
  readonly panTask: number;
  readonly zoomTask: number;
  /** Longest gap between animation frames while panning and zooming, ms. */
  readonly panFrame: number;
  readonly zoomFrame: number;
}

/**
 * Chromium figures: time from navigation to the default map drawn, the longest main-thread task
 * while loading, panning and zooming, on the built app (`vite preview`, via the e2e harness) and
 * on a bare React Flow page drawing the same laid-out nodes with default components.
 */
export async function benchBrowser(options: BenchOptions, log: Log): Promise<Figure[]> {
  const site = await ensureSite(log);
  if (!site.ok) return [missing('draw.default', 'ms', `app not measured: ${site.reason}`)];
  const bare = await ensureBareFlow(log);
  const mapNodes = drawableCount();
  log('browser: starting vite preview and Chromium');
  const app = await startApp();
  const server = bare.ok ? await serveStatic(BARE_FLOW_DIST) : null;
  try {
    const bareNodes = server === null ? 0 : (JSON.parse(readFileSync(join(BARE_FLOW_DIST, '..', 'bare-flow-layout.json'), 'utf8')) as { nodes: unknown[] }).nodes.length;
    log(`browser: ${options.drawRuns} loads of the default map in the app (${mapNodes} nodes)${server === null ? '' : `, each followed by one of the bare React Flow page (${bareNodes} nodes)`}`);
    await warmUp(app, [app.url, ...(server === null ? [] : [server.url])]);
    // Interleaved, so that a change in the machine's load between them weighs on both alike.
    const ourLoads: LoadFigures[] = [];
    const theirLoads: LoadFigures[] = [];
    for (let i = 0; i < options.drawRuns; i++) {
      ourLoads.push(await measureLoad(app, app.url, mapNodes));
      if (server !== null) theirLoads.push(await measureLoad(app, server.url, bareNodes));
    }
    const ours = summarise(ourLoads);
    const theirs = server === null ? null : summarise(theirLoads);
    const base = (pick: (p: PageFigures) => number): Baseline => ({ name: 'bare-react-flow', value: theirs === null ? null : pick(theirs) });
    const bareNote = bare.ok ? undefined : `baseline not built: ${bare.reason}`;
    const runs = `median of ${String(ours.draw.length)} load${ours.draw.length === 1 ? '' : 's'} (the first with a cold cache), interleaved with the bare page's: navigation to the first frame showing every node at the view the page settles on`;
    return [
      figure('draw.default', median(ours.draw), 'ms', base((p) => median(p.draw)), `${bareNote ?? runs}; per load ${perLoad(ours.draw, theirs?.draw)}`),
      figure('longtask.load.default', Math.max(...ours.loadTask), 'ms', base((p) => Math.max(...p.loadTask)), `longest task up to the first-view frame, over all loads (0: none ≥ 50 ms); per load ${perLoad(ours.loadTask, theirs?.loadTask)}`),
      figure('longtask.pan.default', ours.panTask, 'ms', base((p) => p.panTask), 'median over loads of the longest task while dragging the pane'),
      figure('longtask.zoom.default', ours.zoomTask, 'ms', base((p) => p.zoomTask), 'same, while zooming in and out with the wheel'),
      figure('frame.pan.default.max', ours.panFrame, 'ms', base((p) => p.panFrame), 'median over loads of the longest gap between animation frames while dragging'),
      figure('frame.zoom.default.max', ours.zoomFrame, 'ms', base((p) => p.zoomFrame), 'same, while zooming'),
      ...(options.bigMapNodes > 0 ? await benchBigMap(app, options.bigMapNodes, theirs, log) : []),
    ];
  } finally {
    await app.close();
    if (server !== null) {
      await new Promise<void>((resolve) => {
        server.server.close(() => {
          resolve();
        });
      });
    }
  }
}

/** Nodes the app draws for the default map: every node but tracks. */
function drawableCount(): number {
  const file = JSON.parse(readFileSync(DEFAULT_MAP, 'utf8')) as { nodes: { kind: string }[] };
  return file.nodes.filter((n) => n.kind !== 'track').length;
}

interface LoadFigures {
  readonly draw: number;
  readonly loadTask: number;
  readonly pan: { readonly task: number; readonly frame: number };
  readonly zoom: { readonly task: number; readonly frame: number };
}

/** How long the view must stay put, with every node there, before the load counts as settled. */
const SETTLED_MS = 1_000;

/**
 * Starts the browser's renderer and both servers before the first timed load. Without it the
 * app's first load, which runs first, shared the machine with Chromium's own start-up and drew in
 * 943-1,065 ms against 472-571 ms for its second load, while the bare page's first load, run
 * second, did not pay this. Neither page's files are fetched by the browser here: each page's
 * first timed load is still a first visit, with nothing cached.
 */
async function warmUp(app: App, urls: readonly string[]): Promise<void> {
  for (const url of urls) await (await fetch(url)).text();
  const page = await app.context.newPage();
  try {
    await page.setContent('<p style="font: 16px sans-serif">warm-up</p>');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.waitForTimeout(1_000);
  } finally {
    await page.close();
  }
}

/** One load of a page in a fresh tab: its first-view frame and longest task, then a pan and a zoom. */
async function measureLoad(app: App, url: string, expected: number): Promise<LoadFigures> {
  const page = await app.context.newPage();
  try {
    await page.addInitScript(probeScript());
    await page.goto(url);
    await page.waitForFunction(
      ({ expected, settled }) => {
        const frames = (window as unknown as { __bench: PageRecord }).__bench.loadFrames;
        const last = frames.at(-1);
        if (last === undefined || last.visible < expected) return false;
        const since = frames.findLast((f) => f.view !== last.view || f.visible < expected || f.edges !== last.edges);
        const from = since === undefined ? frames[0] : frames[frames.indexOf(since) + 1];
        return from !== undefined && last.at - from.at >= settled;
      },
      { expected, settled: SETTLED_MS },
      { timeout: 60_000, polling: 100 },
    );
    await page.evaluate(() => {
      (window as unknown as { __benchLoadDone: () => void }).__benchLoadDone();
    });
    const record = await readRecord(page);
    const first = firstViewFrame(record.loadFrames, expected);
    if (first === null) throw new Error(`bench: ${url} never showed its ${String(expected)} nodes at a settled view`);
    const loadTask = longest(record, 0, first.at);
    const pan = await interact(page, panGesture);
    const zoom = await interact(page, zoomGesture);
    return { draw: first.at, loadTask, pan, zoom };
  } finally {
    await page.close();
  }
}

/** "app/bare" ms per load, in load order, for the figure's note. */
function perLoad(ours: readonly number[], theirs: readonly number[] | undefined): string {
  return ours.map((v, i) => `${v.toFixed(0)}/${theirs?.[i]?.toFixed(0) ?? '–'}`).join(', ');
}

function summarise(loads: readonly LoadFigures[]): PageFigures {
  return {
    draw: loads.map((l) => l.draw),
    loadTask: loads.map((l) => l.loadTask),
    panTask: median(loads.map((l) => l.pan.task)),
    zoomTask: median(loads.map((l) => l.zoom.task)),
    panFrame: median(loads.map((l) => l.pan.frame)),
    zoomFrame: median(loads.map((l) => l.zoom.frame)),
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static file server for the bare page on 127.0.0.1, at a free port. */
async function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}

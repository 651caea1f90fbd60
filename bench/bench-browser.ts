import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startApp, type App } from '../tests/e2e/harness';
import { BARE_FLOW_DIST, ensureBareFlow, ensureSite } from './build-site';
import { figure, missing, type Baseline, type Figure } from './figures';
import { DEFAULT_MAP } from './graphs';
import type { BenchOptions } from './options';
import { probeScript, type PageRecord } from './page-probe';
import { interact, longest, panGesture, readRecord, zoomGesture } from './page-gestures';
import { benchBigMap } from './bench-big-map';
import { median } from './stats';

type Log = (line: string) => void;

interface PageFigures {
  /** ms from navigation start to the frame after every node existed, per run. */
  readonly draw: readonly number[];
  /** Longest main-thread task (ms, 0 when none reached 50 ms) up to the drawn frame, per run. */
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
    log(`browser: the app, ${options.drawRuns} loads of the default map (${mapNodes} nodes)`);
    const ours = await measurePage(app, app.url, mapNodes, options.drawRuns);
    let theirs: PageFigures | null = null;
    if (server !== null) {
      const bareNodes = (JSON.parse(readFileSync(join(BARE_FLOW_DIST, '..', 'bare-flow-layout.json'), 'utf8')) as { nodes: unknown[] }).nodes.length;
      log(`browser: bare React Flow page, ${options.drawRuns} loads (${bareNodes} nodes)`);
      theirs = await measurePage(app, server.url, bareNodes, options.drawRuns);
    }
    const base = (pick: (p: PageFigures) => number): Baseline => ({ name: 'bare-react-flow', value: theirs === null ? null : pick(theirs) });
    const bareNote = bare.ok ? undefined : `baseline not built: ${bare.reason}`;
    const runs = `median of ${ours.draw.length} load${ours.draw.length === 1 ? "" : "s"} (the first with a cold cache)`;
    return [
      figure('draw.default', median(ours.draw), 'ms', base((p) => median(p.draw)), bareNote ?? runs),
      figure('longtask.load.default', Math.max(...ours.loadTask), 'ms', base((p) => Math.max(...p.loadTask)), 'longest task up to the drawn frame, over all loads (0: none ≥ 50 ms)'),
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

async function measurePage(app: App, url: string, expected: number, runs: number): Promise<PageFigures> {
  const draw: number[] = [];
  const loadTask: number[] = [];
  const pan: { task: number; frame: number }[] = [];
  const zoom: { task: number; frame: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await app.context.newPage();
    try {
      await page.addInitScript(probeScript(expected));
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __bench: PageRecord }).__bench.drawnAt !== null, undefined, { timeout: 60_000 });
      const record = await readRecord(page);
      const drawnAt = record.drawnAt ?? NaN;
      draw.push(drawnAt);
      loadTask.push(longest(record, 0, drawnAt));
      await page.waitForTimeout(500);
      pan.push(await interact(page, panGesture));
      zoom.push(await interact(page, zoomGesture));
    } finally {
      await page.close();
    }
  }
  return {
    draw,
    loadTask,
    panTask: median(pan.map((g) => g.task)),
    zoomTask: median(zoom.map((g) => g.task)),
    panFrame: median(pan.map((g) => g.frame)),
    zoomFrame: median(zoom.map((g) => g.frame)),
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

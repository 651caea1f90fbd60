// Browser-test harness: serves the built app (dist/) on 127.0.0.1 at a free port and drives
// Debian's Chromium with playwright-core. Everything started here is stopped in `close()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Frame, type Locator, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`e2e: preview server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`e2e: preview server did not answer at ${url} within ${timeoutMs} ms`);
}

export interface App {
  readonly url: string;
  readonly context: BrowserContext;
  /** A fresh page that records console errors and dialogs (a dialog means a script ran). */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface TrackedPage {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly dialogs: string[];
}

export interface StartOptions {
  /** Folder of the build to serve (default dist/), relative to the repository or absolute. */
  readonly outDir?: string;
  /** The base the build was made for (PATHWISE_BASE), e.g. `/sub/path/`; the app's URL ends in it. */
  readonly base?: string;
}

/** Starts `vite preview` on the built app and a headless Chromium. Call `close()` in `after`. */
export async function startApp(options: StartOptions = {}): Promise<App> {
  const outDir = resolve(ROOT, options.outDir ?? 'dist');
  const base = options.base ?? '/';
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`e2e: ${outDir}/index.html is missing; run \`npm run build\` first (npm run test:e2e does)`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM_PATH}; install Debian's chromium or set CHROMIUM_PATH`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${base}`;
  const server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir, '--base', base],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const userDataDir = mkdtempSync(join(tmpdir(), 'pathwise-e2e-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    if (server.exitCode === null) server.kill('SIGTERM');
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(url, server);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
  } catch (error) {
    await close();
    throw error;
  }
  const ctx = context;
  return {
    url,
    context: ctx,
    async newPage(options) {
      const page = await ctx.newPage();
      if (options?.viewport !== undefined) await page.setViewportSize(options.viewport);
      const consoleErrors: string[] = [];
      const dialogs: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return { page, consoleErrors, dialogs };
    },
    close,
  };
}

/** Opens the app at `path` and waits until the map has drawn its nodes. */
export async function openMap(tracked: TrackedPage, app: App, path = ''): Promise<Page> {
  const { page } = tracked;
  await page.goto(new URL(path, app.url).toString());
  await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
  return page;
}

/** Parses React Flow's viewport transform into translate and scale. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.$eval('.react-flow__viewport', (el) => (el as HTMLElement).style.transform);
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(transform);
  if (match === null) throw new Error(`e2e: unexpected viewport transform "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

// ---------- helpers shared by the behaviour files (explore, routes, export, progress, own maps) ----------

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The map canvas (React Flow's root) in page pixels. */
export async function canvasBox(page: Page): Promise<Box> {
  return page.$eval('.react-flow', (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** A node's box in page pixels, or null when it is not drawn. */
export async function nodeBox(page: Page, id: string): Promise<Box | null> {
  return page.evaluate((nodeId) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    if (el === null) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, id);
}

/** Ids of the drawn nodes, optionally only those with a class (`on-route`, `progress-done`…). */
export async function drawnNodeIds(page: Page, className?: string): Promise<string[]> {
  const selector = className === undefined ? '.react-flow__node' : `.react-flow__node.${className}`;
  return page.$$eval(selector, (els) => els.map((el) => el.getAttribute('data-id') ?? ''));
}

/**
 * A point on the empty pane (no node, edge, panel or control under it), found by probing a grid,
 * so drags and wheel events reach the pane whatever the layout looks like.
 */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const root = document.querySelector('.react-flow');
    if (root === null) return null;
    const r = root.getBoundingClientRect();
    for (let fy = 0.15; fy < 0.9; fy += 0.07) {
      for (let fx = 0.1; fx < 0.9; fx += 0.05) {
        const x = r.x + r.width * fx;
        const y = r.y + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit?.classList.contains('react-flow__pane') === true) return { x, y };
      }
    }
    return null;
  });
  if (point === null) throw new Error('e2e: no empty pane point found on the canvas');
  return point;
}

/** Clicks a drawn node at a point where the node itself (not a panel over it) receives the click. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    if (el === null) return null;
    const r = el.getBoundingClientRect();
    for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7], [0.15, 0.5], [0.85, 0.5]] as const) {
      const x = r.x + r.width * fx;
      const y = r.y + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit !== null && el.contains(hit)) return { x, y };
    }
    return null;
  }, id);
  if (point === null) throw new Error(`e2e: node "${id}" is not drawn or is covered where it could be clicked`);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the app's last fit or centring has landed (the canvas says data-view="settled"). */
export async function viewSettled(page: Page | Frame, timeoutMs = 20_000): Promise<void> {
  await page.waitForSelector('.react-flow[data-view="settled"]', { timeout: timeoutMs });
}

/** Waits until the app's fit has landed and the viewport transform stops changing (an animation ended), then returns it. */
export async function settledViewport(page: Page, timeoutMs = 5_000): Promise<{ x: number; y: number; zoom: number }> {
  await viewSettled(page);
  const started = Date.now();
  let previous = await viewport(page);
  for (;;) {
    await page.waitForTimeout(120);
    const current = await viewport(page);
    const same = current.x === previous.x && current.y === previous.y && current.zoom === previous.zoom;
    if (same || Date.now() - started > timeoutMs) return current;
    previous = current;
  }
}

/** Waits until the viewport differs from `before` by more than a rounding error. */
export async function viewportChange(
  page: Page,
  before: { x: number; y: number; zoom: number },
  timeoutMs = 5_000,
): Promise<{ x: number; y: number; zoom: number }> {
  await page.waitForFunction(
    ({ x, y, zoom }) => {
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(transform);
      if (m === null) return false;
      return Math.abs(Number(m[1]) - x) > 0.5 || Math.abs(Number(m[2]) - y) > 0.5 || Math.abs(Number(m[3]) - zoom) > 1e-4;
    },
    before,
    { timeout: timeoutMs },
  );
  return settledViewport(page);
}

/** Types into the "Search the map" box and chooses the suggestion whose text contains `match` with the arrow keys and Enter. */
export async function searchAndChoose(page: Page, query: string, match: string, label = 'Search the map'): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(query);
  const options = page.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option');
  // Wait for the suggestion itself: the list may still show an earlier query's results, or be
  // redrawn empty, while the search for this one runs (a big map's index is built on first use).
  try {
    await options.filter({ hasText: match }).first().waitFor({ timeout: 30_000 });
  } catch {
    // Reported below with what the list holds.
  }
  const texts = await options.allTextContents();
  const index = texts.findIndex((t) => t.toLowerCase().includes(match.toLowerCase()));
  if (index < 0) throw new Error(`e2e: no suggestion for "${query}" contains "${match}" (got ${JSON.stringify(texts)})`);
  for (let i = 0; i < index; i += 1) await box.press('ArrowDown');
  await box.press('Enter');
}

/** The text of the details panel heading, or null when no node is selected. */
export async function detailsHeading(page: Page): Promise<string | null> {
  const heading = await page.$('#details-title');
  return heading === null ? null : ((await heading.textContent()) ?? '');
}

/** True when the middle of the element is on screen and the element itself receives a click there. */
export async function hittable(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && el.contains(hit);
  });
}

/** The element's box, for "inside the screen" checks. */
export async function rect(locator: Locator): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

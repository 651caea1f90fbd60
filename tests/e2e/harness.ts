// Browser-test harness: serves the built app (dist/) on 127.0.0.1 at a free port and drives
// Debian's Chromium with playwright-core. Everything started here is stopped in `close()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

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

/** Starts `vite preview` on the built app and a headless Chromium. Call `close()` in `after`. */
export async function startApp(): Promise<App> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('e2e: dist/ is missing; run `npm run build` first (npm run test:e2e does)');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM_PATH}; install Debian's chromium or set CHROMIUM_PATH`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
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

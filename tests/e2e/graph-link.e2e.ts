// The ?graph= boundary: a link may only open a map from the app's own site. The app is served from
// dist/ by a small server of this test (so it can also answer with errors, redirects and oversized
// bodies), and a second server on another port stands in for a foreign site and records every
// request it gets.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, ROOT } from './harness';

const DIST = join(ROOT, 'dist');
const SMALL_MAP = readFileSync(join(ROOT, 'tests/e2e/fixtures/small-valid.json'));
const LIMIT = 20 * 1024 * 1024; // MAX_GRAPH_BYTES, written out: the test must not read the app's constant

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('?graph= links', () => {
  let appUrl = '';
  let foreignUrl = '';
  const foreignRequests: string[] = [];
  const appRequests: string[] = [];
  let appServer: Server;
  let foreignServer: Server;
  let context: BrowserContext;
  let userDataDir = '';

  before(async () => {
    assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ is built (npm run build)');
    foreignServer = createServer((req, res) => {
      foreignRequests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(SMALL_MAP);
    });
    foreignUrl = await listen(foreignServer);
    appServer = createServer((req, res) => {
      serveApp(req, res);
    });
    appUrl = await listen(appServer);
    userDataDir = mkdtempSync(join(tmpdir(), 'pathwise-graph-link-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
    });
  });

  after(async () => {
    await context.close().catch(() => undefined);
    await new Promise((resolve) => appServer.close(resolve));
    await new Promise((resolve) => foreignServer.close(resolve));
    rmSync(userDataDir, { recursive: true, force: true });
  });

  /** dist/ as a static site, plus the answers the tests need at fixed paths. */
  function serveApp(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', appUrl).pathname;
    appRequests.push(path);
    if (path === '/maps/small.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(SMALL_MAP);
      return;
    }
    if (path === '/maps/elsewhere.json') {
      res.writeHead(302, { location: `${foreignUrl}/redirected.json` });
      res.end();
      return;
    }
    if (path === '/maps/broken-server.json') {
      res.writeHead(500, 'Internal Server Error');
      res.end('oops');
      return;
    }
    if (path === '/maps/huge-declared.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(LIMIT + 1) });
      res.end(); // the declared length alone must be enough to refuse it
      return;
    }
    if (path === '/maps/huge-streamed.json') {
      // No Content-Length (chunked): the app must stop reading once the limit is passed.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        while (sent < 30 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', push);
            return;
          }
        }
        res.end();
      };
      push();
      return;
    }
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file) || file.endsWith('/')) {
      res.writeHead(404, 'Not Found');
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  }

  /** Opens the app with a ?graph= link and returns the problems panel's heading and items. */
  async function refused(link: string): Promise<{ page: Page; title: string; items: string[]; nodes: number }> {
    const page = await context.newPage();
    await page.goto(`${appUrl}/?graph=${encodeURIComponent(link)}`);
    const panel = page.locator('section.problems');
    await panel.waitFor({ timeout: 30_000 });
    const title = (await panel.locator('h2').textContent()) ?? '';
    const items = await panel.locator('.problem-list li').allTextContents();
    await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
    const nodes = await page.locator('.react-flow__node').count();
    return { page, title, items, nodes };
  }

  it('opens a map from this site', async () => {
    const page = await context.newPage();
    await page.goto(`${appUrl}/?graph=maps/small.json`);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 3, null, { timeout: 30_000 });
    assert.equal(await page.locator('section.problems').count(), 0);
    await page.close();
  });

  it('refuses a link to another site with a clear message, and fetches nothing from it', async () => {
    foreignRequests.length = 0;
    const link = `${foreignUrl}/map.json`;
    const { page, title, items, nodes } = await refused(link);
    assert.equal(title, `${link} was not opened: 1 problem`);
    assert.equal(items.length, 1);
    assert.match(items[0] ?? '', /maps can only be opened from this site/);
    assert.match(items[0] ?? '', /How to fix: download the file and open it with “Open a map file”/);
    assert.ok(nodes > 3, 'the default map stays on screen');
    assert.deepEqual(foreignRequests, [], 'no request reached the other site');
    await page.close();
  });

  it('refuses a protocol-relative link to another site too', async () => {
    foreignRequests.length = 0;
    const link = `//${new URL(foreignUrl).host}/map.json`;
    const { page, items } = await refused(link);
    assert.match(items[0] ?? '', /maps can only be opened from this site/);
    assert.deepEqual(foreignRequests, []);
    await page.close();
  });

  it('refuses a redirect from this site to another, without fetching from the other site', async () => {
    foreignRequests.length = 0;
    const { page, title, items } = await refused('maps/elsewhere.json');
    assert.equal(title, 'maps/elsewhere.json was not opened: 1 problem');
    assert.match(items[0] ?? '', /the server redirected the map to another address, which is not opened/);
    assert.deepEqual(foreignRequests, [], 'the redirect was not followed');
    await page.close();
  });

  it('says when there is no map file at the address (404)', async () => {
    const { page, title, items } = await refused('maps/nope.json');
    assert.equal(title, 'maps/nope.json was not opened: 1 problem');
    assert.match(items[0] ?? '', /no map file at this address \(404 Not Found\)/);
    await page.close();
  });

  it('says what the server answered on an HTTP error', async () => {
    const { page, items } = await refused('maps/broken-server.json');
    assert.match(items[0] ?? '', /the server answered 500 Internal Server Error/);
    await page.close();
  });

  it('refuses a response declared over the size limit', async () => {
    const { page, items } = await refused('maps/huge-declared.json');
    assert.match(items[0] ?? '', /the file is 20\.1 MB, over the 20 MB limit/);
    await page.close();
  });

  it('refuses a response that passes the size limit without declaring its length', async () => {
    const { page, items } = await refused('maps/huge-streamed.json');
    assert.match(items[0] ?? '', /the response is over the 20 MB limit; reading stopped there/);
    await page.close();
  });
});

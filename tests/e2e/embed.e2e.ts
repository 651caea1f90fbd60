// Embed: the Share dialog's iframe snippet shows the map and the route alone, fitted to the frame,
// with an "Open in Pathwise" link; the server's CSP header says who may frame the site.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { openMap, startApp, viewSettled, type App } from './harness';
import { clipboard, onScreen, openShare } from './share-steps';

const FROM = 'role-m365-administrator';
const TO = 'role-cloud-solutions-architect';

describe('embed', () => {
  let app: App;
  before(async () => {
    app = await startApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  });
  after(async () => {
    await app.close();
  });

  it('the embed snippet shows the map and the route alone, fitted to its frame, with "Open in Pathwise"', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}&by=months`);
    const route = (await onScreen(page)).route;
    const dialog = await openShare(page);
    const snippet = await dialog.getByRole('textbox', { name: 'Embed on a page' }).inputValue();
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByText('Embed code copied to the clipboard.').waitFor();
    assert.equal(await clipboard(page), snippet);
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?from=role-m365-administrator&amp;to=role-cloud-solutions-architect&amp;by=months&amp;embed=1" title="Route from Microsoft 365 Administrator to Cloud Solutions Architect, by least time, on the MS-102 Roadmap \(Pathwise\)" width="100%" height="480" /);

    // A blog post on another site (another origin: localhost, not 127.0.0.1) pastes the snippet into a
    // 700 px column.
    const blogServer = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><body style="margin:0"><article style="width:700px;margin:20px">${snippet}</article></body>`);
    });
    await new Promise<void>((resolveListen) => {
      blogServer.listen(0, 'localhost', resolveListen);
    });
    const blogPort = (blogServer.address() as AddressInfo).port;
    const blog = await app.newPage();
    try {
    await blog.page.goto(`http://localhost:${blogPort}/post`);
    const frameElement = await blog.page.waitForSelector('iframe');
    const frame = await frameElement.contentFrame();
    assert.ok(frame !== null);
    await frame.waitForSelector('.react-flow__node', { timeout: 20_000 });
    await viewSettled(frame);
    assert.deepEqual((await onScreen(frame)).route, route, 'the route is highlighted in the embed');
    assert.equal(await frame.$$eval('.topbar, .toolbar, .side-panels, .legend', (els) => els.length), 0, 'no toolbar or panels');
    const open = frame.getByRole('link', { name: 'Open in Pathwise ↗' });
    const href = await open.getAttribute('href');
    assert.equal(href, `${app.url}?from=${FROM}&to=${TO}&by=months`);
    assert.equal(await open.getAttribute('target'), '_blank');

    // The canvas fills the frame (700 × 480), and the fitted route is inside it.
    const canvas = await frame.$eval('.react-flow', (el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height, scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight };
    });
    assert.deepEqual(canvas, { width: 700, height: 480, scrollW: 700, scrollH: 480 });
    const boxes = await frame.$$eval('.react-flow__node.on-route', (els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    assert.equal(boxes.length, 4, 'the four nodes of the route are drawn');
    for (const b of boxes) {
      assert.ok(b.left >= 0 && b.top >= 0 && b.right <= 700 && b.bottom <= 480, `route node inside the frame: ${JSON.stringify(b)}`);
    }
    assert.deepEqual([...tracked.consoleErrors, ...blog.consoleErrors], []);
    } finally {
      await blog.page.close();
      blogServer.close();
    }
    await page.close();
  });

  it('the server says who may frame the site (frame-ancestors in the CSP header)', async () => {
    const response = await fetch(app.url);
    assert.match(response.headers.get('content-security-policy') ?? '', /; frame-ancestors \*$/);
  });
});

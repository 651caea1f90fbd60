// Installable and offline: the manifest and icons, the service worker caching the app shell, fonts and
// shipped maps (load, go offline, reload: the map draws and a route works), and the notice when a new
// version has been deployed.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, drawnNodeIds, openMap, startApp, type App } from './harness';

const FROM = 'role-m365-administrator';
const TO = 'role-cloud-solutions-architect';
// The least-time route the map gives (written out, not asked of the app's own router).
const ROUTE_IDS = ['az-104', 'az-305', 'role-cloud-solutions-architect', 'role-m365-administrator'];

/** Waits until a service worker controls the page's scope and has finished installing (precached). */
async function waitForWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.scope;
  });
}

async function onRoute(page: Page): Promise<string[]> {
  await page.waitForSelector('.react-flow__node.on-route', { timeout: 20_000 });
  return (await drawnNodeIds(page, 'on-route')).sort();
}

describe('installable and offline', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('links the icons and a web app manifest with name, colours and icons that exist', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const links = await page.$$eval('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]', (els) =>
      els.map((el) => `${el.getAttribute('rel') ?? ''} ${el.getAttribute('href') ?? ''}`),
    );
    assert.deepEqual(links.sort(), ['apple-touch-icon /apple-touch-icon.png', 'icon /favicon-32.png', 'icon /favicon.svg', 'manifest /manifest.webmanifest']);
    const manifest = (await (await fetch(new URL('manifest.webmanifest', app.url))).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    assert.equal(manifest.name, 'Pathwise: career roadmaps');
    assert.equal(manifest.short_name, 'Pathwise');
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, '#14171F');
    assert.equal(manifest.background_color, '#F6F7F9');
    assert.deepEqual(
      manifest.icons.map((i) => `${i.src} ${i.sizes}${i.purpose === undefined ? '' : ` ${i.purpose}`}`),
      ['icon-192.png 192x192', 'icon-512.png 512x512', 'icon-maskable-512.png 512x512 maskable', 'favicon.svg any'],
    );
    // Each icon is served, and the PNGs are real PNGs of the size they claim (the IHDR width and height).
    for (const icon of [...manifest.icons.map((i) => i.src), 'apple-touch-icon.png', 'favicon-32.png']) {
      const response = await fetch(new URL(icon, app.url));
      assert.equal(response.status, 200, icon);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (icon.endsWith('.png')) {
        assert.equal(bytes.toString('latin1', 1, 4), 'PNG', icon);
        const size = Number(/(\d+)\.png$/.exec(icon)?.[1] ?? (icon === 'apple-touch-icon.png' ? 180 : 0));
        assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [size, size], `${icon} dimensions`);
      } else {
        assert.match(bytes.toString('utf8'), /^<svg /, icon);
      }
    }
    // The first visit installs the worker and says so once.
    await page.getByText('Pathwise is saved on this device and now works offline.').waitFor({ timeout: 30_000 });
    // Issue 11: the notice sits in the top bar, so it covers no part of the map.
    const chip = await page.locator('.offline-chip').boundingBox();
    const canvas = await page.locator('.react-flow').boundingBox();
    assert.ok(chip !== null && canvas !== null, 'the chip and the canvas are drawn');
    assert.ok(chip.y + chip.height <= canvas.y + 0.5, `the chip (bottom ${String(chip.y + chip.height)}) ends above the canvas (top ${String(canvas.y)})`);
    await page.locator('.offline-chip').getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('.offline-chip').waitFor({ state: 'detached' });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('after one visit, works offline: reload draws the map, fonts load, and a route is found', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    assert.equal(await waitForWorker(page), app.url, 'the service worker scope');

    await app.context.setOffline(true);
    try {
      // The server is still up, so only the browser being offline is tested (not a dead server).
      await page.reload();
      await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'the page is served by the worker');
      const drawn = await drawnNodeIds(page);
      assert.ok(drawn.length >= 100, `the whole map is drawn offline (${drawn.length} nodes)`);
      assert.equal(await page.evaluate(async () => (await document.fonts.load('500 14px Inter')).length > 0), true, 'Inter loads offline');

      // A deep link to a route, opened while offline (a navigation the worker answers with the app shell).
      await page.goto(new URL(`?from=${FROM}&to=${TO}&by=months`, app.url).toString());
      assert.deepEqual(await onRoute(page), ROUTE_IDS);

      // The second shipped map is cached too.
      const second = await page.evaluate(async () => {
        const r = await fetch('maps/cybersecurity-foundations.json');
        return r.ok ? ((await r.json()) as { meta: { title: string } }).meta.title : `HTTP ${r.status}`;
      });
      assert.equal(typeof second, 'string');
      assert.doesNotMatch(second, /^HTTP/);
    } finally {
      await app.context.setOffline(false);
    }
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

describe('a new version', () => {
  let app: App;
  let site = '';
  before(async () => {
    // A copy of the build, so a "deploy" can change it without touching dist/.
    site = mkdtempSync(join(tmpdir(), 'pathwise-site-'));
    cpSync(join(ROOT, 'dist'), site, { recursive: true });
    app = await startApp({ outDir: site });
  });
  after(async () => {
    await app.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('shows a notice when a new version is ready, and Reload switches to it', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await waitForWorker(page);
    await page.getByText('Pathwise is saved on this device and now works offline.').waitFor({ timeout: 20_000 });

    // Deploy: any change to the service worker file is a new version to the browser.
    appendFileSync(join(site, 'sw.js'), '\n// new version\n');
    await page.reload();
    await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
    const notice = page.getByText('A new version of Pathwise is ready.');
    await notice.waitFor({ timeout: 30_000 });
    // The new version waits for the user: the old worker still serves this page.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null && r?.waiting !== undefined)), true);

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
    const after = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r?.waiting ?? null, controller: navigator.serviceWorker.controller?.scriptURL ?? null };
    });
    assert.equal(after.waiting, null, 'no version left waiting');
    assert.equal(after.controller, new URL('sw.js', app.url).toString(), 'the new worker controls the page');
    assert.equal(await page.getByText('A new version of Pathwise is ready.').count(), 0);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

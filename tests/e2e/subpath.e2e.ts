// Deploying under a sub-path (GitHub Pages-like hosting): a build with PATHWISE_BASE=/sub/path/ into
// its own folder, served under /sub/path/ only. Every asset, map, worker, font, the manifest and the
// service worker must come from under the base, and deep links must work.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, detailsHeading, drawnNodeIds, openMap, startApp, type App } from './harness';

const BASE = '/sub/path/';
const OUT = 'dist-subpath-e2e';

// The fewest-steps route MS-102 → AZ-305 (written out, not asked of the app's own router).
const ROUTE_IDS = ['az-104', 'az-305', 'ms-102'];

describe(`the site built for ${BASE}`, () => {
  let app: App;
  before(async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, PATHWISE_BASE: BASE },
      encoding: 'utf8',
      timeout: 170_000,
    });
    assert.equal(build.status, 0, `vite build under ${BASE} failed:\n${build.stderr}`);
    // A map the build did not check (its bytes match no shipped map's hash), as an author would put
    // one on the site: the app must validate it in the worker, which has to load from under the base.
    const own = JSON.parse(readFileSync(join(ROOT, 'graph-data/cybersecurity-foundations.json'), 'utf8')) as { meta: { title: string } };
    own.meta.title = 'Own map under the base';
    writeFileSync(join(ROOT, OUT, 'maps/own-map.json'), JSON.stringify(own, null, 2));
    app = await startApp({ outDir: OUT, base: BASE });
  });
  after(async () => {
    await app.close();
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
  });

  it('draws the map, loading everything from under the base (no 404, nothing from the site root)', async () => {
    const tracked = await app.newPage();
    const requests: string[] = [];
    const failed: string[] = [];
    tracked.page.on('request', (r) => requests.push(r.url()));
    tracked.page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const page = await openMap(tracked, app);
    assert.equal(app.url.endsWith(BASE), true);
    assert.ok((await drawnNodeIds(page)).length >= 100, 'the whole map is drawn');
    assert.equal(await page.evaluate(async () => (await document.fonts.load('500 14px Inter')).length > 0), true, 'Inter loads');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, app.url, 'the service worker scope is the base');
    const manifest = await page.$eval('link[rel="manifest"]', (el) => el.getAttribute('href'));
    assert.equal(manifest, `${BASE}manifest.webmanifest`);
    const origin = new URL(app.url).origin;
    const outside = requests.filter((u) => u.startsWith(origin) && !u.startsWith(app.url));
    assert.deepEqual(outside, [], 'requests outside the base');
    assert.ok(requests.some((u) => u === `${app.url}maps/ms-102.json`), 'the default map comes from the base');
    assert.deepEqual(failed, []);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('a deep link to a node and a route works', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?node=az-104&from=ms-102&to=az-305&by=steps');
    await page.waitForSelector('#details-title');
    assert.equal(await detailsHeading(page), 'AZ-104 Azure Administrator');
    await page.waitForSelector('.react-flow__node.on-route');
    assert.deepEqual((await drawnNodeIds(page, 'on-route')).sort(), ROUTE_IDS);
    assert.equal(new URL(page.url()).pathname, BASE, 'the address keeps the base');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('?graph= opens another shipped map from under the base', async () => {
    const tracked = await app.newPage();
    const requests: string[] = [];
    tracked.page.on('request', (r) => requests.push(r.url()));
    const page = await openMap(tracked, app, '?graph=maps/cybersecurity-foundations.json');
    await page.getByText('Opened “Cybersecurity Foundations”').waitFor({ timeout: 20_000 });
    assert.ok(requests.includes(`${app.url}maps/cybersecurity-foundations.json`), 'the map comes from the base');
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.url)), [], 'nothing from outside the base');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('?graph= opens a map the build did not check, validated by a worker loaded from under the base', async () => {
    const tracked = await app.newPage();
    const requests: string[] = [];
    tracked.page.on('request', (r) => requests.push(r.url()));
    const page = await openMap(tracked, app, '?graph=maps/own-map.json');
    await page.getByText('Opened “Own map under the base”').waitFor({ timeout: 20_000 });
    assert.ok(requests.includes(`${app.url}maps/own-map.json`), 'the map comes from the base');
    assert.ok(requests.some((u) => u.startsWith(`${app.url}assets/validate-worker`)), 'the validation worker comes from the base');
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.url)), [], 'nothing from outside the base');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

// A 20,000-node / ~60,000-edge map opens from a file: it is laid out in the worker with progress
// shown, far zoom shows its clusters, and search, details and routes work on it (issue 12 item 3).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findRoute, loadGraphValue } from '../../src/core/index';
import { generateCareerGraph } from '../support/generate-career-graph';
import { openMap, searchAndChoose, settledViewport, startApp, type App } from './harness';

const file = generateCareerGraph({ nodes: 20_000, seed: 11, tracks: 12 });
const loaded = loadGraphValue(file);
if (!loaded.ok) throw new Error('e2e: the generated 20,000-node map does not load');
const model = loaded.graph;
// Two nodes with a route between them, found here with the same routing the app uses.
const FROM = 'cert-120';
const target = ['role-9000', 'role-9001', 'role-9002', 'role-9003', 'role-9010', 'role-9020'].find((to) => findRoute(model, FROM, to, { by: 'months' }).ok);
if (target === undefined) throw new Error('e2e: no route from cert-120 in the generated map');
const TO = target;

describe('a 20,000-node map', () => {
  let app: App;
  let dir: string;
  let path: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pathwise-big-'));
    path = join(dir, 'twenty-thousand.json');
    writeFileSync(path, JSON.stringify(file));
    app = await startApp();
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens from a file with layout progress, shows clusters at far zoom, and search, details and a route work', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    assert.ok(file.edges.length > 55_000, `the map has ${String(file.edges.length)} edges`);
    await page.getByLabel('Open a map file').setInputFiles(path);
    await page.locator('.status-pill', { hasText: 'Laying out 20,000 nodes' }).waitFor({ timeout: 120_000 });
    await page.locator('.react-flow__node-cluster').first().waitFor({ timeout: 300_000 });
    // Count once the view has fitted the new map: before that, only the clusters inside the last
    // map's view are drawn (a loaded CI machine once counted 1).
    await settledViewport(page, 30_000);
    const far = await page.evaluate(() => ({
      clusters: document.querySelectorAll('.react-flow__node-cluster').length,
      nodes: document.querySelectorAll('.react-flow__node:not(.react-flow__node-cluster)').length,
      label: document.querySelector('.pw-cluster-label')?.textContent ?? '',
    }));
    assert.ok(far.clusters >= 5, `${String(far.clusters)} clusters at far zoom`);
    assert.equal(far.nodes, 0, 'no single nodes at far zoom');
    assert.notEqual(far.label, '');

    // Search a node: the view goes to it, nodes replace clusters, and its details open.
    await searchAndChoose(page, 'cert-4321', 'cert-4321');
    await page.locator('#details-title', { hasText: 'certification cert-4321' }).waitFor({ timeout: 30_000 });
    await settledViewport(page);
    await page.locator('.react-flow__node[data-id="cert-4321"]').waitFor({ timeout: 30_000 });
    const near = await page.evaluate(() => ({
      clusters: document.querySelectorAll('.react-flow__node-cluster').length,
      nodes: document.querySelectorAll('.react-flow__node:not(.react-flow__node-cluster)').length,
    }));
    assert.equal(near.clusters, 0, 'zoomed in, no clusters');
    assert.ok(near.nodes > 10 && near.nodes <= 1000, `${String(near.nodes)} nodes drawn near the searched one`);

    // Zooming far out brings the clusters back.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    assert.ok(pane !== null);
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 400);
    await page.locator('.react-flow__node-cluster').first().waitFor({ timeout: 30_000 });

    // A route between two nodes of the big map.
    await searchAndChoose(page, FROM, FROM);
    await page.locator('#details-title', { hasText: FROM }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Route from here' }).click();
    // The route panel opens with the cursor in its other end, as a user sees it: type the goal there.
    // (Typing into the map's search box instead races the panel, which takes focus when it opens.)
    const to = page.getByRole('combobox', { name: 'Route to', exact: true });
    await page.waitForFunction(() => document.activeElement?.closest('.route-to') != null, undefined, { timeout: 30_000 });
    assert.equal(await to.evaluate((el) => el === document.activeElement), true, 'the cursor is in the route\'s other end');
    await searchAndChoose(page, TO, TO, 'Route to');
    const steps = page.getByRole('list', { name: 'Route steps' });
    await steps.waitFor({ timeout: 60_000 });
    assert.ok((await steps.getByRole('listitem').count()) >= 2, 'the route lists its steps');
    await page.locator('.react-flow__node.on-route').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('stops laying out the big map when another map is opened', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByLabel('Open a map file').setInputFiles(path);
    await page.locator('.status-pill', { hasText: 'Laying out 20,000 nodes' }).waitFor({ timeout: 120_000 });
    await page.selectOption('#map-select', 'maps/ms-102.json');
    await page.locator('.react-flow__node[data-id="ms-102"]').waitFor({ timeout: 60_000 });
    await page.locator('.status-pill', { hasText: 'Laying out' }).waitFor({ state: 'detached', timeout: 30_000 });
    // Give a layout that was not stopped time to finish: nothing of the big map may come back.
    await page.waitForTimeout(5_000);
    assert.equal(await page.locator('.react-flow__node-cluster').count(), 0, 'no clusters of the big map');
    assert.equal(await page.locator('#map-select').inputValue(), 'maps/ms-102.json');
    await page.close();
  });
});

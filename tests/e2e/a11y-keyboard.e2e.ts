// The map for keyboard and screen-reader users: one Tab stop with arrow keys along the links, names
// that carry each node's state, and React Flow's drag-and-delete instructions replaced.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, canvasBox, detailsHeading, drawnNodeIds, nodeBox, openMap, settledViewport, startApp, viewport, viewportChange, type App } from './harness';

interface MapNode {
  id: string;
  kind: string;
  label: string;
}
const graph = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as {
  nodes: MapNode[];
  edges: { source: string; target: string }[];
};
const drawable = graph.nodes.filter((n) => n.kind !== 'track');
const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
const linked = (id: string) => new Set(graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));

/** The id of the focused map node, or a note of what has focus instead. */
async function focusedNode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.classList.contains('react-flow__node') === true ? (el.getAttribute('data-id') ?? '') : `not a node: ${el?.tagName ?? 'none'}`;
  });
}

describe('the map as one Tab stop', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('gives exactly one node tabindex 0, so Tab enters the map once and the next Tab leaves it', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    const tabIndexes = await page.$$eval('.react-flow__node', (els) => els.map((e) => e.getAttribute('tabindex')));
    assert.equal(tabIndexes.length, drawable.length);
    assert.equal(tabIndexes.filter((t) => t === '0').length, 1, 'one node is the Tab stop');
    assert.equal(tabIndexes.filter((t) => t === '-1').length, drawable.length - 1, 'the others are reached with the arrow keys');

    let presses = 0;
    while ((await focusedNode(page)).startsWith('not') && presses < 30) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    const entered = await focusedNode(page);
    assert.ok(!entered.startsWith('not'), 'Tab reaches the map');
    assert.ok(presses <= 15, `the map is reached in ${presses} presses, after the skip link and the tools`);
    await page.keyboard.press('Tab');
    assert.match(await focusedNode(page), /^not a node/, 'the next Tab leaves the map instead of walking its nodes');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedNode(page), entered, 'Shift+Tab comes back to the same node');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('moves along the links with the arrow keys, opens details with Enter, and pans with Shift+arrows', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?node=role-m365-administrator');
    await page.waitForSelector('#details-title');
    await settledViewport(page);
    const start = page.locator('.react-flow__node[data-id="role-m365-administrator"]');
    assert.equal(await start.getAttribute('tabindex'), '0', 'the selected node is the Tab stop');
    await start.focus();

    const before = await nodeBox(page, 'role-m365-administrator');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') !== 'role-m365-administrator');
    const next = await focusedNode(page);
    assert.ok(linked('role-m365-administrator').has(next), `→ goes to a node linked to the start (got ${next})`);
    const after = await nodeBox(page, next);
    assert.ok(before !== null && after !== null && after.x > before.x, '→ goes to the right');
    assert.equal(await page.locator(`.react-flow__node[data-id="${next}"]`).getAttribute('tabindex'), '0', 'the Tab stop moves with focus');

    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') !== id, next);
    assert.ok(linked(next).has(await focusedNode(page)), '← goes back along a link');

    const here = await focusedNode(page);
    const view = await settledViewport(page);
    await page.keyboard.press('Shift+ArrowRight');
    const panned = await viewportChange(page, view);
    assert.ok(panned.x < view.x, 'Shift+→ pans the map');
    assert.equal(await focusedNode(page), here, 'and focus stays on the node');

    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector('#details-title')?.textContent === id, labelOf(here) ?? '');
    assert.equal(await detailsHeading(page), labelOf(here), 'Enter opens the focused node');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('follows the focused node with the view when the arrow keys leave the screen', async () => {
    const tracked = await app.newPage({ viewport: { width: 800, height: 600 } });
    const page = await openMap(tracked, app, '?node=ms-102');
    await page.waitForSelector('#details-title');
    await settledViewport(page);
    await page.locator('.react-flow__node[data-id="ms-102"]').focus();
    // Close in, so a few steps along the links leave the screen.
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('+');
      await settledViewport(page);
    }
    assert.ok((await viewport(page)).zoom >= 1.8, 'zoomed in');
    const seen = new Set<string>();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('ArrowRight');
      await settledViewport(page);
      const id = await focusedNode(page);
      seen.add(id);
      const box = await nodeBox(page, id);
      const canvas = await canvasBox(page);
      assert.ok(box !== null, `${id} is drawn`);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      assert.ok(cx > canvas.x && cx < canvas.x + canvas.width && cy > canvas.y && cy < canvas.y + canvas.height, `${id} is on screen after step ${i + 1}`);
    }
    assert.ok(seen.size >= 3, `focus moved through several nodes (${[...seen].join(', ')})`);
    await page.close();
  });
});

describe('what screen readers hear on the map', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('names nodes with their route step, mark and retirement, describes them for this app, and hides the lines', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?node=az-104');
    await page.waitForSelector('#details-title');
    await page.keyboard.press('d');
    await page.waitForSelector('.react-flow__node.progress-done[data-id="az-104"]');
    await page.goto(new URL('?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months', app.url).toString());
    await page.waitForSelector('.react-flow__node.on-route');
    const name = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('aria-label');
    // The route by months: M365 Administrator → AZ-104 → AZ-305 → Cloud Solutions Architect.
    assert.equal(await name('role-m365-administrator'), 'Role Microsoft 365 Administrator, Mid level; start of the route');
    assert.equal(await name('az-104'), 'Certification AZ-104 Azure Administrator, Associate; step 1 of 3 on the route; done');
    assert.equal(await name('az-305'), 'Certification AZ-305 Azure Solutions Architect, Expert; step 2 of 3 on the route');
    assert.match((await name('role-cloud-solutions-architect')) ?? '', /; step 3 of 3 on the route$/);
    assert.equal(await name('ms-900'), 'Certification MS-900 Microsoft 365 Fundamentals, Fundamentals; retired 2026-03-31');

    const description = await page.evaluate(() => {
      const node = document.querySelector('.react-flow__node');
      const id = node?.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    assert.equal(description, 'Arrow keys move to a linked node, Enter opens its details, Shift with the arrow keys pans the map.');
    assert.doesNotMatch(await page.locator('body').innerText(), /Press delete|move the node/i);

    const edges = await page.$$eval('.pw-edge', (els) => els.map((e) => e.closest('[aria-hidden="true"]') !== null));
    assert.ok(edges.length > 100, 'the lines are drawn');
    assert.deepEqual([...new Set(edges)], [true], 'every line is hidden from assistive technology (the details and the route list say the same in words)');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

describe('keyboard only', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('plans a route in at most 25 key presses, marks a node done and exports a real PNG, never touching the mouse', async (t) => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    let presses = 0;
    const press = async (key: string) => {
      await page.keyboard.press(key);
      presses += 1;
    };
    const type = async (text: string) => {
      for (const ch of text) await press(ch);
    };
    const focusedText = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

    await press('Tab');
    assert.equal(await focusedText(), 'Skip to the map tools');
    await press('Enter');
    await press('Tab');
    assert.equal(await focusedText(), 'Plan a route');
    await press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.route-from') !== null);
    await type('m3');
    await page.getByRole('listbox', { name: 'Route from suggestions' }).getByRole('option').first().waitFor();
    await press('Enter');
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.route-from input')?.value ?? '') === 'Microsoft 365 Administrator');
    while ((await page.evaluate(() => document.activeElement?.closest('.route-to'))) === null && presses < 25) await press('Tab');
    await type('cloud s');
    await page.getByRole('listbox', { name: 'Route to suggestions' }).getByRole('option').first().waitFor();
    await press('Enter');
    await page.waitForSelector('.react-flow__node.on-route');
    assert.equal(await page.locator('.route-to input').inputValue(), 'Cloud Solutions Architect');
    assert.ok(presses <= 25, `the route took ${presses} key presses`);
    t.diagnostic(`route planned in ${presses} key presses`);
    const routeIds = await drawnNodeIds(page, 'on-route');
    assert.ok(routeIds.includes('role-m365-administrator') && routeIds.includes('role-cloud-solutions-architect'));

    // Into the map (one Tab stop, on the route's start), along the route, Enter, then D marks it done.
    for (let i = 0; i < 40 && (await focusedNode(page)).startsWith('not'); i += 1) await page.keyboard.press('Tab');
    assert.equal(await focusedNode(page), 'role-m365-administrator', 'Tab enters the map at the route start');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') !== 'role-m365-administrator');
    const chosen = await focusedNode(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf(chosen) ?? '');
    await page.keyboard.press('d');
    await page.waitForSelector(`.react-flow__node.progress-done[data-id="${chosen}"]`);

    // Back to the tools and export a PNG.
    for (let i = 0; i < 40 && (await focusedText()) !== 'Export'; i += 1) await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedText(), 'Export');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.export-panel') !== null);
    for (let i = 0; i < 30 && !/^PNG image/.test(await focusedText()); i += 1) await page.keyboard.press('Tab');
    assert.match(await focusedText(), /^PNG image/);
    // The whole map at 2× is a picture of about 11,600×7,900 px: slow on a loaded machine.
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the file is a PNG');
    assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.ok(bytes.readUInt32BE(16) > 100 && bytes.readUInt32BE(20) > 100, 'with a real picture in it');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

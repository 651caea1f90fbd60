// The roadmap view: moving around the map, finding and reading nodes, filters, focus, theme,
// deep links, keyboard use, accessibility and a phone-sized screen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ROOT,
  canvasBox,
  clickNode,
  detailsHeading,
  drawnNodeIds,
  emptyPanePoint,
  nodeBox,
  openMap,
  searchAndChoose,
  settledViewport,
  startApp,
  viewport,
  viewportChange,
  type App,
} from './harness';
import { axeViolations } from './axe';

interface MapNode {
  id: string;
  kind: string;
  label: string;
  status?: { state: string; replacement?: string };
}
interface MapEdge {
  source: string;
  target: string;
}
const graph = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as { nodes: MapNode[]; edges: MapEdge[] };
const drawable = graph.nodes.filter((n) => n.kind !== 'track');
const skillIds = drawable.filter((n) => n.kind === 'skill').map((n) => n.id);
const retiredIds = drawable.filter((n) => n.kind === 'certification' && n.status?.state === 'retired').map((n) => n.id);

/** Neighbours in either direction, including the replacement a retired certification points to. */
function neighboursOf(id: string): Set<string> {
  const out = new Set([id]);
  for (const e of graph.edges) {
    if (e.source === id) out.add(e.target);
    if (e.target === id) out.add(e.source);
  }
  for (const n of drawable) {
    const replacement = n.status?.replacement;
    if (replacement === undefined || (n.status?.state !== 'retired' && n.status?.state !== 'retiring')) continue;
    if (n.id === id) out.add(replacement);
    if (replacement === id) out.add(n.id);
  }
  return out;
}

const PHONE = { width: 390, height: 844 };

/** Taps (clicks) the first node that is on screen and not covered; returns its id. */
async function tapSomeNode(page: Page): Promise<string> {
  const pane = await canvasBox(page);
  for (const id of await drawnNodeIds(page)) {
    const box = await nodeBox(page, id);
    if (box === null || box.x < 0 || box.x + box.width > PHONE.width || box.y < pane.y || box.y + box.height > pane.y + pane.height) continue;
    try {
      await clickNode(page, id);
      return id;
    } catch {
      // covered by a control: try the next node
    }
  }
  throw new Error('e2e: no node on screen to tap');
}

/** How far a node's centre is from the canvas centre, in page pixels. */
async function centreOffset(page: Page, id: string): Promise<{ dx: number; dy: number }> {
  const node = await nodeBox(page, id);
  const pane = await canvasBox(page);
  assert.ok(node !== null, `${id} is drawn`);
  return { dx: node.x + node.width / 2 - (pane.x + pane.width / 2), dy: node.y + node.height / 2 - (pane.y + pane.height / 2) };
}

describe('exploring the roadmap', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('starts with the whole map fitted in the canvas and zoom controls; the minimap comes once part of the map is out of view', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    const canvas = await canvasBox(page);
    const outside: string[] = [];
    const ids = await drawnNodeIds(page);
    // Every node of the map is drawn (an empty or partial canvas would make the check below vacuous).
    assert.equal(ids.length, drawable.length, 'every node of the map is drawn');
    for (const id of ids) {
      const box = await nodeBox(page, id);
      assert.ok(box !== null, `${id} has a box`);
      const inside =
        box.x >= canvas.x - 1 && box.y >= canvas.y - 1 && box.x + box.width <= canvas.x + canvas.width + 1 && box.y + box.height <= canvas.y + canvas.height + 1;
      if (!inside) outside.push(id);
    }
    assert.deepEqual(outside, [], 'every node is inside the canvas at load');
    assert.equal(await page.locator('.react-flow__controls').count(), 1, 'zoom controls');
    // The whole map is in view: a minimap would repeat it over the bottom-right corner's nodes.
    assert.equal(await page.locator('.react-flow__minimap').count(), 0, 'no minimap while the whole map is in view');
    const view = await settledViewport(page);
    await page.locator('.react-flow__controls-zoomin').click();
    await viewportChange(page, view);
    await page.locator('.react-flow__minimap').waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('.react-flow__minimap').isVisible(), 'a visible minimap once zoomed in');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('pans with a mouse drag on the empty pane, zooms with the wheel, the buttons and the keys', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    let view = await settledViewport(page);

    const start = await emptyPanePoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 30, { steps: 5 });
    await page.mouse.move(start.x + 120, start.y + 60, { steps: 5 });
    await page.mouse.up();
    let next = await viewportChange(page, view);
    assert.ok(Math.abs(next.x - view.x - 120) < 8 && Math.abs(next.y - view.y - 60) < 8, `drag moves the map by the drag: ${JSON.stringify({ view, next })}`);
    assert.equal(next.zoom, view.zoom, 'a drag does not zoom');
    view = next;

    const wheelAt = await emptyPanePoint(page);
    await page.mouse.move(wheelAt.x, wheelAt.y);
    await page.mouse.wheel(0, -300);
    next = await viewportChange(page, view);
    assert.ok(next.zoom > view.zoom, `wheel up zooms in: ${String(view.zoom)} → ${String(next.zoom)}`);
    view = next;

    await page.locator('.react-flow__controls-zoomin').click();
    next = await viewportChange(page, view);
    assert.ok(next.zoom > view.zoom, 'the zoom-in button zooms in');
    view = next;
    await page.locator('.react-flow__controls-zoomout').click();
    next = await viewportChange(page, view);
    assert.ok(next.zoom < view.zoom, 'the zoom-out button zooms out');
    view = next;

    // Keys act on the map when nothing is being typed; the body has focus after this.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.keyboard.press('+');
    next = await viewportChange(page, view);
    assert.ok(next.zoom > view.zoom, '+ zooms in');
    view = next;
    await page.keyboard.press('-');
    next = await viewportChange(page, view);
    assert.ok(next.zoom < view.zoom, '- zooms out');
    view = next;
    await page.keyboard.press('ArrowLeft');
    next = await viewportChange(page, view);
    assert.ok(next.x > view.x && Math.abs(next.y - view.y) < 0.5, 'ArrowLeft pans to show what is on the left');
    view = next;
    await page.keyboard.press('ArrowUp');
    next = await viewportChange(page, view);
    assert.ok(next.y > view.y && Math.abs(next.x - view.x) < 0.5, 'ArrowUp pans to show what is above');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('finds AZ-305 by typing in the search box and choosing with the arrow keys and Enter', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await searchAndChoose(page, 'az-305', 'AZ-305');
    await page.waitForSelector('#details-title');
    assert.match((await detailsHeading(page)) ?? '', /AZ-305/);
    assert.match(page.url(), /[?&]node=az-305(&|$)/, 'the address names the selected node');
    await settledViewport(page);
    assert.ok((await viewport(page)).zoom >= 1, 'zoomed in far enough to read it');
    const box = await nodeBox(page, 'az-305');
    const pane = await canvasBox(page);
    assert.ok(box !== null && box.x >= pane.x && box.x + box.width <= pane.x + pane.width, 'AZ-305 is in view');
    await page.close();
  });

  it(
    'centres the node chosen in the search box in the canvas that is left once the details panel is open',
    async () => {
      const tracked = await app.newPage();
      const page = await openMap(tracked, app);
      await settledViewport(page);
      await searchAndChoose(page, 'az-305', 'AZ-305');
      await page.waitForSelector('#details-title');
      await settledViewport(page);
      const offset = await centreOffset(page, 'az-305');
      assert.ok(Math.abs(offset.dx) < 40 && Math.abs(offset.dy) < 40, `AZ-305 is centred in the canvas (off by ${offset.dx.toFixed(0)}, ${offset.dy.toFixed(0)} px)`);
      await page.close();
    },
  );

  it('hides skills and retired certifications with the filters and says how many nodes are hidden', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Skills', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Retired certifications', exact: true }).uncheck();
    // Both filters have something to hide in the shipped map; were either empty, the check would be vacuous.
    assert.ok(skillIds.length > 0 && retiredIds.length > 0, 'the map has skills and retired certifications');
    const expectedHidden = skillIds.length + retiredIds.length;
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, drawable.length - expectedHidden, { timeout: 20_000 });
    const drawn = new Set(await drawnNodeIds(page));
    assert.deepEqual(skillIds.filter((id) => drawn.has(id)), [], 'no skill is drawn');
    assert.deepEqual(retiredIds.filter((id) => drawn.has(id)), [], 'no retired certification is drawn');
    assert.ok(drawn.has('ms-102') && drawn.has('role-m365-administrator'), 'the rest stays');
    assert.ok(retiredIds.includes('ms-900'), 'MS-900 is retired in the data');
    const note = page.locator('.hidden-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`^${String(expectedHidden)} nodes hidden`));
    await note.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, drawable.length, { timeout: 20_000 });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('opens details on a click, with sources as safe links that open in a new tab, and relation links that move the selection', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    await clickNode(page, 'az-305');
    await page.waitForSelector('#details-title');
    assert.match((await detailsHeading(page)) ?? '', /AZ-305/);
    const links = await page.$$eval('section.details ul.sources a', (els) =>
      els.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') ?? '' })),
    );
    assert.ok(links.length > 0, 'AZ-305 cites sources');
    for (const link of links) {
      assert.match(link.href, /^https?:\/\//, `source link is http(s): ${link.href}`);
      assert.deepEqual(new Set(link.rel.split(/\s+/)), new Set(['noopener', 'noreferrer']), `rel of ${link.href}`);
      assert.equal(link.target, '_blank');
    }
    const relation = page.locator('section.details ul.relations button').first();
    const relationLabel = ((await relation.textContent()) ?? '').trim();
    assert.notEqual(relationLabel, '');
    await relation.click();
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, relationLabel);
    assert.equal(await detailsHeading(page), relationLabel, 'the relation link selects that node');
    await page.close();
  });

  it('opens details from a ?node= link, and names an unknown id in a notice while the map still draws', async () => {
    const tracked = await app.newPage();
    let page = await openMap(tracked, app, '?node=az-305');
    await page.waitForSelector('#details-title');
    assert.match((await detailsHeading(page)) ?? '', /AZ-305/);
    await page.close();

    const second = await app.newPage();
    page = await openMap(second, app, '?node=does-not-exist');
    const notice = page.locator('.notices .notice');
    await notice.first().waitFor();
    assert.match((await notice.allTextContents()).join(' '), /does-not-exist/);
    assert.equal((await drawnNodeIds(page)).length, drawable.length, 'the whole map still draws');
    assert.equal(await page.$('#details-title'), null, 'nothing is selected');
    await page.close();
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    try {
      for (let i = 0; i < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark'; i += 1) {
        await page.getByRole('button', { name: /^Theme: / }).click();
      }
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
      assert.equal(await page.evaluate(() => localStorage.getItem('pathwise.theme')), 'dark');
      await page.reload();
      await page.waitForSelector('.react-flow__node');
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'still dark after a reload');
      assert.match((await page.getByRole('button', { name: /^Theme: / }).getAttribute('aria-label')) ?? '', /^Theme: dark\./);
    } finally {
      await page.evaluate(() => {
        localStorage.removeItem('pathwise.theme');
      });
      await page.close();
    }
  });

  it('focuses on a node and its neighbours, then shows the whole map again', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?node=az-305');
    await page.waitForSelector('#details-title');
    const expected = neighboursOf('az-305');
    await page.getByRole('button', { name: 'Focus on neighbours' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, expected.size, { timeout: 20_000 });
    assert.deepEqual(new Set(await drawnNodeIds(page)), expected);
    await page.getByRole('button', { name: 'Show whole map' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, drawable.length, { timeout: 20_000 });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('reaches a node with Tab, selects it with Enter and clears the selection with Escape', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('.react-flow__node') === true);
    }
    assert.ok(reached, 'a node takes focus within 40 presses of Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
    const label = drawable.find((n) => n.id === id)?.label;
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-title');
    assert.equal(await detailsHeading(page), label, 'Enter opens the focused node');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#details-title', { state: 'detached' });
    assert.doesNotMatch(page.url(), /node=/);
    await page.close();
  });

  it('has no serious or critical axe violations, on the map and with details open', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    const onMap = await axeViolations(page, 'serious');
    assert.deepEqual(onMap, [], `axe on the map:\n${onMap.join('\n')}`);
    await clickNode(page, 'az-305');
    await page.waitForSelector('#details-title');
    // Move the pointer off the map: hovering a node dims the others on purpose, which is not the resting page.
    await page.locator('#details-title').hover();
    await page.waitForFunction(() => document.querySelector('.react-flow__node.dimmed') === null);
    const withDetails = await axeViolations(page, 'serious');
    assert.deepEqual(withDetails, [], `axe with details open:\n${withDetails.join('\n')}`);
    await page.close();
  });

  it('on a 390×844 phone screen, pans with a drag and opens details for a tapped node', async () => {
    const tracked = await app.newPage({ viewport: PHONE });
    const page = await openMap(tracked, app);
    const view = await settledViewport(page);
    const start = await emptyPanePoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 50, start.y + 40, { steps: 8 });
    await page.mouse.up();
    const next = await viewportChange(page, view);
    assert.ok(next.x < view.x && next.y > view.y, 'the drag pans the map');
    const tapped = await tapSomeNode(page);
    await page.locator('section.details').waitFor();
    assert.equal(await detailsHeading(page), drawable.find((n) => n.id === tapped)?.label);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it(
    'on a 390×844 phone screen, the top bar, the canvas and the details sheet fit the screen width',
    async () => {
      const tracked = await app.newPage({ viewport: PHONE });
      const page = await openMap(tracked, app);
      await settledViewport(page);
      await tapSomeNode(page);
      const panel = page.locator('section.details');
      await panel.waitFor();
      const widths = await page.evaluate(() =>
        ['.topbar', '.react-flow', 'section.details'].map((s) => [s, document.querySelector(s)?.getBoundingClientRect().right ?? -1] as const),
      );
      for (const [selector, right] of widths) assert.ok(right > 0 && right <= PHONE.width + 1, `${selector} ends at ${right.toFixed(0)} px, inside the ${String(PHONE.width)} px screen`);
      const heading = await page.locator('#details-title').boundingBox();
      assert.ok(heading !== null && heading.y >= 0 && heading.y + heading.height <= PHONE.height, 'the details heading is on screen');
      await page.close();
    },
  );

  it(
    'on a 390×844 phone screen, a node chosen in the search box is shown above the details sheet',
    async () => {
      const tracked = await app.newPage({ viewport: PHONE });
      const page = await openMap(tracked, app);
      await searchAndChoose(page, 'az-305', 'AZ-305');
      await page.locator('section.details').waitFor();
      await settledViewport(page);
      const visible = await page.evaluate(() => {
        const node = document.querySelector('.react-flow__node[data-id="az-305"]');
        if (node === null) return false;
        const r = node.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return hit !== null && node.contains(hit);
      });
      assert.ok(visible, 'the middle of AZ-305 is on screen and not covered by a panel');
      await page.close();
    },
  );
});

// Accessibility and the user's own steps: filters that say what they do and live in the URL, a
// route step never hidden without a word, Back and Forward inside the app, one h1 and skip links.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, clickNode, detailsHeading, drawnNodeIds, openMap, settledViewport, startApp, type App } from './harness';

interface MapNode {
  id: string;
  kind: string;
  label: string;
  tracks?: string[];
}
const graph = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as { nodes: MapNode[] };
const drawable = graph.nodes.filter((n) => n.kind !== 'track');
const tracks = graph.nodes.filter((n) => n.kind === 'track');
/** Nodes drawn when only `track` is shown: those on it, and those on no track at all. */
const onlyTrack = (track: string) => drawable.filter((n) => (n.tracks ?? []).length === 0 || (n.tracks ?? []).includes(track)).map((n) => n.id).sort();

async function nodeCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, n, { timeout: 20_000 });
}

describe('accessibility and history', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('ticks a career path while it is shown, offers "Only this path" and "Show all", and keeps filters in the URL', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const paths = page.getByRole('group', { name: /Career paths/ });
    const boxes = paths.getByRole('checkbox');
    assert.equal(await boxes.count(), 13, 'one box per career path');
    for (let i = 0; i < 13; i += 1) assert.equal(await boxes.nth(i).isChecked(), true, 'every path is shown at first, so every box is ticked');
    assert.match((await paths.locator('legend').textContent()) ?? '', /13 of 13 shown/);

    await page.getByRole('checkbox', { name: 'Trainer', exact: true }).uncheck();
    // Trainer's three nodes are on no other path.
    await nodeCount(page, drawable.length - 3);
    assert.equal(await page.getByRole('checkbox', { name: 'Trainer', exact: true }).isChecked(), false);
    assert.match(page.url(), /[?&]paths=track-trainer(&|$)/);

    await page.getByRole('button', { name: 'Only this path: Trainer', exact: true }).click();
    const expected = onlyTrack('track-trainer');
    await nodeCount(page, expected.length);
    assert.deepEqual((await drawnNodeIds(page)).sort(), expected);
    assert.equal(await page.getByRole('checkbox', { name: 'Trainer', exact: true }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Consultant', exact: true }).isChecked(), false);
    assert.match((await paths.locator('legend').textContent()) ?? '', /1 of 13 shown/);

    // The filters survive a reload through the URL.
    await page.reload();
    await nodeCount(page, expected.length);
    assert.match(page.url(), /panel=filters/);
    await page.getByRole('button', { name: 'Show all', exact: true }).first().click();
    await nodeCount(page, drawable.length);
    assert.doesNotMatch(page.url(), /paths=/);
    assert.equal(tracks.length, 13);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('never hides a route step without a word: filtered-out steps stay drawn and the note says so', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months&hide=certification');
    await page.waitForSelector('.react-flow__node.on-route');
    const drawn = new Set(await drawnNodeIds(page));
    // The route by months goes through AZ-104 and AZ-305, both certifications.
    assert.ok(drawn.has('az-104') && drawn.has('az-305'), 'the certifications on the route stay drawn');
    assert.ok(!drawn.has('ms-102') && !drawn.has('sc-300'), 'other certifications are hidden');
    const note = (await page.locator('.hidden-note').textContent()) ?? '';
    assert.match(note, /2 route steps the filters would hide are still shown/);
    await page.close();
  });

  it('adds a history entry per selection, route change and panel, so Back and Forward stay inside the app', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const start = await page.evaluate(() => history.length);
    await settledViewport(page);
    await clickNode(page, 'ms-102');
    await page.waitForFunction(() => document.querySelector('#details-title')?.textContent.includes('MS-102') === true);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.waitForSelector('#filters-title');
    assert.equal(await page.evaluate(() => history.length), start + 2, 'two steps, two entries');
    assert.match(page.url(), /node=ms-102/);
    assert.match(page.url(), /panel=filters/);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#filters-title') === null);
    assert.match((await detailsHeading(page)) ?? '', /MS-102/, 'Back closes the filters, the selection stays');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#details-title') === null);
    assert.doesNotMatch(page.url(), /node=/);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#details-title')?.textContent.includes('MS-102') === true);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('has one h1 naming the map, and a skip link as the first Tab stop', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const tracked = await app.newPage({ viewport });
      const page = await openMap(tracked, app);
      const h1 = await page.$$eval('h1', (els) => els.map((e) => e.textContent));
      assert.deepEqual(h1, ['MS-102 Roadmap'], `one h1 at ${viewport.width}px`);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      assert.equal(focused, 'Skip to the map tools');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'map-tools');
      await page.close();
    }
  });
});

describe('radio groups and announcements', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('moves through the metric choices with the arrow keys as one Tab stop, and announces the route found', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months');
    await page.waitForSelector('.react-flow__node.on-route');
    const announcer = page.getByTestId('announcer');
    await page.waitForFunction(() => /^Route found to Cloud Solutions Architect: 3 steps/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''));
    const group = page.getByRole('radiogroup', { name: 'Optimise for' });
    const radios = group.getByRole('radio');
    assert.deepEqual(await radios.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex'))), ['-1', '0', '-1'], 'only the checked choice is a Tab stop');
    await group.getByRole('radio', { name: 'Least time' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Least cost');
    assert.equal(await group.getByRole('radio', { name: 'Least cost' }).getAttribute('aria-checked'), 'true');
    assert.match(page.url(), /by=cost/);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Fewest steps');
    assert.match(page.url(), /by=steps/);
    assert.match((await announcer.textContent()) ?? '', /^Route found to Cloud Solutions Architect/);
    await page.close();
  });

  it('announces a mark set and nodes hidden by filters', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?node=ms-102');
    await page.waitForSelector('#details-title');
    await page.getByRole('button', { name: /Done/ }).first().click();
    await page.waitForFunction(() => /MS-102.*marked done/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''));
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Trainer', exact: true }).uncheck();
    await page.waitForFunction(() => (document.querySelector('[data-testid="announcer"]')?.textContent ?? '') === '3 nodes hidden by filters.');
    await page.close();
  });
});

/** A short description of the focused element: tag, accessible label or text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'body';
    const labelled = el.closest('label') ?? (el.id === '' ? null : document.querySelector(`label[for="${CSS.escape(el.id)}"]`));
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? labelled?.textContent ?? el.textContent).trim()}`;
  });
}

describe('focus follows the user', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('moves focus into a panel when it opens and back to its opener when it closes', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByRole('button', { name: 'Plan a route', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.closest('.route-from') !== null);
    assert.equal(await focused(page), 'input:Route from');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.route-panel') === null);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Plan a route');

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.closest('.filters') !== null);
    assert.equal(await focused(page), 'input:Certifications');
    await page.getByRole('button', { name: 'Close filters' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Filters');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.closest('.export-panel') !== null);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Export');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('"Route from here" shows the route panel and puts the cursor in "Route to"; Clear keeps focus in the panel', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    await clickNode(page, 'role-m365-administrator');
    await page.waitForSelector('#details-title');
    await page.waitForFunction(() => document.activeElement?.closest('.details-actions') !== null);
    await page.getByRole('button', { name: 'Route from here' }).click();
    await page.waitForFunction(() => document.activeElement?.closest('.route-to') !== null);
    const inView = await page.$eval('.route-panel', (el) => {
      const r = el.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    assert.ok(inView, 'the route panel is scrolled into view');
    await page.keyboard.type('Cloud Solutions');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.react-flow__node.on-route');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.closest('.route-from') !== null);
    assert.notEqual(await focused(page), 'body');
    await page.close();
  });

  it('keeps focus on the export button after a PNG is saved', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /PNG image/ }).click();
    await download;
    await page.waitForFunction(() => /Saved/.test(document.querySelector('.export-status')?.textContent ?? ''));
    await page.waitForTimeout(50);
    assert.match(await focused(page), /^button:PNG image/);
    await page.close();
  });
});

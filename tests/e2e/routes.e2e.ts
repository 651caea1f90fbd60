// Planning a route: ends picked on the map, the highlight, the step list with totals, shareable
// URLs, alternatives, avoiding a node, metrics, warnings for retired certifications and the pace.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { findRoute, loadGraphText, type PathwiseGraph, type RouteMetric } from '../../src/core/index';
import { ROOT, canvasBox, clickNode, detailsHeading, drawnNodeIds, emptyPanePoint, nodeBox, openMap, searchAndChoose, settledViewport, startApp, viewport, viewportChange, type App } from './harness';

const loaded = loadGraphText(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8'));
if (!loaded.ok) throw new Error('e2e: the default map does not load');
const model: PathwiseGraph = loaded.graph;

const FROM = 'role-m365-administrator';
const TO = 'role-cloud-solutions-architect';

/** The best route core computes, as ids: what the app must highlight. */
function expectedIds(from: string, to: string, by: RouteMetric, avoid: string[] = []): string[] {
  const result = findRoute(model, from, to, { by, avoid });
  if (!result.ok) throw new Error(`e2e: no route ${from} → ${to}: ${result.message}`);
  return result.route.steps.map((s) => s.id);
}

const labelOf = (id: string): string => model.byId.get(id)?.label ?? id;

/** Ids of the nodes highlighted as the route, in no particular order. */
async function onRoute(page: Page): Promise<string[]> {
  return (await drawnNodeIds(page, 'on-route')).sort();
}

/** Waits until the highlighted route is exactly `ids`. */
async function waitForRoute(page: Page, ids: readonly string[]): Promise<void> {
  await page
    .waitForFunction(
      (want) => {
        const got = [...document.querySelectorAll('.react-flow__node.on-route')].map((el) => el.getAttribute('data-id') ?? '').sort();
        return JSON.stringify(got) === JSON.stringify([...want].sort());
      },
      ids,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  assert.deepEqual(await onRoute(page), [...ids].sort(), 'the highlighted route');
}

/** The labels of the steps in the "Route steps" list, in order. */
async function stepLabels(page: Page): Promise<string[]> {
  return (await page.getByRole('list', { name: 'Route steps' }).locator('li .step-name').allTextContents()).map((t) => t.trim());
}

describe('planning a route', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('routes from a node to another picked on the map: highlight, ordered steps with totals, and a shareable URL that reloads the same route', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    await clickNode(page, FROM);
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf(FROM));
    await page.getByRole('button', { name: 'Route from here' }).click();
    // TO sits at the bottom right of the map, where the minimap can be: a user drags it into view first.
    await dragToCentre(page, TO);
    await clickNode(page, TO);
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf(TO));
    await page.getByRole('button', { name: 'Route to here' }).click();

    const want = expectedIds(FROM, TO, 'months');
    assert.ok(want.includes('az-104') && want.includes('az-305'), `core's route passes AZ-104 and AZ-305: ${want.join(' → ')}`);
    await waitForRoute(page, want);

    const routeEdges = await page.$$eval('.pw-edge.on-route', (els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    const result = findRoute(model, FROM, TO, { by: 'months' });
    assert.ok(result.ok);
    const wantEdges = result.route.steps.flatMap((s) => (s.edge === null ? [] : [s.edge.key]));
    assert.ok(wantEdges.length >= want.length - 1);
    assert.deepEqual(routeEdges.sort(), [...wantEdges].sort(), 'the edges of the route are highlighted');

    const region = page.getByRole('region', { name: 'Route' });
    assert.deepEqual(await stepLabels(page), want.map(labelOf), 'the steps are listed in order');
    assert.equal(await region.getByRole('list', { name: 'Route steps' }).evaluate((el) => el.tagName), 'OL');
    const totals = (await region.locator('.route-totals').textContent()) ?? '';
    // Literal: AZ-104 (3 months, 165 USD), AZ-305 (4 months, 165 USD), then 12 months to the role.
    assert.deepEqual(result.route.totals, { steps: 3, months: 19, cost: { USD: 330 }, unknownMonths: 0, unknownCost: 0 });
    assert.ok(totals.includes('3 steps · 1 yr 7 mo · $330'), `totals: ${totals}`);

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), FROM);
    assert.equal(url.searchParams.get('to'), TO);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await waitForRoute(page, want);
    assert.deepEqual(await stepLabels(page), want.map(labelOf), 'the same steps after a reload');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('fits a linked route in sight: nothing (the minimap, a panel) covers the middle of a step', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}&by=months`);
    await waitForRoute(page, expectedIds(FROM, TO, 'months'));
    await settledViewport(page);
    const covered = await page.$$eval('.react-flow__node.on-route', (els) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && el.contains(hit) ? [] : [`${el.getAttribute('data-id') ?? ''} under ${hit === null ? 'nothing (off screen)' : (hit.getAttribute('class') ?? hit.tagName)}`];
      }),
    );
    assert.equal(await page.locator('.react-flow__node.on-route').count(), 4, 'M365 Administrator, AZ-104, AZ-305, Cloud Solutions Architect');
    assert.deepEqual(covered, [], 'every step of the route can be seen and clicked');
    await page.close();
  });

  it('plans with the route panel: pick both ends by search, swap them, then clear', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByRole('button', { name: 'Plan a route' }).click();
    const region = page.getByRole('region', { name: 'Route' });
    await region.waitFor();
    await searchAndChoose(page, 'Microsoft 365 Administrator', labelOf(FROM), 'Route from');
    await searchAndChoose(page, 'Cloud Solutions Architect', labelOf(TO), 'Route to');
    await waitForRoute(page, expectedIds(FROM, TO, 'months'));
    assert.equal(await page.getByRole('combobox', { name: 'Route from', exact: true }).inputValue(), labelOf(FROM));

    await region.getByRole('button', { name: 'Swap start and destination' }).click();
    const back = findRoute(model, TO, FROM, { by: 'months' });
    if (back.ok) await waitForRoute(page, back.route.steps.map((s) => s.id));
    else await region.getByRole('alert').waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), TO);
    assert.equal(url.searchParams.get('to'), FROM);

    await region.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => document.querySelector('.react-flow__node.on-route') === null);
    assert.equal(new URL(page.url()).searchParams.get('from'), null);
    assert.equal(await page.locator('.react-flow__node.dimmed').count(), 0, 'nothing stays dimmed');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('shows another highlighted route when an alternative is chosen', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}`);
    const best = expectedIds(FROM, TO, 'months');
    await waitForRoute(page, best);
    const radios = page.getByRole('radiogroup', { name: 'Alternative routes' }).getByRole('radio');
    assert.ok((await radios.count()) >= 2, 'at least two alternatives are offered');
    assert.equal(await radios.nth(0).getAttribute('aria-checked'), 'true');
    await radios.nth(1).click();
    await page.waitForFunction(
      (want) => [...document.querySelectorAll('.react-flow__node.on-route')].map((el) => el.getAttribute('data-id')).sort().join() !== [...want].sort().join(),
      best,
    );
    const second = await onRoute(page);
    assert.notDeepEqual(second, [...best].sort(), 'the highlighted set changes');
    assert.ok(second.includes(FROM) && second.includes(TO), 'an alternative has the same ends');
    assert.equal(await radios.nth(1).getAttribute('aria-checked'), 'true');
    assert.equal(new URL(page.url()).searchParams.get('alt'), '1');
    assert.deepEqual((await stepLabels(page)).sort(), second.map(labelOf).sort(), 'the list shows the chosen alternative');
    await page.close();
  });

  it('avoids a node on the route: the route changes, leaves it out, and the URL says avoid=az-104', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}`);
    await waitForRoute(page, expectedIds(FROM, TO, 'months'));
    await settledViewport(page);
    await clickNode(page, 'az-104');
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf('az-104'));
    await page.getByRole('button', { name: 'Avoid on route' }).click();
    const want = expectedIds(FROM, TO, 'months', ['az-104']);
    assert.ok(!want.includes('az-104'));
    await waitForRoute(page, want);
    assert.ok(!(await onRoute(page)).includes('az-104'), 'AZ-104 is not on the route');
    assert.equal(new URL(page.url()).searchParams.get('avoid'), 'az-104');
    assert.match((await page.locator('.avoid-list').textContent()) ?? '', /AZ-104/);
    await page.close();
  });

  it('recomputes the route when the metric changes to fewest steps or least cost', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}&by=months`);
    await waitForRoute(page, expectedIds(FROM, TO, 'months'));
    const metrics = page.getByRole('radiogroup', { name: 'Optimise for' });
    assert.equal(await metrics.getByRole('radio', { name: 'Least time' }).getAttribute('aria-checked'), 'true');

    await metrics.getByRole('radio', { name: 'Fewest steps' }).click();
    const bySteps = expectedIds(FROM, TO, 'steps');
    assert.notDeepEqual(bySteps, expectedIds(FROM, TO, 'months'), 'the data gives another route for fewest steps');
    await waitForRoute(page, bySteps);
    assert.deepEqual(await stepLabels(page), bySteps.map(labelOf));
    assert.equal(new URL(page.url()).searchParams.get('by'), 'steps');

    await metrics.getByRole('radio', { name: 'Least cost' }).click();
    const byCost = expectedIds(FROM, TO, 'cost');
    await waitForRoute(page, byCost);
    assert.deepEqual(await stepLabels(page), byCost.map(labelOf));
    assert.equal(new URL(page.url()).searchParams.get('by'), 'cost');
    assert.equal(await metrics.getByRole('radio', { name: 'Least cost' }).getAttribute('aria-checked'), 'true');
    await page.close();
  });

  it('names unknown ids of a route link in a notice', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?from=no-such-start&to=az-305');
    const notice = page.locator('.notices .notice');
    await notice.first().waitFor();
    assert.match((await notice.allTextContents()).join(' '), /no-such-start/);
    assert.equal((await onRoute(page)).length, 0, 'no route is drawn from an unknown start');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('warns when a route passes a retired certification', async () => {
    // Found with `npm run cli -- route ms-900 ms-102 --json`: MS-900 is retired and starts that route.
    const result = findRoute(model, 'ms-900', 'ms-102', { by: 'months' });
    assert.ok(result.ok && result.route.warnings.length > 0, 'core warns about MS-900 on this route');
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?from=ms-900&to=ms-102');
    const warning = page.getByRole('region', { name: 'Route' }).getByRole('note');
    await warning.first().waitFor();
    const text = (await warning.allTextContents()).join(' ');
    assert.match(text, /MS-900/);
    assert.match(text, /retired/);
    assert.match((await page.getByRole('list', { name: 'Route steps' }).textContent()) ?? '', /retired/, 'the step carries a retired badge');
    await page.close();
  });

  it('moves the estimated finish date earlier when the study pace goes up', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}`);
    const finish = page.locator('.route-totals label.pace strong');
    await finish.waitFor();
    const slow = (await finish.textContent()) ?? '';
    assert.match(slow, /^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('spinbutton', { name: /Study pace/ }).fill('20');
    await page.waitForFunction((before) => document.querySelector('.route-totals label.pace strong')?.textContent !== before, slow);
    const fast = (await finish.textContent()) ?? '';
    assert.ok(fast < slow, `20 hours a week finishes earlier than 10: ${fast} < ${slow}`);
    // The route's months are typical at 10 hours a week; at 20 the same work takes half as long.
    const result = findRoute(model, FROM, TO, { by: 'months' });
    assert.ok(result.ok);
    const wantGain = (result.route.totals.months / 2) * 30.44;
    const gainDays = (Date.parse(slow) - Date.parse(fast)) / 86_400_000;
    assert.ok(Math.abs(gainDays - wantGain) <= 2, `half the time: ${gainDays.toFixed(0)} days earlier, expected about ${wantGain.toFixed(0)}`);
    await page.close();
  });

  it('selects and centres a step chosen in the list', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?from=${FROM}&to=${TO}`);
    await waitForRoute(page, expectedIds(FROM, TO, 'months'));
    await settledViewport(page);
    await page.getByRole('list', { name: 'Route steps' }).getByRole('button', { name: labelOf('az-305') }).click();
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf('az-305'));
    assert.equal(await detailsHeading(page), labelOf('az-305'));
    await settledViewport(page);
    const node = await nodeBox(page, 'az-305');
    const pane = await canvasBox(page);
    assert.ok(node !== null);
    const dx = node.x + node.width / 2 - (pane.x + pane.width / 2);
    const dy = node.y + node.height / 2 - (pane.y + pane.height / 2);
    assert.ok(Math.abs(dx) < 40 && Math.abs(dy) < 40, `AZ-305 is centred (off by ${dx.toFixed(0)}, ${dy.toFixed(0)} px)`);
    await page.close();
  });
});

/** Drags the map by an empty spot of the pane, as a user would, until the node's centre is at the canvas's centre. */
async function dragToCentre(page: Page, id: string): Promise<void> {
  const box = await nodeBox(page, id);
  assert.ok(box !== null, `${id} is drawn`);
  const canvas = await canvasBox(page);
  const from = await emptyPanePoint(page);
  const dx = canvas.x + canvas.width / 2 - (box.x + box.width / 2);
  const dy = canvas.y + canvas.height / 2 - (box.y + box.height / 2);
  const before = await viewport(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
  await page.mouse.up();
  await viewportChange(page, before);
}

// Every panel usable on a phone and at 200 % zoom (each control can be hit where it is drawn), and
// axe reporting no serious or moderate violation in every state, in both themes and on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openMap, settledViewport, startApp, type App } from './harness';
import { axeViolations } from './axe';

const NARROW_WIDTH = 720;

/** Opens a panel the way a user would at this width: toolbar button, or the "More" menu on narrow screens. */
async function openPanel(page: Page, panel: 'export' | 'filters' | 'progress' | 'route' | 'details' | 'horizon'): Promise<string> {
  const narrow = (page.viewportSize()?.width ?? 1440) <= NARROW_WIDTH;
  const viaMenu = async (item: string) => {
    await page.getByRole('button', { name: /More/ }).first().click();
    await page.getByRole('menu', { name: 'More tools' }).getByRole(item === 'My progress' ? 'menuitemcheckbox' : 'menuitem', { name: item }).click();
  };
  switch (panel) {
    case 'export':
      if (narrow) await viaMenu('Export…');
      else await page.getByRole('button', { name: 'Export', exact: true }).click();
      return '.export-panel';
    case 'filters':
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      return '.filters';
    case 'progress':
      if (narrow) await viaMenu('My progress');
      else await page.getByRole('button', { name: 'My progress', exact: true }).click();
      return '.progress-panel';
    case 'route':
      await page.getByRole('button', { name: 'Plan a route', exact: true }).click();
      return '.route-panel';
    case 'horizon':
      if (narrow) await page.getByRole('button', { name: /More/ }).first().click().then(() => page.getByRole('menuitemcheckbox', { name: 'Horizon' }).click());
      else await page.getByRole('button', { name: 'Horizon', exact: true }).click();
      return '.horizon-panel';
    case 'details':
      await page.goto(new URL('?node=ms-102', page.url()).toString());
      await page.waitForSelector('#details-title');
      return '.details';
  }
}

/** Controls in `selector` that cannot be hit at their centre once scrolled into view, as readable lines. */
async function unhittable(page: Page, selector: string): Promise<string[]> {
  await page.waitForSelector(selector);
  const count = await page.$$eval(`${selector} :is(button, input:not([type=file]), select, textarea, a[href], summary)`, (els) => els.length);
  const misses: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const miss = await page.evaluate(
      ({ sel, index }) => {
        const el = [...document.querySelectorAll<HTMLElement>(`${sel} :is(button, input:not([type=file]), select, textarea, a[href], summary)`)][index];
        if (el === undefined) return null;
        // Controls inside a closed <details> or otherwise not rendered are not offered yet.
        if (el.getClientRects().length === 0 || (el.closest('details:not([open])') !== null && el.tagName !== 'SUMMARY')) return null;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        // A link that wraps onto two lines is hit on its text: the centre of its widest line box.
        const r = [...el.getClientRects()].reduce((a, b) => (b.width > a.width ? b : a));
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        const label = el.getAttribute('aria-label') ?? (el.textContent.trim() || el.getAttribute('placeholder') || el.tagName);
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return `${label}: centre (${Math.round(x)}, ${Math.round(y)}) is off screen`;
        const labelFor = hit?.closest('label');
        if (hit !== null && (el.contains(hit) || (labelFor !== null && labelFor !== undefined && labelFor.contains(el)))) return null;
        return `${label}: ${hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`} is on top at its centre`;
      },
      { sel: selector, index: i },
    );
    if (miss !== null) misses.push(miss);
  }
  return misses;
}

describe('every panel can be used on a phone and at 200 % zoom', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  for (const screen of [
    { name: '390×844', width: 390, height: 844, scale: 1 },
    { name: '720×450 at 2× (200 % zoom)', width: 720, height: 450, scale: 2 },
  ]) {
    it(`hits every control of export, filters, progress, route and details at their centre at ${screen.name}`, async () => {
      const misses: string[] = [];
      for (const panel of ['export', 'filters', 'progress', 'route', 'details'] as const) {
        const tracked = await app.newPage({ viewport: { width: screen.width, height: screen.height } });
        const page = tracked.page;
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: screen.width, height: screen.height, deviceScaleFactor: screen.scale, mobile: false });
        await openMap(tracked, app);
        await settledViewport(page);
        const selector = await openPanel(page, panel);
        for (const miss of await unhittable(page, selector)) misses.push(`${panel}: ${miss}`);
        assert.deepEqual(tracked.consoleErrors, []);
        await cdp.detach();
        await page.close();
      }
      assert.deepEqual(misses, [], `controls that cannot be hit at ${screen.name}:\n${misses.join('\n')}`);
    });
  }
});

const STATES = ['first load', 'details', 'route shown', 'export', 'progress', 'filters', 'search typed', 'horizon'] as const;

/** Brings the page into one of the states the issue names. */
async function enter(page: Page, state: (typeof STATES)[number]): Promise<void> {
  switch (state) {
    case 'first load':
      return;
    case 'route shown':
      await page.goto(new URL('?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months', page.url()).toString());
      await page.waitForSelector('.react-flow__node.on-route');
      return;
    case 'search typed': {
      const box = page.getByRole('combobox', { name: 'Search the map', exact: true });
      await box.click();
      await box.fill('az-3');
      await page.getByRole('listbox', { name: 'Search the map suggestions' }).getByRole('option').first().waitFor();
      return;
    }
    default:
      await page.waitForSelector(await openPanel(page, state));
  }
}

describe('axe finds no serious or moderate violation in any state', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  for (const screen of [
    { name: '1440×900 light', width: 1440, height: 900, scheme: 'light' as const },
    { name: '1440×900 dark', width: 1440, height: 900, scheme: 'dark' as const },
    { name: '390×844', width: 390, height: 844, scheme: 'light' as const },
  ]) {
    it(`at ${screen.name}: first load, details, route, export, progress, filters, search typed, horizon`, async () => {
      const found: string[] = [];
      for (const state of STATES) {
        const tracked = await app.newPage({ viewport: { width: screen.width, height: screen.height } });
        const page = tracked.page;
        await page.emulateMedia({ colorScheme: screen.scheme });
        await openMap(tracked, app);
        await settledViewport(page);
        await enter(page, state);
        await settledViewport(page);
        // The pointer rests off the map: hovering a node dims the others on purpose.
        await page.mouse.move(0, 0);
        for (const v of await axeViolations(page, 'moderate')) found.push(`${state}: ${v}`);
        await page.close();
      }
      assert.deepEqual(found, [], `axe at ${screen.name}:\n${found.join('\n')}`);
    });
  }
});

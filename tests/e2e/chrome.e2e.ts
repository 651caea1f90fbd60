// The chrome around the map leaves room for it (issue 11 item 5): the legend does not open over the
// map on a first visit; on phones the toolbar fits without scrolling sideways and the rest of the
// tools are in a keyboard-usable "More" menu; the canvas takes most of a phone's screen; and the
// panels that open from the toolbar are on screen and can be hit (issue 18: Export's PNG button).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { hittable, openMap, rect, settledViewport, startApp, type App } from './harness';

const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 568 };

/** Opens the app as a first-time visitor: nothing remembered from earlier tests. */
async function firstVisit(app: App, viewport: { width: number; height: number }): Promise<Page> {
  const tracked = await app.newPage({ viewport });
  // Once per tab (a reload keeps what the visit chose): the browser profile is shared by the tests.
  await tracked.page.addInitScript(() => {
    if (sessionStorage.getItem('pw-first-visit') !== null) return;
    localStorage.clear();
    sessionStorage.setItem('pw-first-visit', '1');
  });
  const page = await openMap(tracked, app);
  await settledViewport(page);
  return page;
}

describe('the chrome around the map', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('on a first visit at 1440×900 the legend is closed, opens from the toolbar and is remembered', async () => {
    const page = await firstVisit(app, LAPTOP);
    assert.equal(await page.locator('section.legend').count(), 0, 'no legend over the map on a first visit');
    const button = page.getByRole('button', { name: 'Legend', exact: true });
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await button.click();
    await page.locator('section.legend').waitFor();
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    assert.equal(await page.locator('section.legend').count(), 1, 'the legend stays open once opened');
    await page.getByRole('button', { name: 'Close legend' }).click();
    await page.close();
  });

  for (const size of [PHONE, SMALL_PHONE]) {
    const name = `${String(size.width)}×${String(size.height)}`;

    it(`at ${name} the toolbar fits without scrolling sideways, its tools can be hit, and the canvas takes ≥ 70 % of the screen`, async () => {
      const page = await firstVisit(app, size);
      const widths = await page.evaluate(() => {
        const bar = document.querySelector('[role="toolbar"]');
        return {
          page: document.documentElement.scrollWidth,
          barScroll: bar?.scrollWidth ?? -1,
          barClient: bar?.clientWidth ?? -1,
          rights: [...(bar?.querySelectorAll('button') ?? [])].map((b) => b.getBoundingClientRect().right),
        };
      });
      assert.ok(widths.page <= size.width, `the page is ${String(widths.page)} px wide on a ${String(size.width)} px screen`);
      assert.ok(widths.barScroll <= widths.barClient, `the toolbar does not scroll (${String(widths.barScroll)} > ${String(widths.barClient)})`);
      assert.equal(widths.rights.length, 3, 'Plan a route, Filters and More');
      for (const right of widths.rights) assert.ok(right <= size.width, `a toolbar button ends at ${right.toFixed(0)} px`);
      const bar = page.getByRole('toolbar', { name: 'Map tools' });
      for (const label of ['Plan a route', 'Filters', 'More']) assert.ok(await hittable(bar.getByRole('button', { name: label })), `${label} can be hit`);
      const share = await page.evaluate(() => {
        const r = document.querySelector('.react-flow')?.getBoundingClientRect();
        return r === undefined ? 0 : (r.width * r.height) / (window.innerWidth * window.innerHeight);
      });
      assert.ok(share >= 0.7, `the canvas covers ${(share * 100).toFixed(1)} % of the screen`);
      assert.equal(await page.locator('section.legend, .side-panels').count(), 0, 'no panel is open');
      await page.close();
    });

  }

  it('the More menu is keyboard usable: arrows move, Enter chooses, Escape closes and returns focus', async () => {
    const page = await firstVisit(app, PHONE);
    const more = page.getByRole('button', { name: 'More' });
    assert.equal(await more.getAttribute('aria-haspopup'), 'menu');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More tools' });
    await menu.waitFor();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    const focused = () => page.evaluate(() => document.activeElement?.textContent.replace('✓', '').trim() ?? '');
    assert.equal(await focused(), 'My progress', 'the first item has focus when the menu opens');
    const labels = (await menu.locator('[role^="menuitem"]').allTextContents()).map((t) => t.replace('✓', '').trim());
    assert.ok(labels.includes('Legend') && labels.includes('Export…'), `the menu holds Legend and Export (${labels.join(', ')})`);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), labels[1], 'ArrowDown moves to the next item');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.match(await focused(), /^Theme: /, 'ArrowUp from the first item wraps to the last');
    await page.keyboard.press('Home');
    assert.equal(await focused(), 'My progress', 'Home goes to the first item');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'More ▾', 'focus is back on More');
    // Choose Legend with the keyboard: it opens, and the menu shows it checked.
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    for (let i = 0; i < labels.indexOf('Legend'); i++) await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'Legend');
    await page.keyboard.press('Enter');
    await page.locator('section.legend').waitFor();
    await more.click();
    assert.equal(await menu.getByRole('menuitemcheckbox', { name: 'Legend' }).getAttribute('aria-checked'), 'true');
    // A click outside closes it.
    await page.mouse.click(5, size(page).height - 5);
    await menu.waitFor({ state: 'detached' });
    await page.close();
  });

  it('at 390×844 Plan a route and Filters open sheets whose controls are on screen and can be hit', async () => {
    const page = await firstVisit(app, PHONE);
    await page.getByRole('button', { name: 'Plan a route' }).click();
    assert.ok(await hittable(page.getByRole('combobox', { name: 'Route from', exact: true })), 'the route panel’s start field can be hit');
    assert.ok(await hittable(page.getByRole('combobox', { name: 'Route to', exact: true })), 'the route panel’s destination field can be hit');
    await page.getByRole('button', { name: 'Plan a route' }).click();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    assert.ok(await hittable(page.locator('.side-panels input[type="checkbox"]').first()), 'a filter can be hit');
    await page.close();
  });

  const exportCases = [
    { name: '390×844', viewport: PHONE, scale: 1 },
    { name: '320×568', viewport: SMALL_PHONE, scale: 1 },
    { name: '720×450 at device scale 2', viewport: { width: 720, height: 450 }, scale: 2 },
  ];
  for (const c of exportCases) {
    it(`at ${c.name} Export opens from More inside the screen, every button can be hit and PNG downloads`, async () => {
      const page = await firstVisit(app, c.viewport);
      if (c.scale !== 1) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', { ...c.viewport, deviceScaleFactor: c.scale, mobile: false });
        assert.equal(await page.evaluate(() => window.devicePixelRatio), c.scale);
      }
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('menuitem', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.waitFor();
      const box = await rect(dialog);
      assert.ok(box.left >= 0 && box.top >= 0 && box.right <= c.viewport.width && box.bottom <= c.viewport.height, `the dialog is inside the screen: ${JSON.stringify(box)}`);
      for (const label of ['PNG image', 'SVG image', 'JSON data']) {
        assert.ok(await hittable(dialog.getByRole('button', { name: label })), `${label} can be hit`);
      }
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('button', { name: 'PNG image' }).click();
      assert.match((await download).suggestedFilename(), /\.png$/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'More ▾', 'focus returns to More');
      await page.close();
    });
  }

  it('at 1440×900 every tool is in the bar and Export’s buttons can be hit', async () => {
    const page = await firstVisit(app, LAPTOP);
    const bar = page.getByRole('toolbar', { name: 'Map tools' });
    assert.equal(await bar.getByRole('button', { name: 'More' }).count(), 0, 'no overflow menu on a laptop');
    await bar.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const label of ['PNG image', 'SVG image', 'Markdown plan', 'CSV plan', 'JSON data']) {
      assert.ok(await hittable(dialog.getByRole('button', { name: label })), `${label} can be hit`);
    }
    await page.close();
  });
});

function size(page: Page): { width: number; height: number } {
  return page.viewportSize() ?? { width: 0, height: 0 };
}

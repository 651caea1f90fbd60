// Horizon mode: the URL round trip, in-reach / out-of-reach classes by core's figures, the ranked
// list, opening a route from it, and export of the list and the coloured map.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { drawnNodeIds, openMap, startApp, type App } from './harness';

const START = 'role-m365-administrator';

describe('horizon mode', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('opens from the URL, marks nodes in and out of reach, keeps the state in the URL, ranks roles and opens a route from the list', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?horizon=${START}&within=9&by=months`);
    await page.waitForSelector('.react-flow__node.in-reach', { timeout: 20_000 });
    const inReach = await drawnNodeIds(page, 'in-reach');
    const outOfReach = await drawnNodeIds(page, 'out-of-reach');
    // Literal figures of the MS-102 map: AZ-104 is 3 months away (band 1), AZ-305 7 months (band 3),
    // Cloud Solutions Architect 19 months (beyond 9), and CISSP needs five years of experience.
    for (const id of [START, 'az-104', 'az-305', 'role-azure-administrator']) assert.ok(inReach.includes(id), `${id} is in reach`);
    for (const id of ['role-cloud-solutions-architect', 'cissp', 'pmp']) assert.ok(outOfReach.includes(id), `${id} is out of reach`);
    assert.equal(inReach.filter((id) => outOfReach.includes(id)).length, 0, 'no node is both');
    const all = await drawnNodeIds(page);
    assert.equal(inReach.length + outOfReach.length, all.length, 'every drawn node is one or the other');
    assert.ok(await page.$eval('.react-flow__node[data-id="az-104"]', (el) => el.classList.contains('horizon-band-1')), 'AZ-104 in band 1');
    assert.ok(await page.$eval('.react-flow__node[data-id="az-305"]', (el) => el.classList.contains('horizon-band-3')), 'AZ-305 in band 3');
    assert.ok(await page.$eval('.react-flow__node[data-id="role-cloud-solutions-architect"]', (el) => el.classList.contains('dimmed')), 'beyond the limit fades');
    // The band number is drawn, so colour is not the only cue.
    const chip = await page.$eval('.react-flow__node[data-id="az-104"] .pw-node', (el) => getComputedStyle(el, '::before').content);
    assert.equal(chip, '"1"');

    const panel = page.getByRole('region', { name: 'Career horizon' });
    const legend = await panel.getByRole('list', { name: 'Horizon bands' }).locator('li').allTextContents();
    assert.deepEqual(legend.slice(0, 3).map((t) => t.trim()), ['1≤ 3 months', '2≤ 6 months', '3≤ 12 months']);

    // The ranked list (by pay): roles within 9 months, with their pay's source year.
    const roles = panel.getByRole('list', { name: 'Roles in reach' }).locator('li');
    const ids = await roles.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    assert.ok(ids.includes('role-azure-administrator'));
    assert.ok(!ids.includes('role-cloud-solutions-architect'));
    const first = (await roles.first().textContent()) ?? '';
    assert.match(first, /USD\/yr \(2024 median, United States, bls\.gov\)/);

    // Changing the limit updates the URL and the classes.
    await panel.getByLabel('Limit in months (number)').fill('24');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('within') === '24');
    const params = new URLSearchParams(new URL(page.url()).search);
    assert.equal(params.get('horizon'), START);
    assert.equal(params.get('by'), 'months');
    await page.waitForSelector('.react-flow__node.in-reach[data-id="role-cloud-solutions-architect"]');

    // A reload restores the same state.
    await page.reload();
    await page.waitForSelector('.react-flow__node.in-reach[data-id="role-cloud-solutions-architect"]', { timeout: 20_000 });

    // Opening the route from the list plans it in the route panel.
    await page.getByRole('region', { name: 'Career horizon' }).getByRole('button', { name: 'Cloud Solutions Architect' }).click();
    await page.waitForSelector('.react-flow__node.on-route[data-id="az-305"]', { timeout: 10_000 });
    const url = new URLSearchParams(new URL(page.url()).search);
    assert.equal(url.get('from'), START);
    assert.equal(url.get('to'), 'role-cloud-solutions-architect');
    assert.deepEqual(tracked.consoleErrors, []);
  });

  it('starts from everything marked done with horizon=done', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, '?horizon=done&within=6&by=months');
    // Nothing is marked done in a fresh profile: the panel says so and nothing is claimed in reach.
    await page.getByRole('region', { name: 'Career horizon' }).getByText('Mark something done').waitFor();
    assert.equal((await drawnNodeIds(page, 'in-reach')).length, 0);
  });

  it('exports the ranked roles as Markdown and CSV and the coloured map as SVG with its legend', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app, `?horizon=${START}&within=12&by=months`);
    await page.waitForSelector('.react-flow__node.in-reach', { timeout: 20_000 });
    const save = async (label: string) => {
      const dialog = page.getByRole('dialog', { name: 'Export' });
      if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('button', { name: new RegExp(label) }).click();
      const file = await download;
      const path = await file.path();
      return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const md = await save('Markdown');
    assert.equal(md.name, 'ms-102-roadmap-horizon--from-m365-administrator.md');
    assert.match(md.text, /^# Roles within 12 months of Microsoft 365 Administrator/);
    assert.match(md.text, /\| Azure administrator \| 3 \| 9 months \| 165 USD \| 2 \| 96,800 USD\/yr \| \[2024 median, United States, bls\.gov\]/);
    const csv = await save('CSV');
    assert.equal(csv.text.split('\r\n')[0], 'rank,id,label,band,months,unknown_months,cost,unknown_cost,steps,pay,pay_currency,pay_period,pay_statistic,pay_region,pay_year,pay_source');
    assert.ok(csv.text.includes(',role-azure-administrator,'));
    const svg = await save('SVG');
    assert.match(svg.text, /class="pw-horizon-legend"/);
    assert.match(svg.text, /Horizon: within 12 months of Microsoft 365 Administrator/);
    assert.match(svg.text, /class="pw-horizon-band pw-horizon-band-1"/);
  });

  it('works on a phone in dark mode: the panel and the classes are there', async () => {
    const tracked = await app.newPage({ viewport: { width: 390, height: 844 } });
    await tracked.page.emulateMedia({ colorScheme: 'dark' });
    const page = await openMap(tracked, app, `?horizon=${START}&within=12&by=months`);
    await page.waitForSelector('.react-flow__node.in-reach', { timeout: 20_000 });
    const band1 = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--pw-band-1').trim());
    assert.equal(band1, '#FDE725', 'the dark palette');
    const region = page.getByRole('region', { name: 'Career horizon' });
    await region.getByRole('list', { name: 'Roles in reach' }).waitFor();
    const width = await region.evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(width <= 390, `the panel fits the phone (${String(width)} px)`);
    assert.deepEqual(tracked.consoleErrors, []);
  });
});

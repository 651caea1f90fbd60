// Exporting: every format downloads a sensibly named file; images are drawn from data, PNGs have
// the SVG's size times the scale and are not blank; route plans list the steps and totals; JSON
// round-trips; too large a PNG is refused with a message instead of a blank file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import type { Download, Page } from 'playwright-core';
import { THEMES, checkCanvasSize, findRoute, loadGraphText, type PathwiseGraph, type Route } from '../../src/core/index';
import { ROOT, openMap, startApp, type App } from './harness';

const loaded = loadGraphText(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8'));
if (!loaded.ok) throw new Error('e2e: the default map does not load');
const model: PathwiseGraph = loaded.graph;
const drawable = model.nodes.filter((n) => n.kind !== 'track');

const FROM = 'role-m365-administrator';
const TO = 'role-cloud-solutions-architect';
const found = findRoute(model, FROM, TO, { by: 'months' });
if (!found.ok) throw new Error('e2e: no route for the export tests');
const route: Route = found.route;

const MAP_SLUG = 'ms-102-roadmap';

interface ExportChoice {
  readonly format: 'PNG image' | 'SVG image' | 'Markdown plan' | 'CSV plan' | 'JSON data';
  readonly scope?: 'Whole map' | 'Current view' | 'Route only';
  readonly theme?: 'Light' | 'Dark';
  readonly scale?: 1 | 2 | 3;
}

interface Exported {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Opens the Export dialog (if closed), sets the choices and returns the downloaded file. */
async function exportFile(page: Page, choice: ExportChoice): Promise<Exported> {
  const dialog = await openExport(page, choice);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: choice.format }).click();
  const file: Download = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function openExport(page: Page, choice: Omit<ExportChoice, 'format'>) {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: choice.scope ?? 'Whole map' }).check();
  await dialog.getByRole('radio', { name: choice.theme ?? 'Light', exact: true }).check();
  await dialog.locator('select').selectOption(String(choice.scale ?? 1));
  // Wait until a previous export has finished (the buttons are aria-disabled while busy).
  await dialog.getByRole('button', { name: 'SVG image' }).and(page.locator(':enabled:not([aria-disabled="true"])')).waitFor();
  return dialog;
}

/** The `width` and `height` attributes of the root `<svg>`. */
function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(svg.indexOf('<svg'), svg.indexOf('>', svg.indexOf('<svg')));
  return { width: Number(/\swidth="([\d.]+)"/.exec(head)?.[1]), height: Number(/\sheight="([\d.]+)"/.exec(head)?.[1]) };
}

/** Distinct colours in the image (every 7th pixel sampled) and how many pixels are near `rgb`. */
function colourStats(png: PNG, rgb: readonly [number, number, number], tolerance = 3): { distinct: number; near: number } {
  const seen = new Set<number>();
  let near = 0;
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    if ((i / 4) % 7 === 0) seen.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - rgb[0]) <= tolerance && Math.abs(g - rgb[1]) <= tolerance && Math.abs(b - rgb[2]) <= tolerance) near += 1;
  }
  return { distinct: seen.size, near };
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Node id → the first line of its `<title>`, read with the browser's XML parser (so entities are decoded). */
async function svgNodeTitles(page: Page, svg: string): Promise<Record<string, string>> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror') !== null) return { __error: doc.querySelector('parsererror')?.textContent ?? 'parse error' };
    const out: Record<string, string> = {};
    for (const g of doc.querySelectorAll('g.pw-node[data-id]')) {
      out[g.getAttribute('data-id') ?? ''] = (g.querySelector('title')?.textContent ?? '').split('\n')[0] ?? '';
    }
    return out;
  }, svg);
}

describe('exporting the map and a route', () => {
  let app: App;
  let page: Page;
  before(async () => {
    app = await startApp();
    // One page with a route planned serves every export: each test sets the dialog's choices.
    page = await openMap(await app.newPage(), app, `?from=${FROM}&to=${TO}`);
    await page.waitForSelector('.react-flow__node.on-route');
  });
  after(async () => {
    await app.close();
  });

  it('exports the whole map as SVG with every node and its label, and as a PNG of the SVG size times the scale', async () => {
    const svgFile = await exportFile(page, { format: 'SVG image', scope: 'Whole map', theme: 'Light' });
    assert.equal(svgFile.name, `${MAP_SLUG}.svg`);
    const svg = svgFile.bytes.toString('utf8');
    const titles = await svgNodeTitles(page, svg);
    assert.equal(titles.__error, undefined, `the SVG parses: ${titles.__error ?? ''}`);
    const missing = drawable.filter((n) => titles[n.id] !== n.label).map((n) => `${n.id} (${JSON.stringify(titles[n.id])})`);
    assert.deepEqual(missing, [], 'every node is drawn with its label as its title');
    assert.equal(Object.keys(titles).length, drawable.length, 'no extra nodes, no tracks');
    assert.ok(svg.includes('class="pw-legend"'), 'the legend is drawn by default');

    // While the PNG is drawn the button says it is busy and keeps keyboard focus (a disabled button
    // would drop it to the page body for the whole export).
    await openExport(page, { scope: 'Whole map', theme: 'Light', scale: 1 });
    const pngButton = page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'PNG image' });
    await pngButton.focus();
    await pngButton.evaluate((button) => {
      const seen: string[] = [];
      (window as unknown as { busyFocus: string[] }).busyFocus = seen;
      new MutationObserver(() => {
        if (button.getAttribute('aria-disabled') === 'true') seen.push(document.activeElement === button ? 'button' : (document.activeElement?.tagName ?? 'none'));
      }).observe(button, { attributes: true, attributeFilter: ['aria-disabled'] });
    });
    const pngFile = await exportFile(page, { format: 'PNG image', scope: 'Whole map', theme: 'Light', scale: 1 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { busyFocus: string[] }).busyFocus), ['button'], 'focus stays on the PNG button while it is busy');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.startsWith('PNG image')), true, 'and after');
    assert.equal(pngFile.name, `${MAP_SLUG}.png`);
    const png = PNG.sync.read(pngFile.bytes);
    const size = svgSize(svg);
    assert.equal(png.width, Math.ceil(size.width * 1));
    assert.equal(png.height, Math.ceil(size.height * 1));
    const stats = colourStats(png, hexToRgb(THEMES.light.route));
    assert.ok(stats.distinct > 100, `the PNG is not blank: ${String(stats.distinct)} distinct colours`);
  });

  it('exports the route only as a PNG at 2× with the route highlight colour, named after the route ends', async () => {
    const svgFile = await exportFile(page, { format: 'SVG image', scope: 'Route only', theme: 'Light' });
    const svg = svgFile.bytes.toString('utf8');
    assert.match(svgFile.name, new RegExp(`^${MAP_SLUG}--.*m365-administrator.*-to-.*cloud-solutions-architect.*\\.svg$`));
    const titles = await svgNodeTitles(page, svg);
    assert.deepEqual(Object.keys(titles).sort(), route.steps.map((s) => s.id).sort(), 'the route SVG has exactly the route nodes');

    const pngFile = await exportFile(page, { format: 'PNG image', scope: 'Route only', theme: 'Light', scale: 2 });
    assert.equal(pngFile.name, svgFile.name.replace(/\.svg$/, '.png'));
    const png = PNG.sync.read(pngFile.bytes);
    const size = svgSize(svg);
    assert.equal(png.width, Math.ceil(size.width * 2), 'width is the SVG width × 2');
    assert.equal(png.height, Math.ceil(size.height * 2), 'height is the SVG height × 2');
    assert.equal(THEMES.light.route.toUpperCase(), '#D55E00');
    const stats = colourStats(png, [213, 94, 0]);
    assert.ok(stats.distinct > 50, `not blank: ${String(stats.distinct)} distinct colours`);
    assert.ok(stats.near >= 50, `the route colour #D55E00 is drawn (${String(stats.near)} pixels)`);
  });

  it('exports the current view with the nodes in view, and leaves the legend out when unticked', async () => {
    const inView = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (pane === undefined) return { inside: [], touching: [] };
      const inside: string[] = [];
      const touching: string[] = [];
      for (const el of document.querySelectorAll('.react-flow__node')) {
        const r = el.getBoundingClientRect();
        const id = el.getAttribute('data-id') ?? '';
        if (r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom) inside.push(id);
        if (r.right > pane.left - 2 && r.left < pane.right + 2 && r.bottom > pane.top - 2 && r.top < pane.bottom + 2) touching.push(id);
      }
      return { inside, touching };
    });
    assert.ok(inView.touching.length < drawable.length, 'the route view shows part of the map');
    // Without nodes fully in view, the first check below would pass on nothing.
    assert.ok(inView.inside.length >= 2, `the route view holds whole nodes (${String(inView.inside.length)})`);
    const dialog = await openExport(page, { scope: 'Current view' });
    await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
    try {
      const file = await exportFile(page, { format: 'SVG image', scope: 'Current view' });
      const svg = file.bytes.toString('utf8');
      const ids = Object.keys(await svgNodeTitles(page, svg));
      const touching = new Set(inView.touching);
      assert.deepEqual(inView.inside.filter((id) => !ids.includes(id)), [], 'every node fully in view is exported');
      assert.deepEqual(ids.filter((id) => !touching.has(id)), [], 'no node outside the view is exported');
      assert.ok(!svg.includes('class="pw-legend"'), 'no legend when unticked');
    } finally {
      await dialog.getByRole('checkbox', { name: 'Legend' }).check();
    }
  });

  it('exports the route in the dark theme on the dark background', async () => {
    const svgFile = await exportFile(page, { format: 'SVG image', scope: 'Route only', theme: 'Dark' });
    const svg = svgFile.bytes.toString('utf8');
    assert.ok(svg.toUpperCase().includes(`FILL="${THEMES.dark.background.toUpperCase()}"`), 'the SVG is filled with the dark background');
    const pngFile = await exportFile(page, { format: 'PNG image', scope: 'Route only', theme: 'Dark', scale: 1 });
    const png = PNG.sync.read(pngFile.bytes);
    const [r, g, b] = hexToRgb(THEMES.dark.background);
    const corner = [png.data[0], png.data[1], png.data[2]];
    assert.deepEqual(corner, [r, g, b], `the top-left pixel is the dark background ${THEMES.dark.background}`);
    assert.ok(colourStats(png, [r, g, b]).near > (png.width * png.height) / 3, 'most of the image is the dark background');
  });

  it('exports the route as a Markdown and a CSV plan with every step and the totals', async () => {
    const mdFile = await exportFile(page, { format: 'Markdown plan' });
    assert.match(mdFile.name, new RegExp(`^${MAP_SLUG}--.*m365-administrator.*-to-.*cloud-solutions-architect.*\\.md$`));
    const md = mdFile.bytes.toString('utf8');
    for (const step of route.steps) assert.ok(md.includes(step.label), `Markdown names ${step.label}`);
    // Literal: the shipped map's route takes AZ-104 and AZ-305 (165 USD each) and 19 months in all.
    assert.ok(md.includes('**Total: 3 steps · 19 months · 330 USD**'), 'Markdown gives the totals');
    assert.match(md, /- \[ \] \*\*1\. /, 'steps are a checklist');

    const csvFile = await exportFile(page, { format: 'CSV plan' });
    assert.equal(csvFile.name, mdFile.name.replace(/\.md$/, '.csv'));
    const rows = csvFile.bytes
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = rows[0] ?? [];
    const labelAt = header.indexOf('label');
    const idAt = header.indexOf('id');
    const monthsAt = header.indexOf('total_months');
    assert.ok(labelAt >= 0 && idAt >= 0 && monthsAt >= 0, `CSV header: ${header.join(',')}`);
    assert.deepEqual(rows.slice(1).map((row) => row[idAt]), route.steps.map((s) => s.id), 'one row per step, in order');
    assert.deepEqual(rows.slice(1).map((row) => row[labelAt]), route.steps.map((s) => s.label));
    assert.equal(Number(rows.at(-1)?.[monthsAt]), route.totals.months, 'the last row carries the total months');
  });

  it('exports the map as JSON that loads back to the same map', async () => {
    const file = await exportFile(page, { format: 'JSON data' });
    assert.equal(file.name, `${MAP_SLUG}.json`);
    const parsed = JSON.parse(file.bytes.toString('utf8')) as { meta: { id: string }; nodes: unknown[]; edges: unknown[] };
    assert.equal(parsed.meta.id, model.meta.id);
    assert.equal(parsed.nodes.length, model.file.nodes.length);
    assert.equal(parsed.edges.length, model.file.edges.length);
    const again = loadGraphText(file.bytes.toString('utf8'));
    assert.ok(again.ok, 'the exported JSON passes the loader');
  });

  it('refuses a PNG too large for a canvas with a message, downloads nothing, and offers the largest scale that fits', async () => {
    const svg = (await exportFile(page, { format: 'SVG image', scope: 'Whole map' })).bytes.toString('utf8');
    const size = svgSize(svg);
    const check = checkCanvasSize(size.width, size.height, 3);
    // Fail, not skip, when the map has shrunk so far that 3× fits: the refusal would go untested.
    assert.equal(check.ok, false, `the whole map is ${String(size.width)}×${String(size.height)}: 3× fits the canvas limits, nothing to refuse; pick a bigger case`);
    const dialog = await openExport(page, { scope: 'Whole map', scale: 3 });
    const downloads: string[] = [];
    const onDownload = (d: Download) => downloads.push(d.suggestedFilename());
    page.on('download', onDownload);
    try {
      await dialog.getByRole('button', { name: 'PNG image' }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      const text = (await alert.textContent()) ?? '';
      assert.ok(text.includes(`At 3× this image would be ${String(check.width)}×${String(check.height)} px`), `the message gives the size at 3×: ${text}`);
      assert.match(text, /more than a browser can draw/);
      const fits = Math.floor(check.maxScale);
      assert.ok(fits >= 1, 'the data map fits at some whole scale');
      assert.ok(text.includes(`${String(fits)}× fits`), `the message names the largest scale that fits (${String(fits)}×)`);
      // The refusal happens before any file is made; give a late download a moment to show up anyway.
      await page.waitForTimeout(300);
      assert.deepEqual(downloads, [], 'nothing is downloaded');
    } finally {
      page.off('download', onDownload);
    }

    const offer = dialog.getByRole('button', { name: /^Export PNG at \d×$/ });
    const fits = Math.floor(check.maxScale);
    assert.equal(await offer.textContent(), `Export PNG at ${String(fits)}×`);
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await offer.click();
    const file = await download;
    const head = readFileSync(await file.path()).subarray(0, 24);
    // A PNG's IHDR chunk starts at byte 8; width and height are its first two 32-bit fields.
    assert.equal(head.readUInt32BE(16), Math.ceil(size.width * fits), `the PNG is ${String(fits)}× the SVG width`);
    assert.equal(head.readUInt32BE(20), Math.ceil(size.height * fits), `the PNG is ${String(fits)}× the SVG height`);
  });
});

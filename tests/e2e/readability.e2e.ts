// Issue 11 (a map you can read), in real Chromium on the built app: the readability probe at the
// first view and six zoom levels on a laptop, a large screen and a phone, and zooming that keeps
// the node under the pointer where it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { canvasBox, nodeBox, openMap, startApp, type App } from './harness';
import { probeReadability, settle, wheelZoomTo, type ReadabilityReport } from './readability-probe';

const SIZES = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'large screen', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
] as const;
/** From near the minimum zoom (0.1) to the maximum (2.5), across every level of detail. */
const ZOOMS = [0.12, 0.2, 0.3, 0.5, 1, 2.5];

function summary(r: ReadabilityReport): string {
  return `zoom ${r.zoom.toFixed(3)}: ${String(r.runs)} text runs, min ${String(r.minPx)} px, median ${String(r.medianPx)} px, ${String(r.nodesReadable11)} nodes ≥ 11 px, names ${String(r.pathNames.filter((n) => n.px >= 12).length)} ≥ 12 px, MS-102 ${String(r.ms102Px)} px, empty bands ${String(r.emptyBandY)} / ${String(r.emptyBandX)}, boxes ${String(r.nodesOnScreen)} drawn / ${String(r.blankBoxes.length)} blank`;
}

describe('readability of the default map', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  for (const size of SIZES) {
    it(`${size.name} ${String(size.width)}×${String(size.height)}: the first view and six zoom levels draw no text below 9 px, none cut, none colliding`, async () => {
      const tracked = await app.newPage({ viewport: { width: size.width, height: size.height } });
      const page = await openMap(tracked, app);
      await page.waitForTimeout(600);
      await settle(page);
      const first = await probeReadability(page);
      console.log(`${size.name} first view: ${summary(first)}`);

      assert.ok(first.runs > 0, 'some text is drawn at the first view');
      assert.ok(first.minPx >= 9, `smallest text ${String(first.minPx)} px: ${JSON.stringify(first.smallest)}`);
      assert.deepEqual(first.cut, []);
      assert.deepEqual(first.collisions, []);
      // Every box drawn at the first view says something: no blank pill, no bar, no lone dash.
      // On a phone, the lanes' height caps the zoom (about 0.2): a name of 39–42 px type would
      // need 0.22, so a few boxes there are shapes until the first zoom step (at most 5 of them).
      if (size.name === 'phone') assert.ok(first.blankBoxes.length <= 5, `boxes drawn with no text: ${first.blankBoxes.join(', ')}`);
      else assert.deepEqual(first.blankBoxes, [], 'boxes drawn with no text');
      assert.deepEqual(first.dashTexts, [], 'placeholder texts');
      // Each of the 13 career paths is named on screen in type of 12 px or more.
      const named = first.pathNames.filter((n) => n.px >= 12).map((n) => n.id);
      if (size.name !== 'phone') {
        assert.equal(named.length, 13, `path names ≥ 12 px: ${named.join(', ')}`);
        assert.ok(first.ms102Px >= 11, `MS-102 at ${String(first.ms102Px)} px`);
        assert.ok(first.emptyBandY <= 0.25 && first.emptyBandX <= 0.25, `empty bands ${String(first.emptyBandY)} / ${String(first.emptyBandX)}`);
      } else {
        // A phone opens on the lanes' height, at the window of the map where its lanes have boxes
        // (laneFit, leftOfBusiestWindow), zoomed until the
        // exam codes reach 11 px while the last lane's name stays on screen: every path named.
        assert.equal(named.length, 13, `path names ≥ 12 px on the phone: ${named.join(', ')}`);
        assert.ok(first.ms102Px >= 11, `MS-102 at ${String(first.ms102Px)} px`);
        assert.ok(first.emptyBandY <= 0.25 && first.emptyBandX <= 0.25, `empty bands ${String(first.emptyBandY)} / ${String(first.emptyBandX)}`);
      }
      // At least 30 node labels (exam codes, role names) readable at 11 px or more on a laptop.
      if (size.name === 'laptop') assert.ok(first.nodesReadable11 >= 30, `${String(first.nodesReadable11)} node labels ≥ 11 px`);

      const canvas = await canvasBox(page);
      const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
      for (const target of ZOOMS) {
        const zoom = await wheelZoomTo(page, target, centre);
        const report = await probeReadability(page);
        console.log(`${size.name} at ${String(target)}: ${summary(report)}`);
        assert.ok(Math.abs(zoom / target - 1) < 0.05, `reached zoom ${String(zoom)} for ${String(target)}`);
        assert.ok(report.runs === 0 || report.minPx >= 9, `at zoom ${String(zoom)}: smallest text ${String(report.minPx)} px: ${JSON.stringify(report.smallest)}`);
        assert.deepEqual(report.collisions, [], `collisions at zoom ${String(zoom)}`);
        assert.deepEqual(report.dashTexts, [], `placeholder texts at zoom ${String(zoom)}`);
        assert.deepEqual(
          report.cut.filter((c) => !c.startsWith('lane:')),
          [],
          `cut text at zoom ${String(zoom)}`,
        );
      }
      assert.deepEqual(tracked.consoleErrors, []);
      await page.close();
    });
  }

  it('wheel zoom keeps the node under the pointer under it, and no node moves in the map', async () => {
    const tracked = await app.newPage({ viewport: { width: 1440, height: 900 } });
    const page = await openMap(tracked, app);
    await page.waitForTimeout(600);
    await settle(page);
    const before = await nodeBox(page, 'ms-102');
    assert.ok(before !== null, 'MS-102 is drawn');
    const flowBefore = await page.$eval('.react-flow__node[data-id="ms-102"]', (el) => (el as HTMLElement).style.transform);
    // A point inside MS-102, off-centre, so a zoom about the wrong point would show. Whole pixels:
    // Chromium delivers mouse events at integer coordinates.
    const at = { x: Math.round(before.x + before.width * 0.3), y: Math.round(before.y + before.height * 0.6) };
    const fx = (at.x - before.x) / before.width;
    const fy = (at.y - before.y) / before.height;
    // Through every level of detail in, then back out.
    for (const target of [0.3, 0.5, 0.8, 1.2, 2, 0.6, 0.25]) {
      await wheelZoomTo(page, target, at);
      const now = await nodeBox(page, 'ms-102');
      assert.ok(now !== null, `MS-102 still drawn at zoom ${String(target)}`);
      const px = now.x + now.width * fx;
      const py = now.y + now.height * fy;
      assert.ok(Math.abs(px - at.x) <= 2 && Math.abs(py - at.y) <= 2, `at zoom ${String(target)} the pointed spot moved to (${px.toFixed(1)}, ${py.toFixed(1)}) from (${at.x.toFixed(1)}, ${at.y.toFixed(1)})`);
      const flowNow = await page.$eval('.react-flow__node[data-id="ms-102"]', (el) => (el as HTMLElement).style.transform);
      assert.equal(flowNow, flowBefore, 'the node keeps its place in the map at every level');
    }
    await page.close();
  });
});

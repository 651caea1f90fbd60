// The map opens at its first view: the first frame that shows the map already shows it where it
// settles (fitted, centred on a linked node, or fitted to a linked route), on a laptop and a
// phone, in the app and in an embed. Before, React Flow mounted at zoom 1 and the fit moved the
// view a few frames later: the first frame showed the map's top-left corner, then it jumped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeScript, type PageRecord } from '../../bench/page-probe';
import { startApp, viewSettled, type App } from './harness';

const LINKS = [
  { name: 'the whole map', query: '' },
  { name: 'a linked node', query: '?node=az-104' },
  { name: 'a linked route', query: '?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months' },
  { name: 'an embedded route', query: '?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months&embed=1' },
];
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** Parses "translate(Xpx, Ypx) scale(Z)". */
function parse(transform: string): { x: number; y: number; zoom: number } {
  const m = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(transform);
  assert.ok(m !== null, `unexpected viewport transform "${transform}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

describe('first view', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  for (const size of SIZES) {
    for (const link of LINKS) {
      it(`at ${String(size.width)}×${String(size.height)}, ${link.name}: the first frame with nodes shows the settled view`, async () => {
        const { page, consoleErrors } = await app.newPage({ viewport: size });
        try {
          await page.addInitScript(probeScript());
          await page.goto(new URL(link.query, app.url).toString());
          await viewSettled(page);
          await page.waitForTimeout(300);
          const record = await page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
          const shown = record.loadFrames.filter((f) => f.visible > 0 && f.view !== '');
          const first = shown[0];
          const last = shown.at(-1);
          assert.ok(first !== undefined && last !== undefined, 'no frame showed the map');
          const a = parse(first.view);
          const b = parse(last.view);
          // The phone's route sheet can settle a pixel later; a jump moves hundreds of pixels or the zoom.
          assert.ok(Math.abs(a.zoom / b.zoom - 1) < 0.01, `first frame at zoom ${String(a.zoom)}, settled at ${String(b.zoom)}`);
          assert.ok(Math.abs(a.x - b.x) < 4 && Math.abs(a.y - b.y) < 4, `first frame at (${String(a.x)}, ${String(a.y)}), settled at (${String(b.x)}, ${String(b.y)})`);
          assert.deepEqual(consoleErrors, []);
        } finally {
          await page.close();
        }
      });
    }
  }
});

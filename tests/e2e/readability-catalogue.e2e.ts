// Issue 11, catalogues: a map in which most nodes have no links (a made-up test fixture of 137
// certifications in 16 domains with 16 prerequisites, tests/support/generate-catalogue.ts) opens
// as labelled domain blocks packed like a certification poster, not as one tall column. The
// readability probe checks its first view in real Chromium as it does the default map's.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURE_DOMAINS, generateCatalogue } from '../support/generate-catalogue';
import { openMap, settledViewport, startApp, type App } from './harness';
import { probeReadability, settle } from './readability-probe';

describe('readability of a catalogue with few links', () => {
  let app: App;
  let dir: string;
  let file: string;
  before(async () => {
    app = await startApp();
    dir = mkdtempSync(join(tmpdir(), 'pathwise-catalogue-'));
    file = join(dir, 'catalogue.json');
    writeFileSync(file, JSON.stringify(generateCatalogue()));
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('1440×900: all 16 domain names at 12 px or more, the blocks fill the canvas, no text below 9 px, none cut, none colliding', async () => {
    const tracked = await app.newPage({ viewport: { width: 1440, height: 900 } });
    const page = await openMap(tracked, app);
    await page.getByLabel('Open a map file').setInputFiles(file);
    await page.locator('.react-flow__node[data-id="fx-cert-137"]').waitFor();
    await settledViewport(page);
    await settle(page);
    const report = await probeReadability(page);
    console.log(`catalogue first view: zoom ${report.zoom.toFixed(3)}, ${String(report.runs)} runs, min ${String(report.minPx)} px, ${String(report.nodesReadable11)} nodes ≥ 11 px of ${String(report.nodesOnScreen)}, names ${String(report.pathNames.length)}, empty bands ${String(report.emptyBandY)} / ${String(report.emptyBandX)}`);

    const named = report.pathNames.filter((n) => n.px >= 12).map((n) => n.text);
    assert.deepEqual([...named].sort(), [...FIXTURE_DOMAINS].sort(), 'every domain is named at 12 px or more');
    assert.equal(report.nodesOnScreen, 137, 'every certification is on screen');
    assert.ok(report.emptyBandY <= 0.25 && report.emptyBandX <= 0.25, `empty bands ${String(report.emptyBandY)} / ${String(report.emptyBandX)}`);
    assert.ok(report.minPx >= 9, `smallest text ${String(report.minPx)} px: ${JSON.stringify(report.smallest)}`);
    assert.deepEqual(report.cut, []);
    assert.deepEqual(report.collisions, []);
    // Not one tall column: the exam codes are readable at the first view.
    assert.ok(report.nodesReadable11 >= 100, `${String(report.nodesReadable11)} certifications readable at 11 px or more`);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});

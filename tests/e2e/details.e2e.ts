// The details panel shows what a person must know about a fact's standing: every unverified,
// disputed or secondary fact of the shipped map's chosen nodes carries its flag (read from the map's
// own JSON, so a doubtful fact can never show unflagged), pay with its year and source, the outlook,
// the replacement of a retired or retiring exam (a link to it), and the caveats. Dates are not read
// here: their wording belongs to the freshness work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, openMap, startApp, type App } from './harness';

type Confidence = 'verified' | 'unverified' | 'conflicting' | 'secondary';
interface Fact {
  confidence?: Confidence;
}
interface MapNode {
  id: string;
  label: string;
  kind: string;
  status?: Fact & { state: string; replacement?: string };
  fee?: Fact;
  renewal?: Fact;
  pay?: Fact & { amount: number; currency: string; year: number; source: string };
  outlook?: Fact & { text: string };
  caveats?: (Fact & { text: string })[];
}

const MAP = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as { nodes: MapNode[] };
const byId = new Map(MAP.nodes.map((n) => [n.id, n]));

// The words people see for each doubtful confidence, written out (not read from the app).
const FLAG_TEXT: Partial<Record<Confidence, string>> = { unverified: 'unverified', conflicting: 'disputed', secondary: 'secondary source' };
// The heading of each fact in the panel.
const FACT_TITLE = { status: 'Status', fee: 'Exam fee', renewal: 'Renewal', pay: 'Pay', outlook: 'Outlook' } as const;

// A few nodes that between them carry every flag, pay, outlook, a retired and a retiring exam with a
// replacement, and several caveats.
const CHOSEN = ['ms-102', 'az-500', 'ms-100-ms-101', 'ccsp', 'role-help-desk', 'role-m365-administrator'];

interface Shown {
  title: string;
  facts: Record<string, { text: string; flags: string[] }>;
  caveats: { text: string; flags: string[] }[];
}

/** What the details panel shows: each fact (by its heading) with its flags, and the caveats. */
async function shown(page: Page): Promise<Shown> {
  // No named functions inside: the test runner's transform would wrap them in a helper the page lacks.
  return page.evaluate((flagSelector) => {
    const panel = document.querySelector('section.details');
    if (panel === null) throw new Error('no details panel');
    const facts: Record<string, { text: string; flags: string[] }> = {};
    for (const dt of panel.querySelectorAll('dl.facts > dt')) {
      const dd = dt.nextElementSibling;
      if (dd !== null) facts[dt.textContent.trim()] = { text: dd.textContent, flags: [...dd.querySelectorAll(flagSelector)].map((f) => f.textContent.trim()) };
    }
    const caveats = [...panel.querySelectorAll('.caveats > li')].map((li) => ({
      text: li.textContent,
      flags: [...li.querySelectorAll(flagSelector)].map((f) => f.textContent.trim()),
    }));
    return { title: panel.querySelector('#details-title')?.textContent ?? '', facts, caveats };
  }, '.fact-flag.flag-unverified, .fact-flag.flag-conflicting, .fact-flag.flag-secondary');
}

async function openDetails(app: App, page: Page, id: string): Promise<Shown> {
  const node = byId.get(id);
  assert.ok(node !== undefined, `${id} is in the shipped map`);
  await page.goto(new URL(`?node=${id}`, app.url).toString());
  await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, node.label, { timeout: 20_000 });
  return shown(page);
}

describe('details panel', () => {
  let app: App;
  let page: Page;
  before(async () => {
    app = await startApp();
    const tracked = await app.newPage();
    page = await openMap(tracked, app);
  });
  after(async () => {
    await app.close();
  });

  it('flags every doubtful fact of the chosen nodes, with the words for its confidence, and no others', async () => {
    let checked = 0;
    for (const id of CHOSEN) {
      const node = byId.get(id) as MapNode;
      const view = await openDetails(app, page, id);
      for (const [key, title] of Object.entries(FACT_TITLE)) {
        const fact = node[key as keyof typeof FACT_TITLE];
        if (fact === undefined) continue;
        const want = fact.confidence === undefined ? undefined : FLAG_TEXT[fact.confidence];
        const got = view.facts[title];
        assert.ok(got !== undefined, `${id}: ${title} is shown`);
        assert.deepEqual(got.flags, want === undefined ? [] : [want], `${id}: flags of ${title}`);
        if (want !== undefined) checked++;
      }
      const caveats = node.caveats ?? [];
      assert.equal(view.caveats.length, caveats.length, `${id}: every caveat is shown`);
      caveats.forEach((caveat, i) => {
        const want = caveat.confidence === undefined ? undefined : FLAG_TEXT[caveat.confidence];
        assert.ok(view.caveats[i]?.text.includes(caveat.text), `${id}: caveat ${i} reads "${caveat.text}"`);
        assert.deepEqual(view.caveats[i]?.flags, want === undefined ? [] : [want], `${id}: flag of caveat ${i}`);
        if (want !== undefined) checked++;
      });
    }
    // The chosen nodes carry 15 doubtful facts today; fewer would mean the data or the choice changed.
    assert.ok(checked >= 15, `only ${checked} flagged facts were checked`);
  });

  it('shows pay with its amount, year and source, and the outlook, of a role', async () => {
    const view = await openDetails(app, page, 'role-help-desk');
    const pay = view.facts.Pay;
    assert.ok(pay !== undefined);
    assert.match(pay.text, /^\$61,550 a year \(median, United States, 2024\)/);
    assert.ok(pay.flags.includes('secondary source'));
    const link = page.locator('section.details dl.facts a[href="https://www.bls.gov/ooh/computer-and-information-technology/computer-support-specialists.htm"]');
    assert.equal(await link.count(), 1, 'the pay source is a link');
    const outlook = view.facts.Outlook;
    assert.ok(outlook !== undefined);
    assert.match(outlook.text, /^Employment projected to decline 3% from 2024 to 2034\. \(-3%, 2024-34\)/);
    assert.deepEqual(outlook.flags, ['disputed']);
  });

  it('links a retired exam to its replacement, and the link opens it', async () => {
    const view = await openDetails(app, page, 'ms-100-ms-101');
    assert.match(view.facts.Status?.text ?? '', /replaced by MS-102 Microsoft 365 Administrator/);
    assert.deepEqual(view.facts.Status?.flags, ['disputed']);
    await page.locator('section.details dl.facts').getByRole('button', { name: 'MS-102 Microsoft 365 Administrator' }).click();
    await page.waitForFunction(() => document.querySelector('#details-title')?.textContent === 'MS-102 Microsoft 365 Administrator', null, { timeout: 10_000 });
  });

  it('links a retiring exam to its replacement, with the disputed date flagged and the caveat shown', async () => {
    const view = await openDetails(app, page, 'az-500');
    assert.match(view.facts.Status?.text ?? '', /replaced by SC-500/);
    assert.deepEqual(view.facts.Status?.flags, ['disputed']);
    assert.equal(view.caveats.length, 1);
    assert.match(view.caveats[0]?.text ?? '', /Retirement date disputed/);
    assert.deepEqual(view.caveats[0]?.flags, ['disputed']);
  });
});

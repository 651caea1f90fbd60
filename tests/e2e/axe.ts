// axe-core run in the page through the driver, shared by the accessibility checks of the e2e files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';
const ORDER: readonly AxeImpact[] = ['minor', 'moderate', 'serious', 'critical'];

/** Runs axe-core on the page; returns the violations of `least` impact or worse as readable lines. */
export async function axeViolations(page: Page, least: AxeImpact): Promise<string[]> {
  // The page's CSP refuses inline script tags, so axe is evaluated through the driver instead.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ impact: v.impact ?? '', id: v.id, help: v.help, count: v.nodes.length, examples: JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)) }));
  });
  const floor = ORDER.indexOf(least);
  return found
    .filter((v) => ORDER.indexOf(v.impact as AxeImpact) >= floor)
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${String(v.count)} elements, e.g. ${v.examples})`);
}

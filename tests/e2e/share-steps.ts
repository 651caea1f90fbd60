// What the share and embed suites both do as a user: read the route and selection off the screen, read
// the clipboard, open the Share dialog. One copy, so the two suites cannot drift apart.
import type { Frame, Page } from 'playwright-core';
import { drawnNodeIds } from './harness';

/** What a user sees of the state: the route's drawn nodes (sorted) and the selected node. */
export async function onScreen(page: Page | Frame) {
  await page.waitForSelector('.react-flow__node.on-route', { timeout: 20_000 });
  return {
    route: (await drawnNodeIds(page as Page, 'on-route')).sort(),
    selected: await page.$$eval('.react-flow__node.selected', (els) => els.map((el) => el.getAttribute('data-id'))),
  };
}

/** The clipboard's text (the page must have focus to read it, as for a user). */
export async function clipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => Promise.race([navigator.clipboard.readText(), new Promise<string>((_, reject) => setTimeout(() => { reject(new Error('clipboard read hung')); }, 5000))]));
}

/** Opens Share, which copies the link at once; resolves to the dialog after it says so. */
export async function openShare(page: Page) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.waitFor();
  await dialog.getByText('Link copied to the clipboard.').waitFor();
  return dialog;
}

// Screenshots of the first view (light and dark, 1440×900 and a 390×844 phone) and a route, into
// docs/screenshots/, and the README's docs/screenshot.png (the desktop light first view):
// `npm run build && npx tsx scripts/screenshots.ts`.
import { copyFileSync } from 'node:fs';
import { startApp, openMap, settledViewport } from '../tests/e2e/harness';
const app = await startApp();
const out = 'docs/screenshots';
for (const [name, vp, scheme] of [
  ['desktop-light', { width: 1440, height: 900 }, 'light'],
  ['desktop-dark', { width: 1440, height: 900 }, 'dark'],
  ['phone-light', { width: 390, height: 844 }, 'light'],
  ['phone-dark', { width: 390, height: 844 }, 'dark'],
] as const) {
  const t = await app.newPage({ viewport: vp });
  await t.page.emulateMedia({ colorScheme: scheme });
  const page = await openMap(t, app);
  await settledViewport(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/first-view-${name}.png` });
  await page.close();
}
copyFileSync(`${out}/first-view-desktop-light.png`, 'docs/screenshot.png');
// A route, for the README.
const t = await app.newPage({ viewport: { width: 1440, height: 900 } });
await t.page.emulateMedia({ colorScheme: 'light' });
const page = await openMap(t, app, '?from=role-m365-administrator&to=role-cloud-solutions-architect&by=months');
await page.waitForSelector('.react-flow__node.on-route');
await settledViewport(page);
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/route-desktop-light.png` });
await app.close();

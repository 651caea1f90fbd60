// Takes screenshots of the built app in Chromium (light and dark, desktop and phone) for review
// and for the README: `npm run build && tsx scripts/screenshots.ts [outDir] [query]`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openMap, startApp } from '../tests/e2e/harness';

const outDir = resolve(process.argv[2] ?? 'out/screenshots');
const query = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });

const app = await startApp();
try {
  const shots = [
    { name: 'desktop-light', viewport: { width: 1440, height: 900 }, scheme: 'light' as const },
    { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, scheme: 'dark' as const },
    { name: 'phone-light', viewport: { width: 390, height: 844 }, scheme: 'light' as const },
    { name: 'phone-dark', viewport: { width: 390, height: 844 }, scheme: 'dark' as const },
  ];
  for (const shot of shots) {
    const tracked = await app.newPage({ viewport: shot.viewport });
    await tracked.page.emulateMedia({ colorScheme: shot.scheme });
    await openMap(tracked, app, query);
    await tracked.page.waitForTimeout(600);
    const file = join(outDir, `${shot.name}.png`);
    await tracked.page.screenshot({ path: file });
    process.stdout.write(`${file}${tracked.consoleErrors.length > 0 ? `  console errors: ${tracked.consoleErrors.join(' | ')}` : ''}\n`);
    await tracked.page.close();
  }
} finally {
  await app.close();
}

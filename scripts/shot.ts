// Ad-hoc screenshot for review: tsx scripts/shot.ts "<query>" out.png [light|dark] [width] [height] ["click=sel;key=K;wait=ms"]
import { openMap, startApp } from '../tests/e2e/harness';
const app = await startApp();
try {
  const query = process.argv[2] ?? '';
  const out = process.argv[3] ?? '/tmp/shots/one.png';
  const scheme = (process.argv[4] ?? 'light') as 'light' | 'dark';
  const w = Number(process.argv[5] ?? 1440), h = Number(process.argv[6] ?? 900);
  const t = await app.newPage({ viewport: { width: w, height: h } });
  await t.page.emulateMedia({ colorScheme: scheme });
  await openMap(t, app, query);
  await t.page.waitForTimeout(900);
  for (const step of (process.argv[7] ?? '').split(';').filter(Boolean)) {
    const [kind, arg] = step.split('=');
    if (kind === 'click') await t.page.click(arg ?? '');
    if (kind === 'key') await t.page.keyboard.press(arg ?? '');
    if (kind === 'wait') await t.page.waitForTimeout(Number(arg));
  }
  await t.page.screenshot({ path: out });
  console.log(out, t.consoleErrors.join(' | '));
} finally { await app.close(); }

import type { Page } from 'playwright-core';
import type { PageRecord } from './page-probe';

/** A drag of the pane from (x, y): 60 mouse moves out and back. */
export async function panGesture(p: Page, x: number, y: number): Promise<void> {
  await p.mouse.move(x, y);
  await p.mouse.down();
  await p.mouse.move(x + 300, y + 150, { steps: 30 });
  await p.mouse.move(x - 200, y - 100, { steps: 30 });
  await p.mouse.up();
}

/** 16 wheel steps at (x, y), 40 ms apart: 8 zooming in, 8 out. */
export async function zoomGesture(p: Page, x: number, y: number): Promise<void> {
  await p.mouse.move(x, y);
  for (const delta of [-120, 120]) {
    for (let k = 0; k < 8; k++) {
      await p.mouse.wheel(0, delta);
      await p.waitForTimeout(40);
    }
  }
}

/** Runs a gesture on an empty spot of the pane; the longest task and frame gap while it ran. */
export async function interact(page: Page, gesture: (page: Page, x: number, y: number) => Promise<void>): Promise<{ task: number; frame: number }> {
  const spot = await page.evaluate(() => {
    for (let y = 0.3; y <= 0.9; y += 0.05) {
      for (let x = 0.3; x <= 0.9; x += 0.05) {
        const px = Math.round(window.innerWidth * x);
        const py = Math.round(window.innerHeight * y);
        if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane') === true) return { x: px, y: py };
      }
    }
    return null;
  });
  if (spot === null) throw new Error('bench: no empty spot of the React Flow pane to drag');
  const start = await page.evaluate(() => {
    (window as unknown as { __benchFrames: (on: boolean) => void }).__benchFrames(true);
    return performance.now();
  });
  await gesture(page, spot.x, spot.y);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    (window as unknown as { __benchFrames: (on: boolean) => void }).__benchFrames(false);
  });
  const record = await readRecord(page);
  let frame = 0;
  for (let i = 1; i < record.frames.length; i++) frame = Math.max(frame, (record.frames[i] ?? 0) - (record.frames[i - 1] ?? 0));
  return { task: longest(record, start, Infinity), frame };
}

export function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
}

/** The longest long task that started in [from, to], 0 when none did. */
export function longest(record: PageRecord, from: number, to: number): number {
  return Math.max(0, ...record.longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration));
}


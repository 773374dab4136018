/**
 * Frames per second during a real mouse drag (pan) and real wheel steps (zoom), counted
 * with requestAnimationFrame in the page.
 */
import type { Page } from '@playwright/test';

/** Counts animation frames while `gesture` runs. */
async function fpsDuring(page: Page, gesture: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __paFrames: number[]; __paCount: boolean };
    w.__paFrames = [];
    w.__paCount = true;
    const tick = (t: number) => {
      if (!w.__paCount) return;
      w.__paFrames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __paFrames: number[]; __paCount: boolean };
    w.__paCount = false;
    return w.__paFrames;
  });
  if (frames.length < 2) return 0;
  return ((frames.length - 1) * 1000) / (frames[frames.length - 1]! - frames[0]!);
}

export async function measureFps(page: Page) {
  const box = await page.getByTestId('graph').boundingBox();
  if (!box) throw new Error('graph not visible');
  // Start the drag on empty background: the fit leaves a 40 px margin around the graph.
  const x0 = box.x + 12;
  const y0 = box.y + box.height / 2;
  const pan = await fpsDuring(page, async () => {
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const t0 = Date.now();
    let i = 0;
    while (Date.now() - t0 < 2000) {
      i++;
      const dx = 150 * Math.sin(i / 10);
      const dy = 80 * Math.sin(i / 7);
      await page.mouse.move(x0 + 150 + dx, y0 + dy);
    }
    await page.mouse.up();
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const zoom = await fpsDuring(page, async () => {
    const t0 = Date.now();
    let i = 0;
    while (Date.now() - t0 < 2000) {
      i++;
      await page.mouse.wheel(0, i % 20 < 10 ? -100 : 100);
      await new Promise((r) => setTimeout(r, 16));
    }
  });
  return { pan, zoom };
}

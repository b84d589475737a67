/**
 * One page measured in a fresh browser context: its time to a drawn graph, its JS bytes and,
 * unless only its load is asked for, filter changes, selections, pan and zoom frames and heap.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import {
  CANVAS,
  clearSelection,
  END_OF_FRAME,
  FILTER_CHANGES,
  filterChange,
  frameTimes,
  median,
  percentile,
  pointsOf,
  RECORD_APP_READY,
  selection,
  SELECTIONS,
  waitDrawn,
  waitPainted,
  type Subject,
} from './subjects.ts';

/** Gzipped bytes of every script the page downloads. */
function countScripts(page: Page) {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'worker') return;
    pending.push(
      response
        .body()
        .then((body) => void (bytes += gzipSync(body).length))
        .catch(() => {}),
    );
  });
  return async () => {
    await Promise.all(pending);
    return bytes;
  };
}

async function heapAfterToggles(page: Page, subject: Subject) {
  for (let i = 0; i < 10; i++) {
    await filterChange(page, subject, true);
    await filterChange(page, subject, false);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** A page in a fresh context (a first visit: nothing cached), ready to be measured. */
export async function freshPage(browser: Browser, subject: Subject) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in the code we evaluate in the page with a
  // __name() helper that only exists in Node: give the page a do-nothing one.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(END_OF_FRAME);
  if (subject === 'app') await page.addInitScript(RECORD_APP_READY);
  return { context, page };
}

export type Measured = Awaited<ReturnType<typeof measure>>;

/** One subject on one graph; `ids`: the graph's actor ids, to find one to click. */
export async function measure(
  browser: Browser,
  subject: Subject,
  url: string,
  timeout: number,
  ids: string[],
  loadOnly = false,
) {
  const { context, page } = await freshPage(browser, subject);
  const scripts = countScripts(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    const drawn = await waitDrawn(page, subject, timeout);
    const painted = subject === 'app' ? await waitPainted(page, timeout) : undefined;
    const jsBytes = await scripts();
    if (loadOnly) return { drawn, painted, jsBytes, errors };
    const filter: { work: number; latency: number }[] = [];
    for (let i = 0; i < FILTER_CHANGES / 2; i++) {
      filter.push(await filterChange(page, subject, true));
      filter.push(await filterChange(page, subject, false));
    }
    const canvas = (await page.locator(CANVAS[subject]).boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    // Select the actor drawn nearest the middle, with a real click.
    const points = await pointsOf(page, subject, ids);
    let best = -1;
    points.forEach((p, i) => {
      if (!p) return;
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      const b = points[best];
      if (best < 0 || (b && d < Math.hypot(b.x - centre.x, b.y - centre.y))) best = i;
    });
    const select: { work: number; latency: number }[] = [];
    for (let i = 0; best >= 0 && i < SELECTIONS; i++) {
      select.push(await selection(page, subject, points[best]!));
      await clearSelection(page, subject);
    }
    const start = { x: canvas.x + canvas.width * 0.12, y: canvas.y + canvas.height * 0.45 };
    const pan = await frameTimes(page, async () => {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 300, start.y + 120, { steps: 60 });
      await page.mouse.up();
    });
    const zoom = await frameTimes(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 24; i++) {
        await page.mouse.wheel(0, i < 12 ? -120 : 120);
        await page.waitForTimeout(25);
      }
    });
    const heap = await heapAfterToggles(page, subject);
    return {
      drawn,
      filterWork: median(filter.map((f) => f.work)),
      filterLatency: median(filter.map((f) => f.latency)),
      selectWork: median(select.map((s) => s.work)),
      selectLatency: median(select.map((s) => s.latency)),
      panP50: percentile(pan, 50),
      panP95: percentile(pan, 95),
      zoomP50: percentile(zoom, 50),
      zoomP95: percentile(zoom, 95),
      heap,
      jsBytes,
      errors,
    };
  } catch (error) {
    return { failed: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await context.close();
  }
}

/** What renders WebGL in this browser (headless WebGL is software: the report says so). */
export async function probeWebgl(browser: Browser, base: string) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/compare.html?subject=bare&graph=/bench/graphs/default.json`);
  const info = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return debug
      ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL))
      : 'WebGL2 (renderer hidden)';
  });
  await page.close();
  return info;
}

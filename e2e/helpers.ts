import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { GraphFile } from '../src/model/schema.ts';
import { APP } from './ports.ts';

/** The shipped graph, read from disk: tests derive expectations from the data, not from copies. */
export const GRAPH = JSON.parse(readFileSync('data/graphs/crocus-2024.json', 'utf8')) as GraphFile;
export const ARTICLE = readFileSync('data/sources/crocus-2024-ar.txt', 'utf8');

export function relation(id: string) {
  const r = GRAPH.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id} in the graph`);
  return r;
}

export function actorName(id: string, lang: 'en' | 'ar') {
  const a = GRAPH.actors.find((x) => x.id === id);
  if (!a) throw new Error(`no actor ${id} in the graph`);
  return a.name[lang];
}

/** Every test fails on an uncaught page error or a console error. */
export const test = base.extend<{ pageErrors: string[]; app: string }>({
  /** The app under test, with no trailing slash: its root, or the nested site's subfolder. */
  app: async ({ baseURL }, provide) => provide((baseURL ?? APP).replace(/\/$/, '')),
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      // The build is served under a strict Content-Security-Policy: any violation fails the test.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function openApp(page: Page, query = '') {
  // Relative: the nested project serves the app from a subfolder.
  await page.goto(`./${query}`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
}

/** Page coordinates of an actor or the middle of a relation's line, as drawn on the canvas. */
export async function pointOf(page: Page, id: string) {
  const point = await page.evaluate(
    (elementId) => window.__faultlines?.pointOf(elementId) ?? null,
    id,
  );
  if (!point) throw new Error(`${id} is not on the canvas`);
  return point;
}

/**
 * Clicks an element of the graph with the real mouse, where a reader would click — once the
 * picture has settled (a language switch re-flows the page and may re-fit the graph).
 */
export async function clickOnCanvas(page: Page, id: string) {
  let last = await pointOf(page, id);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(60);
    const now = await pointOf(page, id);
    if (Math.hypot(now.x - last.x, now.y - last.y) < 0.5) break;
    last = now;
  }
  await page.mouse.click(last.x, last.y);
}

export async function canvasClasses(page: Page, id: string) {
  return page.evaluate((elementId) => window.__faultlines?.classesOf(elementId) ?? [], id);
}

/** The label the canvas draws on an element, as its stylesheet resolves it ('' for none). */
export async function drawnLabel(page: Page, id: string) {
  return page.evaluate((elementId) => window.__faultlines?.drawnLabelOf(elementId) ?? null, id);
}

/** Style properties as the canvas resolves them for an element: what it draws. */
export async function drawnStyle(page: Page, id: string, properties: string[]) {
  return page.evaluate(
    ([elementId, names]) => window.__faultlines?.styleOf(elementId!, names as string[]) ?? {},
    [id, properties] as const,
  );
}

/** The colour the canvas is drawn on: the first opaque background behind it. */
export async function canvasPaper(page: Page) {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) return c;
    }
    return 'rgb(255, 255, 255)';
  });
}

/** How far apart two `rgb(…)` colours are (0 the same, 441 black from white). */
export function colourDistance(a: string, b: string) {
  const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(...x.map((v, i) => v - (y[i] ?? 0)));
}

export async function visibleEdgeCount(page: Page) {
  return page.evaluate(() => window.__faultlines?.visibleEdgeCount() ?? -1);
}

export const evidence = (page: Page) => page.getByTestId('evidence-panel');

/** Pixels Cytoscape actually drew: proof of a rendered graph, whatever the colours. */
export async function inkedPixels(page: Page) {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    let count = 0;
    for (const canvas of el.querySelectorAll('canvas')) {
      if (canvas.width === 0) continue;
      const data =
        canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    }
    return count;
  });
}

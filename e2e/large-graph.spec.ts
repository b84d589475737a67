/**
 * Graphs a hundred times bigger than the article's: 5,000 actors and 20,000 relations load, pan,
 * zoom, filter and select; a graph without positions is laid out in the background, with
 * progress and a cancel. The files are generated (seeded, clearly synthetic) and served by the
 * test itself.
 */
import type { Page } from '@playwright/test';
import { syntheticGraph } from '../scripts/lib/synthetic-graph.ts';
import { evidence, expect, pointOf, test, visibleEdgeCount } from './helpers.ts';

const LARGE = syntheticGraph({ actors: 5000, relations: 20000, seed: 7 });
const UNPLACED = syntheticGraph({ actors: 1500, relations: 4000, seed: 3, positions: false });

async function serve(page: Page, name: string, file: unknown) {
  const body = JSON.stringify(file);
  await page.route(`**/generated/${name}.json`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
}

const canvas = (page: Page) => page.getByTestId('graph-canvas');

/** An actor drawn well inside the canvas, away from its edges. */
function actorInView(page: Page, ids: string[]) {
  return page.evaluate((candidates) => {
    const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    let best: { id: string; d: number } | null = null;
    for (const id of candidates) {
      const p = window.__faultlines?.pointOf(id);
      if (!p) continue;
      const d = Math.hypot(p.x - cx, p.y - cy);
      if (!best || d < best.d) best = { id, d };
    }
    return best?.id ?? null;
  }, ids);
}

/** A point in the left half of the canvas at least 30 px from every drawn actor. */
function emptySpot(page: Page, ids: string[]) {
  return page.evaluate((candidates) => {
    const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const points = candidates.flatMap((id) => window.__faultlines?.pointOf(id) ?? []);
    let best = { x: box.left + box.width * 0.25, y: box.top + box.height / 2, d: -1 };
    for (let fx = 0.1; fx <= 0.45; fx += 0.05)
      for (let fy = 0.2; fy <= 0.8; fy += 0.05) {
        const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
        const d = Math.min(...points.map((p) => Math.hypot(p.x - x, p.y - y)));
        if (d > best.d) best = { x, y, d };
        if (d >= 30) return { x, y };
      }
    return { x: best.x, y: best.y };
  }, ids);
}

test('5,000 actors and 20,000 relations load, filter, zoom, pan and select', async ({ page }) => {
  test.setTimeout(240_000);
  await serve(page, 'large', LARGE);
  await page.goto('/?graph=/generated/large.json&lang=en');
  await expect(canvas(page)).toHaveAttribute('data-render-state', 'ready', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-renderer', /^(webgl|canvas)$/);
  expect(await visibleEdgeCount(page)).toBe(20000);

  // Filter: hostile relations leave the canvas.
  const hostile = LARGE.relations.filter((r) => r.tension === 2).length;
  await page.getByTestId('tension-filter').getByLabel('Hostile').uncheck();
  await expect.poll(() => visibleEdgeCount(page), { timeout: 30_000 }).toBe(20000 - hostile);

  // Zoom in from the toolbar, then pan by dragging the background. Reduced motion makes each
  // zoom jump at once: an animated zoom still running would overwrite the pan being measured.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const ids = LARGE.actors.map((a) => a.id);
  const target = (await actorInView(page, ids))!;
  const before = await pointOf(page, target);
  // Background, not an actor (dragging an actor moves the actor, not the view).
  const start = await emptySpot(page, ids);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y - 40, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const after = await pointOf(page, target);
      return Math.round(after.x - before.x);
    })
    .toBeGreaterThan(20);

  // Select the actor nearest the middle with the mouse: the evidence panel names it.
  const chosen = (await actorInView(page, ids))!;
  const name = LARGE.actors.find((a) => a.id === chosen)!.name.en;
  const point = await pointOf(page, chosen);
  await page.mouse.click(point.x, point.y);
  await expect(evidence(page).getByTestId('evidence-title')).toHaveText(name, { timeout: 30_000 });
});

test('a large graph without positions is laid out in the background; the reader can stop it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await serve(page, 'unplaced', UNPLACED);
  await page.goto('/?graph=/generated/unplaced.json&lang=ar');
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  // The page stays responsive while the layout runs: the language switch works at once.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'ltr');
  await progress.getByRole('button', { name: 'Stop and show them now' }).click();
  await expect(canvas(page)).toHaveAttribute('data-render-state', 'ready', { timeout: 30_000 });
  expect(await visibleEdgeCount(page)).toBe(UNPLACED.relations.length);

  // Without a cancel the layout finishes and the graph is drawn.
  await page.reload();
  await expect(canvas(page)).toHaveAttribute('data-render-state', 'ready', { timeout: 60_000 });
  expect(await visibleEdgeCount(page)).toBe(UNPLACED.relations.length);
});

/**
 * The canvas engine in edit mode (src/graph/engine.ts), on the test build's playground page
 * (src/app/edit-playground.ts): actors move by drag and by Alt+arrow and say so; a relation is
 * drawn by Shift+drag or with the keyboard, and the graph that grows by it keeps the view.
 */
import type { Page } from '@playwright/test';
import { expect, GRAPH, pointOf, test } from './helpers.ts';

async function openPlayground(page: Page) {
  await page.goto('/?playground=edit');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
}

/** The events the engine reported, in order. */
async function events(page: Page, name: string) {
  const items = await page.getByTestId('engine-events').locator('li').allTextContents();
  return items.map((t) => JSON.parse(t) as Record<string, unknown>).filter((e) => e.name === name);
}

const edgeCount = (page: Page) => page.evaluate(() => window.__faultlines!.visibleEdgeCount());

test('dragging an actor moves it and reports where it was dropped', async ({ page }) => {
  await openPlayground(page);
  const from = await pointOf(page, 'armenia');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 8 });
  await page.mouse.move(from.x + 80, from.y + 60, { steps: 8 });
  await page.mouse.up();
  const to = await pointOf(page, 'armenia');
  expect(to.x - from.x).toBeGreaterThan(70);
  expect(to.y - from.y).toBeGreaterThan(50);
  await expect.poll(async () => (await events(page, 'actor-moved')).length).toBe(1);
  const [moved] = await events(page, 'actor-moved');
  expect(moved!.id).toBe('armenia');
  // Reported in layout units: the drop point, not the screen's.
  const position = moved!.position as { x: number; y: number };
  expect(Number.isFinite(position.x) && Number.isFinite(position.y)).toBe(true);
});

test('Shift+drag from one actor to another draws a relation; the graph grows in place', async ({
  page,
}) => {
  await openPlayground(page);
  const before = await edgeCount(page);
  const [a, b] = [await pointOf(page, 'north-korea'), await pointOf(page, 'armenia')];
  const elsewhere = await pointOf(page, 'china');
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 6 });
  await page.mouse.move(b.x, b.y, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect
    .poll(() => events(page, 'relation-drawn'))
    .toEqual([{ name: 'relation-drawn', source: 'north-korea', target: 'armenia' }]);
  // The source actor did not move, the new line is drawn, and nothing else moved.
  expect(await pointOf(page, 'north-korea')).toEqual(a);
  await expect.poll(() => edgeCount(page)).toBe(before + 1);
  expect(await pointOf(page, 'china')).toEqual(elsewhere);
  expect(await pointOf(page, `drawn-${GRAPH.relations.length}`)).toBeTruthy();
});

test('Shift+drag that ends on no actor draws nothing', async ({ page }) => {
  await openPlayground(page);
  const a = await pointOf(page, 'north-korea');
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 5, a.y - 60, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await events(page, 'drawing-from')).length).toBe(2);
  expect(await events(page, 'relation-drawn')).toEqual([]);
  expect(await pointOf(page, 'north-korea')).toEqual(a);
});

test('the keyboard draws a relation (R, arrows, Enter) and nudges an actor (Alt+arrow)', async ({
  page,
}) => {
  await openPlayground(page);
  const before = await edgeCount(page);
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('ArrowRight'); // the busiest actor first
  const [first] = await events(page, 'select-actor');
  const start = first!.id as string;
  await page.keyboard.press('r');
  await expect
    .poll(() => events(page, 'drawing-from'))
    .toEqual([{ name: 'drawing-from', source: start }]);
  await page.keyboard.press('ArrowDown');
  const walked = await events(page, 'select-actor');
  const target = walked[walked.length - 1]!.id as string;
  expect(target).not.toBe(start);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => events(page, 'relation-drawn'))
    .toEqual([{ name: 'relation-drawn', source: start, target }]);
  await expect.poll(() => edgeCount(page)).toBe(before + 1);

  const at = await pointOf(page, target);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(async () => (await pointOf(page, target)).x).toBeLessThan(at.x - 5);
  const [nudged] = await events(page, 'actor-moved');
  expect(nudged!.id).toBe(target);
});

/**
 * The embed appears at once: embed.html carries the Embed component rendered at build, with a
 * picture of the graph in the canvas's place, drawn before any script runs, and the interactive
 * embed replaces it without moving anything.
 */
import type { Browser, Page } from '@playwright/test';
import { layoutOf, moved } from './first-paint-helpers.ts';
import { actorName, expect, GRAPH, pointOf, test } from './helpers.ts';
import { HOST_ORIGIN } from './ports.ts';

/** The host article, framing the app under test (`app`: this project's address of it). */
const host = (app: string) => `${HOST_ORIGIN}/host/article.html?app=${encodeURIComponent(app)}`;

async function withoutScripts<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

/** Where the static picture draws an actor: the centre of its shape, in page coordinates. */
function staticActorCentre(page: Page, name: string) {
  return page.locator('#fl-static-picture g.fl-actor', { hasText: name }).evaluate((g) => {
    const box = g.firstElementChild!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
}

const boxOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    });

test('the embed page shows the graph, in its language, with no script at all', async ({
  app,
  browser,
}) => {
  await withoutScripts(browser, async (page) => {
    await page.goto(`${app}/embed-ar.html?embed=1&id=x&lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(GRAPH.title.ar);
    const picture = page.locator('#fl-static-picture');
    await expect(picture.locator('g.fl-actor')).toHaveCount(GRAPH.actors.length);
    await expect(picture.locator('path.fl-edge')).toHaveCount(GRAPH.relations.length);
    await expect(picture).toContainText(actorName('russia', 'ar'));
    // It really is painted: the picture covers the stage and its shapes have size.
    const stage = await boxOf(page, '.fl-canvas-wrap');
    expect(stage.width).toBeGreaterThan(300);
    const russia = await staticActorCentre(page, actorName('russia', 'ar'));
    expect(russia.x).toBeGreaterThan(stage.x);
    expect(russia.x).toBeLessThan(stage.x + stage.width);
    expect(russia.y).toBeGreaterThan(stage.y);
    expect(russia.y).toBeLessThan(stage.y + stage.height);
  });
});

test('the interactive embed takes over from the picture without a jump', async ({
  app,
  browser,
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const url = `${app}/embed.html?embed=1&id=x&lang=en`;
  const before = await withoutScripts(browser, async (still) => {
    await still.goto(url);
    await expect(still.locator('#fl-static-picture g.fl-actor')).toHaveCount(GRAPH.actors.length);
    const centres: Record<string, { x: number; y: number }> = {};
    for (const actor of GRAPH.actors.slice(0, 6))
      centres[actor.id] = await staticActorCentre(still, actor.name.en);
    return {
      centres,
      layout: await layoutOf(still, '.fl-app'),
      title: await boxOf(still, 'h1'),
      stage: await boxOf(still, '.fl-canvas-wrap'),
    };
  });
  await page.goto(url);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  await expect(page.locator('#fl-static-picture')).toHaveCount(0);
  expect(await boxOf(page, 'h1')).toEqual(before.title);
  expect(await boxOf(page, '.fl-canvas-wrap')).toEqual(before.stage);
  // Everything else in view, too: the first paint is the live embed's own markup.
  expect(Object.keys(before.layout).length).toBeGreaterThan(40);
  expect(moved(before.layout, await layoutOf(page, '[data-testid="app"]'))).toEqual([]);
  for (const [id, centre] of Object.entries(before.centres)) {
    const live = await pointOf(page, id);
    expect(Math.hypot(live.x - centre.x, live.y - centre.y), id).toBeLessThan(2);
  }
});

test('an embed far down the article loads its interactive code only when the reader gets there', async ({
  app,
  page,
}) => {
  await page.goto(host(app));
  const frame = page.frameLocator('#dw');
  // The picture is there at once, long before the reader scrolls to it …
  await expect(frame.locator('#fl-static-picture g.fl-actor')).toHaveCount(GRAPH.actors.length);
  const scriptsLoaded = () =>
    page
      .frames()
      .find((f) => f.url().includes('id=dw'))!
      .evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => r.name.split('/').pop()!),
      );
  const early = await scriptsLoaded();
  expect(early.some((name) => name.startsWith('embed-live'))).toBe(false);
  // … and the interactive embed arrives when it comes into view.
  await expect(async () => {
    await page.locator('#dw').scrollIntoViewIfNeeded();
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  expect((await scriptsLoaded()).some((name) => name.startsWith('embed-live'))).toBe(true);
});

test('the interactive code of an embed compiles as it streams in', async ({ app, page }) => {
  await page.goto(`${app}/embed.html?embed=1&id=x&lang=en`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  // V8 compiles it on a background thread while it downloads, not function by function on the
  // main thread once it runs, between the picture and the live canvas.
  const hint = await page.evaluate(async () => {
    const live = performance
      .getEntriesByType('resource')
      .find((r) => r.name.split('/').pop()!.startsWith('embed-live'))!;
    return (await (await fetch(live.name)).text()).split('\n', 1)[0];
  });
  expect(hint).toBe('//# allFunctionsCalledOnLoad');
});

test('without JavaScript the embed pages carry every relation and every quote, in their language', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    for (const name of ['embed.html', 'embed-ar.html']) {
      await page.goto(`${app}/${name}?embed=1&id=x`);
      const content = page.locator('.fl-static');
      await expect(content.locator('li')).toHaveCount(GRAPH.relations.length);
      const text = (await content.textContent()) ?? '';
      for (const r of GRAPH.relations)
        for (const e of r.evidence) expect(text, `${name}: ${r.id}`).toContain(e.quote);
    }
  } finally {
    await context.close();
  }
});

/**
 * The reader's app paints its graph before any code runs: index.html carries the page — the App
 * component rendered at build (src/app/first-paint-markup.tsx) — with a build-time picture of the
 * graph in the canvas's place, in the language its address asks for, and the live app replaces it
 * without moving anything: every element in view in the same place, the same canvas box, every
 * actor where the picture drew it.
 */
import type { Browser, Page } from '@playwright/test';
import { layoutOf, moved } from './first-paint-helpers.ts';
import { actorName, expect, GRAPH, pointOf, test } from './helpers.ts';

/** A page whose script files never arrive (the page's own inline chooser still runs). */
async function withoutScriptFiles<T>(
  browser: Browser,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

const boxOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    });

/**
 * Where the picture draws the file's `index`-th actor (the picture draws them in the file's
 * order; a long name wraps, so the name is no handle): its shape's centre, in page coordinates.
 */
const staticCentre = (page: Page, lang: 'en' | 'ar', index: number) =>
  page
    .locator(`#fl-static-picture-${lang} g.fl-actor`)
    .nth(index)
    .evaluate((g) => {
      const box = g.firstElementChild!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });

test('with no JavaScript at all, the app page shows its graph and every quote', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${app}/`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(GRAPH.title.en);
    const picture = page.locator('#fl-static-picture-en');
    await expect(picture).toBeVisible();
    await expect(picture.locator('g.fl-actor')).toHaveCount(GRAPH.actors.length);
    await expect(picture.locator('path.fl-edge')).toHaveCount(GRAPH.relations.length);
    await expect(picture).toContainText(actorName('russia', 'en'));
    // Painted: the picture fills the canvas's box, inside the page.
    const box = await boxOf(page, '#fl-static-picture-en');
    expect(box.width).toBeGreaterThan(400);
    expect(box.height).toBeGreaterThan(250);
    await expect(page.locator('#fl-static-picture-ar')).toBeHidden();
    const text = (await page.locator('.fl-static').textContent()) ?? '';
    for (const r of GRAPH.relations)
      for (const e of r.evidence) expect(text, r.id).toContain(e.quote);
  } finally {
    await context.close();
  }
});

test('the address chooses the picture: Arabic for lang=ar, none for a view it does not show', async ({
  app,
  browser,
}) => {
  await withoutScriptFiles(browser, { width: 1280, height: 860 }, async (page) => {
    await page.goto(`${app}/?lang=ar`);
    await expect(page.locator('#fl-static-picture-ar')).toBeVisible();
    await expect(page.locator('#fl-static-picture-en')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.fl-static-app:visible h1')).toHaveText(GRAPH.title.ar);
    await expect(page.locator('#fl-static-picture-ar')).toContainText(actorName('russia', 'ar'));
    // A filtered view, or another graph, is not what the picture shows: no picture then.
    for (const query of ['?tension=1..2', '?graph=x.json', '?lang=en&relation=x']) {
      await page.goto(`${app}/${query}`);
      await expect(page.locator('.fl-static-app:visible'), query).toHaveCount(0);
    }
  });
});

for (const [lang, width] of [
  ['en', 1280],
  ['ar', 1280],
  ['en', 375],
  ['ar', 375],
] as const)
  test(`the live app takes over from the picture without a jump (${lang}, ${width} px)`, async ({
    app,
    browser,
    page,
  }) => {
    const viewport = { width, height: width > 500 ? 860 : 760 };
    const url = `${app}/?lang=${lang}`;
    const actors = GRAPH.actors.slice(0, 6);
    const before = await withoutScriptFiles(browser, viewport, async (still) => {
      await still.goto(url);
      await expect(still.locator(`#fl-static-picture-${lang} g.fl-actor`)).toHaveCount(
        GRAPH.actors.length,
      );
      await still.evaluate(() => document.fonts.ready);
      const centres: Record<string, { x: number; y: number }> = {};
      for (const [i, a] of actors.entries()) centres[a.id] = await staticCentre(still, lang, i);
      return {
        centres,
        layout: await layoutOf(still, '.fl-static-app:visible > .fl-app'),
        title: await boxOf(still, '.fl-static-app:not([hidden]):visible h1'),
        stage: await boxOf(still, '.fl-static-app:visible .fl-canvas-wrap'),
        picture: await boxOf(still, `#fl-static-picture-${lang}`),
      };
    });
    await page.setViewportSize(viewport);
    await page.goto(url);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    await expect(page.locator('.fl-static-picture')).toHaveCount(0);
    expect(await boxOf(page, 'h1')).toEqual(before.title);
    expect(await boxOf(page, '.fl-canvas-wrap')).toEqual(before.stage);
    expect(await boxOf(page, '[data-testid="graph-canvas"]')).toEqual(before.picture);
    // Everything else in view, too: the first paint is the live page's own markup.
    expect(Object.keys(before.layout).length).toBeGreaterThan(width > 500 ? 40 : 15);
    expect(moved(before.layout, await layoutOf(page, '[data-testid="app"]'))).toEqual([]);
    for (const [id, centre] of Object.entries(before.centres)) {
      const live = await pointOf(page, id);
      expect(Math.hypot(live.x - centre.x, live.y - centre.y), id).toBeLessThan(2);
    }
  });

test('the first frame waits for no file: the app and embed pages carry their CSS', async ({
  app,
  page,
}) => {
  for (const path of ['?lang=en', '?lang=ar', 'embed.html?embed=1', 'embed-ar.html?embed=1']) {
    await page.goto(`${app}/${path}`);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    // What the browser held the first frame back for (Resource Timing says, per file).
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
        .map((e) => e.name),
    );
    expect(blocking, path).toEqual([]);
    await expect(page.locator('h1').first()).not.toHaveCSS('font-family', /Times/);
  }
});

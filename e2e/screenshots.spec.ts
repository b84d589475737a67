/**
 * Screenshots at desktop and phone widths in both languages, with a relation selected, and checks
 * of what each shows: the graph drawn whole inside its canvas, the page's regions on screen and
 * apart, nothing spilling sideways. Pixels differ between machines (font hinting, Chromium
 * versions); where things are does not, so that is what is compared. `npm run screenshots`
 * refreshes docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import {
  GRAPH,
  clickOnCanvas,
  evidence,
  expect,
  inkedPixels,
  openApp,
  pointOf,
  test,
} from './helpers.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1;

/** The graph is drawn, every actor inside the canvas, and the canvas is a usable size on screen. */
async function expectGraphShown(page: Page, width: number, minHeight: number) {
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  expect(canvas.x).toBeGreaterThanOrEqual(-1);
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(width + 1);
  expect(canvas.width).toBeGreaterThanOrEqual(Math.min(300, width - 40));
  expect(canvas.height).toBeGreaterThanOrEqual(minHeight);
  for (const actor of GRAPH.actors) {
    const p = await pointOf(page, actor.id);
    expect(p.x, actor.id).toBeGreaterThan(canvas.x);
    expect(p.x, actor.id).toBeLessThan(canvas.x + canvas.width);
    expect(p.y, actor.id).toBeGreaterThan(canvas.y);
    expect(p.y, actor.id).toBeLessThan(canvas.y + canvas.height);
  }
  // Real marks, not an empty canvas: thousands of pixels inked.
  expect(await inkedPixels(page)).toBeGreaterThan(3000);
}

/** On a desktop the title, the controls, the graph and the evidence are all on screen, apart. */
async function expectRegionsApart(page: Page) {
  const regions = ['h1', '.fl-side-controls', '.fl-stage', '.fl-side-evidence'];
  const boxes: Box[] = [];
  for (const selector of regions) {
    const region = page.locator(selector).first();
    await expect(region, selector).toBeVisible();
    boxes.push((await region.boundingBox())!);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(boxes[i]!, boxes[j]!), `${regions[i]} over ${regions[j]}`).toBe(false);
}

const VIEWS = [
  { name: 'desktop', width: 1280, height: 860 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const outDir = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

for (const view of VIEWS) {
  for (const lang of ['en', 'ar'] as const) {
    test(`${view.name} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: view.width, height: view.height });
      await openApp(page, `?lang=${lang}`);
      // The shipped font is what draws the Arabic, not whatever the machine happens to have.
      expect(
        await page.evaluate(() => document.fonts.check('600 15px "IBM Plex Sans Arabic"', 'روسيا')),
      ).toBe(true);
      // Nothing spills sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        view.width,
      );
      await expectGraphShown(page, view.width, view.name === 'phone' ? 250 : 350);
      if (view.name === 'desktop') await expectRegionsApart(page);
      await page.screenshot({ path: `${outDir}/${view.name}-${lang}.png` });

      await clickOnCanvas(page, 'russia-tajikistan-accusation');
      const panel = evidence(page);
      await expect(panel.getByTestId('quote').first()).toBeVisible();
      if (view.name === 'phone') {
        // On a phone the evidence opens as a sheet over the lower screen, and closes again.
        const sheet = (await panel.boundingBox())!;
        expect(sheet.y + sheet.height).toBeLessThanOrEqual(view.height + 1);
        expect(sheet.width).toBeGreaterThanOrEqual(view.width - 1);
      }
      await page.screenshot({ path: `${outDir}/${view.name}-${lang}-relation.png` });
      if (view.name === 'phone') {
        await panel.getByRole('button', { name: lang === 'en' ? 'Close' : 'إغلاق' }).click();
        await expect(panel).toHaveAttribute('data-open', 'false');
      }
    });
  }
}

for (const view of VIEWS) {
  test(`embed and example article, ${view.name}`, async ({ page }) => {
    await page.setViewportSize({ width: view.width, height: view.height });
    await openApp(page, '?embed=1&id=shot&lang=ar&relation=russia-tajikistan-accusation');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      view.width,
    );
    await expectGraphShown(page, view.width, 200);
    await expect(page.getByTestId('evidence-title')).toBeVisible();
    await page.screenshot({ path: `${outDir}/embed-${view.name}-ar.png`, fullPage: true });
    await openApp(page, '?embed=1&id=shot&theme=dark&actor=armenia');
    await expectGraphShown(page, view.width, 200);
    await page.screenshot({ path: `${outDir}/embed-${view.name}-en-dark.png`, fullPage: true });

    await page.goto('/examples/crocus-story.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    // The reader scrolls the second paragraph to the middle of the screen.
    await page
      .locator('.steps p')
      .nth(1)
      .evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await expect(frame.locator('article[data-relation-id]')).toHaveAttribute(
      'data-relation-id',
      'russia-tajikistan-accusation',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      view.width,
    );
    await page.screenshot({ path: `${outDir}/example-${view.name}.png` });
  });
}

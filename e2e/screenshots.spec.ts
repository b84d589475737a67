/**
 * Screenshots at desktop and phone widths in both languages, with a relation selected, plus the
 * layout checks a reader would notice first. `npm run screenshots` refreshes docs/screenshots/.
 */
import { clickOnCanvas, evidence, expect, openApp, test } from './helpers.ts';

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
    await page.screenshot({ path: `${outDir}/embed-${view.name}-ar.png`, fullPage: true });
    await openApp(page, '?embed=1&id=shot&theme=dark&actor=armenia');
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

/**
 * Screenshots of the editor at desktop and phone widths in both languages — the start screen,
 * the workspace with the article and a suggestion under review in the form, the spreadsheet
 * import with its column mapping — and checks of what each shows: nothing spilling sideways, the
 * article and the form side by side without overlapping on a desktop, the form's buttons within
 * the screen's width. `npm run screenshots` refreshes the README's (docs/screenshots/).
 */
import type { Locator } from '@playwright/test';
import { ARTICLE, expect, test } from './helpers.ts';
import { expectNoSidewaysScroll, openEditor, startFromArticle } from './editor-helpers.ts';
import { SHEETS } from './editor-sheet-samples.ts';

const VIEWS = [
  { name: 'desktop', width: 1280, height: 860 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const outDir = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

/** Inside the screen's width (a phone's user cannot reach what is off its side). */
async function expectWithinWidth(target: Locator, width: number) {
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

for (const view of VIEWS)
  for (const lang of ['en', 'ar'] as const)
    test(`the editor, ${view.name} ${lang}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: view.width, height: view.height });
      const shot = (name: string) =>
        page.screenshot({ path: `${outDir}/editor-${view.name}-${lang}${name}.png` });
      await openEditor(page, lang);
      await expectNoSidewaysScroll(page, view.width);
      await shot('-start');

      await startFromArticle(page, ARTICLE, 'Crocus');
      await expect(page.getByTestId('drafting')).toBeHidden({ timeout: 60_000 });
      const canvas = page.getByTestId('graph-canvas');
      await expect(canvas).toHaveAttribute('data-render-state', 'ready');
      // The suggestions are drawn beside their sentences (after the first paint).
      await expect(page.getByTestId('suggestion-chip').first()).toBeVisible();
      if (view.name === 'phone') {
        await shot('-article');
        await page.getByTestId('pane-side').click();
      }
      await page.getByTestId('review-item').first().getByTestId('edit').click();
      const form = page.getByTestId('relation-form');
      await expect(form).toBeVisible();
      await expectNoSidewaysScroll(page, view.width);
      for (const button of await form.getByRole('button').all())
        await expectWithinWidth(button, view.width);
      if (view.name === 'desktop') {
        // The article and the form side by side, apart.
        const article = (await page.getByTestId('sentences').boundingBox())!;
        const panel = (await page.getByTestId('panel').boundingBox())!;
        const [start, end] = lang === 'ar' ? [panel, article] : [article, panel];
        expect(start.x + start.width).toBeLessThanOrEqual(end.x);
      }
      // The README's picture of the editor is the desktop, English one.
      await shot('');
      await page.keyboard.press('Escape');

      if (view.name === 'phone') await page.getByTestId('pane-article').click();
      await page.getByTestId('open-sheet-import').click();
      await page.getByTestId('sheet-points-paste').fill(SHEETS[lang].points);
      await page.getByTestId('sheet-links-paste').fill(SHEETS[lang].links);
      await expect(page.getByTestId('sheet-error')).toHaveCount(2);
      await expectNoSidewaysScroll(page, view.width);
      const mapping = page.getByTestId('mapping-links');
      for (const select of await mapping.getByTestId('mapping-select').all())
        await expectWithinWidth(select, view.width);
      // Each column's first value is shown from its first letter (shortened, if at all, at its end).
      for (const sample of await mapping.getByTestId('mapping-sample').all()) {
        const first = await sample.evaluate((el) => {
          const range = document.createRange();
          range.setStart(el.firstChild!, 0);
          range.setEnd(el.firstChild!, 1);
          const [box, letter] = [el.getBoundingClientRect(), range.getBoundingClientRect()];
          return { inside: letter.left >= box.left - 1 && letter.right <= box.right + 1 };
        });
        expect(first.inside, (await sample.textContent()) ?? '').toBe(true);
      }
      await mapping.scrollIntoViewIfNeeded();
      await shot('-sheets');
    });

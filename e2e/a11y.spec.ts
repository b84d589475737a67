/** axe-core, WCAG 2.2 A/AA rules, in each language, embed mode, with a selection and a dialog open. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickOnCanvas, expect, inkedPixels, openApp, test } from './helpers.ts';

// axe walks the whole page several times per test: on a loaded 2-core machine that passes 30 s.
test.describe.configure({ timeout: 90_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function audit(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

for (const lang of ['en', 'ar'] as const) {
  test(`no WCAG 2.2 A/AA violations (${lang}), before and after selecting a relation`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`);
    expect(await audit(page)).toEqual([]);
    await clickOnCanvas(page, 'russia-tajikistan-accusation');
    await expect(page.getByTestId('evidence-title')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('tab').nth(1).click();
    expect(await audit(page)).toEqual([]);
  });
}

test('no violations with the Share / Embed dialog open', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-share').click();
  await expect(page.getByTestId('embed-code')).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no violations in embed mode (${theme})`, async ({ page }) => {
    await openApp(
      page,
      `?embed=1&id=a11y&theme=${theme}&lang=ar&relation=russia-ukraine-accusation`,
    );
    expect(await audit(page)).toEqual([]);
  });
}

test('usable at 320 px and at 200 % zoom: nothing spills sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, '?relation=russia-tajikistan-accusation');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // 200 % zoom of a 1280 px window lays out like 640 CSS px.
  await page.setViewportSize({ width: 640, height: 430 });
  await openApp(page, '?lang=ar');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
});

test('the audit itself catches a violation (so the tests above can fail)', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(img);
  });
  expect((await audit(page)).join('\n')).toContain('image-alt');
});

test('prefers-reduced-motion turns animation off: zooming jumps instead of gliding', async ({
  page,
}) => {
  /** Clicks "Zoom in" and reads the graph in the same task: moved at once, or only later frames? */
  const movesAtOnce = async () => {
    await openApp(page);
    return page.evaluate(() => {
      const before = window.__faultlines!.pointOf('islamic-state')!;
      document
        .querySelector<HTMLButtonElement>('.fl-toolbar button[aria-label="Zoom in"]')!
        .click();
      const after = window.__faultlines!.pointOf('islamic-state')!;
      return Math.hypot(after.x - before.x, after.y - before.y) > 1;
    });
  };
  expect(await movesAtOnce()).toBe(false); // by default the zoom glides over the next frames
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await movesAtOnce()).toBe(true);
});

test('forced-colours mode keeps the graph readable', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page);
  // The canvas still draws (its marks differ by dash pattern, not only colour) …
  const inked = await inkedPixels(page);
  expect(inked).toBeGreaterThan(5000);
  // … and the legend keeps five distinct line patterns.
  const patterns = await page
    .getByTestId('legend-tension')
    .locator('line')
    .evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke-dasharray')));
  expect(new Set(patterns).size).toBe(5);
});

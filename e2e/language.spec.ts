import {
  GRAPH,
  actorName,
  clickOnCanvas,
  evidence,
  expect,
  openApp,
  relation,
  test,
} from './helpers.ts';
import type { Page } from '@playwright/test';

async function boxes(page: Page) {
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  return {
    controls: await box('.fl-side-controls'),
    evidence: await box('.fl-side-evidence'),
    stage: await box('.fl-stage'),
    title: await box('h1'),
    languages: await box('.fl-lang'),
  };
}

/**
 * Which way the legend's "directed" sample points, as drawn on screen: where its arrowhead sits
 * in its box (text and arrows read right to left in Arabic, so the sample is mirrored).
 */
const legendArrowPoints = (page: Page) =>
  page
    .getByTestId('legend-notes')
    .locator('li')
    .first()
    .locator('svg')
    .evaluate((svg) => {
      const head = svg.querySelector('path')!.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      return head.x + head.width / 2 < box.x + box.width / 2 ? 'left' : 'right';
    });

test('switching to Arabic mirrors the whole layout and translates the interface', async ({
  page,
}) => {
  await openApp(page);
  const en = await boxes(page);
  expect(en.controls.x).toBeLessThan(en.stage.x);
  expect(en.evidence.x).toBeGreaterThan(en.stage.x);
  expect(en.title.x).toBeLessThan(en.languages.x);
  expect(await legendArrowPoints(page)).toBe('right');

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.ar);

  const ar = await boxes(page);
  // Positions, not just the attribute: controls move to the right, evidence to the left.
  expect(ar.controls.x).toBeGreaterThan(ar.stage.x);
  expect(ar.evidence.x).toBeLessThan(ar.stage.x);
  expect(ar.title.x + ar.title.width).toBeGreaterThan(ar.languages.x + ar.languages.width);
  // A checkbox sits to the right of its label in Arabic.
  const row = page.getByTestId('tension-filter').locator('label').first();
  const check = (await row.locator('input').boundingBox())!;
  const label = (await row.locator('.fl-check-label').boundingBox())!;
  expect(check.x).toBeGreaterThan(label.x);
  // The legend's arrow points the way Arabic reads, as the evidence title's «←» does.
  expect(await legendArrowPoints(page)).toBe('left');

  await expect(page.getByTestId('legend-tension')).toContainText('تحالف');
  await expect(page.getByTestId('legend-actors')).toContainText('دولة');
  await expect(page.getByRole('heading', { name: 'تصفية العلاقات' })).toBeVisible();
  await expect(page).toHaveURL(/lang=ar/);
});

test('in Arabic the evidence shows names and summaries in Arabic and quotes without translation', async ({
  page,
}) => {
  await openApp(page, '?lang=ar');
  const r = relation('tajikistan-russia-denial');
  await clickOnCanvas(page, r.id);
  const panel = evidence(page);
  await expect(panel.getByTestId('evidence-title')).toHaveText(
    `${actorName('tajikistan', 'ar')} ← ${actorName('russia', 'ar')}`,
  );
  await expect(panel).toContainText(r.summary.ar);
  await expect(panel.getByTestId('quote')).toHaveText(r.evidence.map((e) => e.quote));
  await expect(panel.getByTestId('translation')).toHaveCount(0);
  await expect(panel.getByTestId('editor-note').first()).toContainText('ملاحظة المحرر');
});

test('the language survives a reload and back/forward steps through views', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await clickOnCanvas(page, 'armenia');
  await expect(evidence(page).getByTestId('evidence-title')).toHaveText(actorName('armenia', 'ar'));
  await page.reload();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'rtl');
  await expect(evidence(page).getByTestId('evidence-title')).toHaveText(actorName('armenia', 'ar'));

  await page.goBack();
  await expect(evidence(page).getByTestId('evidence-title')).toHaveCount(0);
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'rtl');
  await page.goBack();
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
  await page.goForward();
  await expect(page.getByTestId('app')).toHaveAttribute('dir', 'rtl');
});

test('bad link parameters leave a readable notice and a working app', async ({ page }) => {
  await openApp(page, '?lang=xx&tension=9..12&relation=%3Cscript%3E&kinds=war');
  const notices = page.getByTestId('notices');
  await expect(notices.locator('.fl-notice')).toHaveCount(3);
  await expect(notices).toContainText('lang=xx');
  await expect(notices).toContainText('relation=<script>');
  await expect(page.getByTestId('filter-status')).toContainText(`of ${GRAPH.relations.length}`);
  await notices.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(notices.locator('.fl-notice')).toHaveCount(2);
  await clickOnCanvas(page, 'russia');
  await expect(evidence(page).getByTestId('evidence-title')).toHaveText('Russia');
});

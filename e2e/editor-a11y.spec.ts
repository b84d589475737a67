/**
 * axe-core (WCAG 2.2 A/AA) on the editor: the start screen, the workspace, a form open, the
 * spreadsheet import at each of its steps; both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARTICLE, expect, test } from './helpers.ts';
import { openEditor, startFromArticle } from './editor-helpers.ts';
import { SHEETS } from './editor-sheet-samples.ts';

const PANEL = '[data-testid="sheet-import"]';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The page's violations, or those inside `scope` alone (a panel: the rest is audited above). */
async function audit(page: Page, scope?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const { violations } = await (scope ? builder.include(scope) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Every sentence of the article drawn once, then back at the top. A row not yet drawn has a
 * guessed height (content-visibility: out of view, a row is neither laid out nor painted), and
 * axe, measuring its suggestions forced into that guess, found them over the next row's — which
 * no reader meets: a row is drawn before it comes into view, and keeps its real height after.
 */
async function drawEverySentence(page: Page) {
  await page.getByTestId('sentences').evaluate(async (list) => {
    const frame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const rows = [...list.querySelectorAll<HTMLElement>('[data-testid="sentence"]')];
    for (const row of rows) {
      row.scrollIntoView({ block: 'nearest' });
      await frame();
    }
    rows[0]?.scrollIntoView({ block: 'nearest' });
    window.scrollTo(0, 0);
    await frame();
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`the editor has no WCAG 2.2 A/AA violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await openEditor(page, lang);
    expect(await audit(page)).toEqual([]);
    await startFromArticle(page, ARTICLE, 'Crocus');
    await expect(page.getByTestId('review-item').first()).toBeVisible({ timeout: 60_000 });
    await drawEverySentence(page);
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('review-item').first().getByTestId('edit').click();
    await expect(page.getByTestId('relation-form')).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`the spreadsheet import has no WCAG 2.2 A/AA violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await openEditor(page, lang);
    await startFromArticle(page, ARTICLE, 'Crocus');
    await page.getByTestId('open-sheet-import').click();
    await expect(page.getByTestId('sheet-import')).toBeVisible();
    expect(await audit(page, PANEL)).toEqual([]);
    // A workbook refused, with what to do instead.
    await page.getByTestId('sheet-links-file').setInputFiles({
      name: 'links.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    });
    await expect(page.getByTestId('sheet-links-refused')).toBeVisible();
    expect(await audit(page, PANEL)).toEqual([]);
    // Both sheets pasted: their column mappings, and the rows in error listed one by one.
    await page.getByTestId('sheet-points-paste').fill(SHEETS[lang].points);
    await page.getByTestId('sheet-links-paste').fill(SHEETS[lang].links);
    await expect(page.getByTestId('mapping-links').getByTestId('mapping-select')).toHaveCount(6);
    await expect(page.getByTestId('sheet-error')).toHaveCount(2);
    expect(await audit(page, PANEL)).toEqual([]);
    // Imported: what was added, said.
    await page.getByTestId('sheet-import-submit').click();
    await expect(page.getByTestId('sheet-imported')).toBeVisible();
    expect(await audit(page, PANEL)).toEqual([]);
  });
}

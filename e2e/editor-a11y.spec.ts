/** axe-core (WCAG 2.2 A/AA) on the editor: the start screen, the workspace, a form open; both languages. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARTICLE, expect, test } from './helpers.ts';
import { openEditor, startFromArticle } from './editor-helpers.ts';

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
  test(`the editor has no WCAG 2.2 A/AA violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await openEditor(page, lang);
    expect(await audit(page)).toEqual([]);
    await startFromArticle(page, ARTICLE, 'Crocus');
    await expect(page.getByTestId('review-item').first()).toBeVisible({ timeout: 60_000 });
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('review-item').first().getByTestId('edit').click();
    await expect(page.getByTestId('relation-form')).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
}

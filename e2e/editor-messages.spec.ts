/**
 * What the editor says when a draft does not open, in the interface's language: the reason in
 * its words, the browser's own (English) words only behind "details".
 */
import { expect, test } from './helpers.ts';

const LATIN = /[A-Za-z]/;

for (const lang of ['en', 'ar'] as const)
  test(`a draft that is not in this browser is said so in ${lang}`, async ({ page }) => {
    await page.goto(`/edit.html?lang=${lang}&draft=no-such-draft`);
    const failure = page.getByTestId('editor-failure');
    await expect(failure).toBeVisible();
    const text = (await failure.textContent()) ?? '';
    if (lang === 'ar') {
      expect(text).toContain('لم تعد موجودة في هذا المتصفح');
      expect(text).not.toMatch(LATIN);
    } else expect(text).toContain('it is no longer in this browser');
    // The start screen stays usable: nothing is lost, another draft or article can be opened.
    await expect(page.getByTestId('article-text')).toBeVisible();
  });

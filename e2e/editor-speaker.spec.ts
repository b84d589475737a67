/**
 * Who exactly says a quote is named in both languages, and a missing one can be mended where the
 * check leads: the form once had a field for the interface's language only, so "speakerLabel.ar
 * must not be empty" led an English-speaking author to the form's heading, with nothing to fill
 * (found by a new user).
 */
import { expect, test } from './helpers.ts';
import { ruritaniaRelationForm } from './editor-helpers.ts';

for (const lang of ['en', 'ar'] as const)
  test(`a speaker named in one language leads to the field for the other (${lang})`, async ({
    page,
  }) => {
    const form = await ruritaniaRelationForm(page, lang);
    const other = lang === 'en' ? 'ar' : 'en';
    await form
      .locator(`[data-field="evidence.speakerLabel.${lang}"]`)
      .fill(lang === 'en' ? 'The foreign minister' : 'وزير الخارجية');
    await form.locator('[type=submit]').click();
    await expect(form).toHaveCount(0);

    await page.getByRole('tab', { name: lang === 'en' ? /^Problems/ : /^المشكلات/ }).click();
    const problem = page.getByTestId('problem').filter({ hasText: `speakerLabel.${other}` });
    await expect(problem).toHaveCount(1);
    await problem.click();
    const field = page.locator(':focus');
    await expect(field).toHaveAttribute('data-field', `evidence.speakerLabel.${other}`);
    await field.fill(other === 'ar' ? 'وزير الخارجية' : 'The foreign minister');
    await page.getByTestId('panel').locator('[type=submit]').click();
    await page.getByRole('tab', { name: lang === 'en' ? /^Problems/ : /^المشكلات/ }).click();
    await expect(page.getByTestId('problem').filter({ hasText: 'speakerLabel' })).toHaveCount(0);
  });

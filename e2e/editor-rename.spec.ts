/**
 * A relation's summary made from its actors' names follows a renamed actor: an actor first made
 * with an English name only left "Ruritania" in the Arabic summary after its Arabic name was
 * given (found by a new user: «Turkey ← أذربيجان»). A summary the author wrote is kept.
 */
import { expect, test } from './helpers.ts';
import { ruritaniaRelationForm } from './editor-helpers.ts';

test('renaming an actor rewrites the summaries made from its old name, in one undo', async ({
  page,
}) => {
  const form = await ruritaniaRelationForm(page, 'en');
  await form.locator('[type=submit]').click();

  const summaryAr = async () => {
    await page.getByRole('tab', { name: /^Relations$/ }).click();
    await page.getByTestId('relation-row').first().getByRole('button').first().click();
    const value = await page.getByTestId('summary-ar').inputValue();
    await page.keyboard.press('Escape');
    return value;
  };
  expect(await summaryAr()).toContain('Ruritania');

  await page.getByRole('tab', { name: /^Actors$/ }).click();
  await page.getByTestId('actor-row').filter({ hasText: 'Ruritania' }).getByRole('button').click();
  await page.locator('[data-field="name.ar"]').fill('روريتانيا');
  await page.getByTestId('actor-form').locator('[type=submit]').click();
  const renamed = await summaryAr();
  expect(renamed).toContain('روريتانيا');
  expect(renamed).not.toContain('Ruritania');

  await page.getByTestId('undo').click();
  expect(await summaryAr()).toContain('Ruritania');
});

/** Driving the editor as an author does: paste, pick words, fill forms, mend what the check finds. */
import type { Page } from '@playwright/test';
import { expect } from './helpers.ts';

export async function openEditor(page: Page, lang: 'en' | 'ar' = 'en') {
  await page.goto(`/edit.html?lang=${lang}`);
  await expect(page.getByTestId('editor')).toBeVisible();
}

export async function startFromArticle(page: Page, text: string, title: string) {
  await page.getByTestId('article-text').fill(text);
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('article-submit').click();
  await expect(page.getByTestId('sentence').first()).toBeVisible();
}

/** Chooses an actor in a type-ahead field by typing part of a name and taking the first match. */
export async function chooseActor(page: Page, testId: string, typed: string) {
  const field = page.getByTestId(testId);
  await field.fill(typed);
  await expect(page.getByRole('option').first()).toBeVisible();
  await field.press('Enter');
}

/**
 * Selects words with the keyboard: Enter on the sentence opens it for selection, Ctrl+Shift and
 * the arrow pointing along the text (left in Arabic) selects word by word, Enter takes them.
 */
export async function pickWithKeyboard(page: Page, sentence: number, words: number) {
  const row = page.locator(`[data-sentence="${sentence}"]`);
  await row.focus();
  await row.press('Enter');
  const picker = page.getByTestId('keyboard-picker');
  await expect(picker).toBeFocused();
  const rtl = await picker.evaluate((el) => getComputedStyle(el).direction === 'rtl');
  for (let i = 0; i < words; i++)
    await picker.press(`Control+Shift+${rtl ? 'ArrowLeft' : 'ArrowRight'}`);
  const picked = await picker.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd).trim(),
  );
  await picker.press('Enter');
  return picked;
}

/**
 * Selects `words` in the article with the mouse: presses at the first letter's leading edge and
 * releases at the last letter's trailing edge (measured on the page, in either direction).
 */
export async function pickWithMouse(page: Page, words: string) {
  const points = await page.getByTestId('sentences').evaluate(async (root, wanted) => {
    for (const row of root.querySelectorAll<HTMLElement>('[data-sentence]')) {
      const nodes: Text[] = [];
      const walk = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) nodes.push(walk.currentNode as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(wanted);
      if (at < 0) continue;
      // Sentences out of view are laid out only once scrolled to (content-visibility), and their
      // real heights then move the row: scrolled to again until it stays put.
      for (
        let tries = 0, top = NaN;
        tries < 5 && row.getBoundingClientRect().top !== top;
        tries++
      ) {
        top = row.getBoundingClientRect().top;
        row.scrollIntoView({ block: 'center' });
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      const charRect = (offset: number) => {
        let left = offset;
        for (const n of nodes) {
          if (left < n.data.length) {
            const r = document.createRange();
            r.setStart(n, left);
            r.setEnd(n, left + 1);
            return r.getBoundingClientRect();
          }
          left -= n.data.length;
        }
        throw new Error('offset outside the sentence');
      };
      const rtl = getComputedStyle(row).direction === 'rtl';
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return {
        from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
        to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`no sentence holds ${wanted}`);
  }, words);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
}

/** Words of the Crocus article (ARTICLE) that say Armenia suspended its part in the CSTO. */
export const SUSPENDED = 'علقت مشاركتها في منظمة معاهدة الأمن الجماعي';

/**
 * Fills the relation form opened on SUSPENDED: Armenia suspends its part in the CSTO (the ends
 * chosen from the type-ahead by typing part of a name), the tension following the kind, and the
 * quote's English translation. The form is left open, to be sent.
 */
export async function fillSuspension(page: Page, lang: 'en' | 'ar') {
  await expect(page.getByTestId('form-quote')).toHaveText(SUSPENDED);
  await chooseActor(page, 'form-source', lang === 'ar' ? 'أرمين' : 'Armen');
  await chooseActor(page, 'form-target', lang === 'ar' ? 'معاهدة الأمن' : 'CSTO');
  await page.getByTestId('form-kind').selectOption('suspension');
  await expect(page.getByTestId('form-tension')).toHaveValue('1');
  await page.getByTestId('translation-en').fill('suspended its participation in the CSTO');
}

/** The page is laid out no wider than the window: nothing to scroll sideways to. */
export async function expectNoSidewaysScroll(page: Page, width: number, where = 'the page') {
  const laidOut = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(laidOut, `${where} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** The number in a counted label, e.g. "Problems (3)". */
export async function countIn(page: Page, name: RegExp) {
  const text = (await page.getByRole('tab', { name }).textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

/** A short article about two made-up states, for tests of one relation's form. */
export const RURITANIA =
  'The foreign minister of Ruritania said on Monday that Ruritania stands with Borduria. Officials in Borduria welcomed the words.';

/**
 * Opens the editor on RURITANIA, picks "Ruritania stands with Borduria" with the mouse and fills
 * the new relation's ends (each a new actor, chosen from the type-ahead); the form stays open.
 */
export async function ruritaniaRelationForm(page: Page, lang: 'en' | 'ar') {
  await openEditor(page, lang);
  await startFromArticle(page, RURITANIA, 'Ruritania');
  await pickWithMouse(page, 'Ruritania stands with Borduria');
  await page.getByTestId('make-relation').click();
  for (const [field, name] of [
    ['form-source', 'Ruritania'],
    ['form-target', 'Borduria'],
  ] as const) {
    await page.getByTestId(field).fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
  }
  return page.getByTestId('relation-form');
}

/**
 * Picking words with the mouse gives exactly the words dragged over, and the article does not
 * move while or after they are picked: the bar above the sentences (the words picked and what to
 * do with them) appears and grows as the selection does, and once pushed the text down under the
 * pointer, so that a drag ended on other words than the ones under it (found by a new user).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { openEditor, startFromArticle } from './editor-helpers.ts';

const ARTICLE = Array.from(
  { length: 30 },
  (_, i) =>
    `Sentence ${i} says that the ministers of Country${i} and Country${i + 1} met again in the capital to talk about the long dispute over the river.`,
).join(' ');

/** Where the first letter of `first` and the last letter of `last` (after it) are drawn. */
async function ends(page: Page, first: string, last: string) {
  return page.getByTestId('sentences').evaluate(
    (root, [first, last]) => {
      // The article's own text, piece by piece (not the suggestions drawn beside it).
      const nodes = [...root.querySelectorAll('[data-at]')].map((el) => el.firstChild as Text);
      const whole = nodes.map((n) => n.data).join('');
      const rectAt = (offset: number) => {
        for (const n of nodes) {
          if (offset < n.data.length) {
            const r = document.createRange();
            r.setStart(n, offset);
            r.setEnd(n, offset + 1);
            return r.getBoundingClientRect();
          }
          offset -= n.data.length;
        }
        throw new Error('outside the article');
      };
      const a = whole.indexOf(first);
      const b = whole.indexOf(last, a) + last.length - 1;
      const [r1, r2] = [rectAt(a), rectAt(b)];
      return {
        from: { x: r1.left + 1, y: r1.top + r1.height / 2 },
        to: { x: r2.right - 1, y: r2.top + r2.height / 2 },
      };
    },
    [first, last] as const,
  );
}

const topOf = (page: Page, sentence: number) =>
  page
    .locator(`[data-sentence="${sentence}"]`)
    .evaluate((el) => Math.round(el.getBoundingClientRect().top));

// At the top of the article (where Chromium's own scroll anchoring does nothing) and further down.
for (const [width, sentence] of <[number, number][]>[
  [1280, 1],
  [1280, 12],
  [375, 1],
  [375, 12],
])
  test(`a mouse drag picks the words under it and the text stays put (${width} px, sentence ${sentence})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 860 });
    await openEditor(page, 'en');
    await startFromArticle(page, ARTICLE, 'Rivers');
    // The assistant's suggestions, drawn beside their sentences, are in place before measuring.
    await expect(page.getByTestId('drafting')).toBeHidden();
    if (sentence > 1)
      await page
        .locator(`[data-sentence="${sentence}"]`)
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // From the middle of one sentence to the end of the next (on a phone, where the article
    // starts lower and a sentence takes more lines, to the end of the clause): a pick long
    // enough to fill the bar.
    const [first, last] = [
      `Country${sentence} and`,
      `Country${sentence + (width > 500 ? 2 : 1)} met again in the capital`,
    ];
    const at = ARTICLE.indexOf(first);
    const wanted = ARTICLE.slice(at, ARTICLE.indexOf(last, at) + last.length);
    const before = await topOf(page, sentence);
    const { from, to } = await ends(page, first, last);
    // Both ends on screen: a drag past the window's edge scrolls the page (no bar at fault).
    expect(to.y).toBeLessThan(860);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByTestId('make-relation')).toBeVisible();
    const picked = await page.evaluate(() => String(document.getSelection()));
    expect(picked.trim().replace(/\s+/g, ' ')).toBe(wanted);
    // What the editor took is those words (the bar shows them, shortened only at its end).
    const shown = (await page.getByTestId('picked-text').textContent()) ?? '';
    expect(wanted.startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(Math.abs((await topOf(page, sentence)) - before)).toBeLessThanOrEqual(2);
  });

/**
 * The editor on a phone (375 px, touch), in both languages, as a journalist uses it there: paste
 * the article, accept a suggestion, select words and make a relation of them, see it listed, see
 * what the check still finds — and, at every step, that what they need is on the screen and
 * whole: no page scrolling sideways, the lists' tabs all in view with their labels uncut, the
 * picked words' buttons on screen where the words were picked, the form's buttons reachable, the
 * graph drawn inside the screen.
 */
import type { Locator } from '@playwright/test';
import { ARTICLE, expect, pointOf, test } from './helpers.ts';
import {
  SUSPENDED,
  fillSuspension,
  openEditor,
  expectNoSidewaysScroll,
  pickWithMouse,
  startFromArticle,
} from './editor-helpers.ts';

const PHONE = { width: 375, height: 812 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const TABS = {
  en: { review: /^Review/, actors: /^Actors$/, relations: /^Relations$/, problems: /^Problems/ },
  ar: { review: /^المراجعة/, actors: /^الفاعلون$/, relations: /^العلاقات$/, problems: /^المشكلات/ },
};

/**
 * On screen, whole and not under anything: inside the window, its text not cut off by its own
 * box, and what a finger on its middle touches is it (not the sticky pane row over it).
 */
async function expectOnScreen(target: Locator, what: string) {
  const seen = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      cut: el.scrollWidth > el.clientWidth + 1,
      covered: !hit || !(el === hit || el.contains(hit)),
    };
  });
  expect(seen.left, `${what}: off the screen's start`).toBeGreaterThanOrEqual(0);
  expect(seen.right, `${what}: off the screen's end`).toBeLessThanOrEqual(PHONE.width);
  expect(seen.top, `${what}: above the screen`).toBeGreaterThanOrEqual(0);
  expect(seen.bottom, `${what}: below the screen`).toBeLessThanOrEqual(PHONE.height);
  expect(seen.cut, `${what}: its text is cut off`).toBe(false);
  expect(seen.covered, `${what}: something lies over it`).toBe(false);
}

/** Scrolled to as a reader would, then on screen and whole; then tapped. */
async function reachAndTap(target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  await expectOnScreen(target, what);
  await target.tap();
}

for (const lang of ['en', 'ar'] as const) {
  test(`a journalist makes a relation on a phone, everything in reach (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const tabs = TABS[lang];
    await openEditor(page, lang);
    await expectNoSidewaysScroll(page, PHONE.width, 'the start');
    // Its button far down the start screen: scrolled to, as a thumb does.
    await startFromArticle(page, ARTICLE, 'Crocus');
    await expect(page.getByTestId('drafting')).toBeHidden({ timeout: 60_000 });
    // The workspace opens at its top: the article's title and first sentence in view.
    await expectOnScreen(page.getByTestId('article-head'), 'the article’s title');
    await expectOnScreen(page.getByTestId('sentence').first(), 'the first sentence');
    await expectNoSidewaysScroll(page, PHONE.width, 'the article');

    // The lists: every tab in view with its whole label, none scrolled out of the row.
    await reachAndTap(page.getByTestId('pane-side'), 'the lists pane button');
    const tablist = page.getByRole('tablist').filter({ visible: true });
    await expect(tablist).toHaveCount(1);
    expect(await tablist.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const name of Object.values(tabs)) {
      const tab = page.getByRole('tab', { name });
      await tab.scrollIntoViewIfNeeded();
      await expectOnScreen(tab, `tab ${name}`);
    }
    await expectNoSidewaysScroll(page, PHONE.width, 'the lists');

    // A suggestion accepted with a tap.
    const waiting = await page.getByTestId('review-item').count();
    await reachAndTap(page.getByTestId('review-item').first().getByTestId('accept'), 'Accept');
    await expect(page.getByTestId('review-item')).toHaveCount(waiting - 1);

    // Words selected far down the article: what to do with them is on screen right there.
    await reachAndTap(page.getByTestId('pane-article'), 'the article pane button');
    await pickWithMouse(page, SUSPENDED);
    const picked = page.getByTestId('picked-text');
    await expect(picked).toHaveText(SUSPENDED);
    // Arabic words are quoted «…», as the app quotes Arabic, in either interface (not ”…“).
    expect(await picked.evaluate((q) => getComputedStyle(q).quotes)).toMatch(/^"«" "»"/);
    const make = page.getByTestId('make-relation');
    await expectOnScreen(make, 'Make a relation, just after picking');
    await make.tap();

    // The form: filled, whole on a phone, sent with its button.
    const form = page.getByTestId('relation-form');
    await expect(form).toBeVisible();
    await fillSuspension(page, lang);
    await expectNoSidewaysScroll(page, PHONE.width, 'the form');
    await reachAndTap(page.getByTestId('form-submit'), 'the form’s Save');
    await expect(form).toHaveCount(0);

    // In the list of relations: the accepted suggestion and the new one.
    await reachAndTap(page.getByRole('tab', { name: tabs.relations }), 'Relations tab');
    const rows = page.getByTestId('relation-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: lang === 'ar' ? 'أرمينيا' : 'Armenia' })).toHaveCount(1);
    for (const row of await rows.all()) {
      await row.scrollIntoViewIfNeeded();
      await expectOnScreen(row, 'a relation row');
    }

    // The problems: listed, each whole on screen, and one opens the form at its field.
    await reachAndTap(page.getByRole('tab', { name: tabs.problems }), 'Problems tab');
    const problems = page.getByTestId('problem');
    await expect(problems.first()).toBeVisible();
    for (const problem of (await problems.all()).slice(0, 5)) {
      await problem.scrollIntoViewIfNeeded();
      await expectOnScreen(problem, 'a problem');
    }
    await problems.first().tap();
    const field = page.locator(':focus');
    await expect(field).toHaveAttribute('data-field', /.+/);
    await expectOnScreen(field, 'the field a problem names');
    await expectNoSidewaysScroll(page, PHONE.width, 'the problems');
    await page.keyboard.press('Escape');

    // The graph: the canvas inside the screen, under the pane row, every actor drawn in it.
    await reachAndTap(page.getByTestId('pane-graph'), 'the graph pane button');
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-render-state', 'ready');
    const box = (await canvas.boundingBox())!;
    const row = (await page.getByTestId('pane-graph').boundingBox())!;
    expect(box.y, 'the canvas starts under the pane row').toBeGreaterThanOrEqual(
      row.y + row.height,
    );
    expect(box.y + box.height, 'the canvas ends on the screen').toBeLessThanOrEqual(PHONE.height);
    expect(box.height).toBeGreaterThanOrEqual(300);
    const { actors } = await page.evaluate(() => window.__faultlines!.drawnIds());
    expect(actors.length).toBeGreaterThanOrEqual(2);
    for (const id of actors) {
      const p = await pointOf(page, id);
      expect(p.x, id).toBeGreaterThan(box.x);
      expect(p.x, id).toBeLessThan(box.x + box.width);
      expect(p.y, id).toBeGreaterThan(box.y);
      expect(p.y, id).toBeLessThan(box.y + box.height);
    }
    await expectNoSidewaysScroll(page, PHONE.width, 'the graph');
  });
}

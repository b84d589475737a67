/**
 * The editor as a journalist uses it, in a real browser with real IndexedDB, in both languages:
 * paste an article, review suggestions, make a relation by selecting words, add an actor and merge
 * a duplicate, undo and redo, reload, mend what the check finds, export — and the exported file
 * passes the project's validator (its CLI and its parser).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseGraphJson } from '../src/model/parse.ts';
import { ARTICLE, clickOnCanvas, expect, pointOf, test } from './helpers.ts';
import {
  SUSPENDED,
  chooseActor,
  fillSuspension,
  openEditor,
  pickWithKeyboard,
  pickWithMouse,
  startFromArticle,
} from './editor-helpers.ts';

const T = {
  en: {
    problems: /^Problems/,
    review: /^Review/,
    actors: /^Actors$/,
    relations: /^Relations$/,
    editRelation: 'Edit the relation',
  },
  ar: {
    problems: /^المشكلات/,
    review: /^المراجعة/,
    actors: /^الفاعلون$/,
    relations: /^العلاقات$/,
    editRelation: 'عدِّل العلاقة',
  },
};

const drawnRelations = (page: Page) =>
  page.evaluate(() => window.__faultlines?.drawnIds().relations ?? []);

/** The relation whose line's middle lies furthest from every actor (a click there hits it). */
async function clearRelation(page: Page) {
  const { actors, relations } = await page.evaluate(() => window.__faultlines!.drawnIds());
  const centres = await Promise.all(actors.map((id) => pointOf(page, id)));
  let best = { id: relations[0]!, room: -1 };
  for (const id of relations) {
    const m = await pointOf(page, id);
    const room = Math.min(...centres.map((c) => Math.hypot(c.x - m.x, c.y - m.y)));
    if (room > best.room) best = { id, room };
  }
  return best.id;
}

/**
 * How the live graph places the dragged actor, whatever the zoom: the angle from Tajikistan to
 * Russia, and their distance over Armenia's from the CSTO (two actors the drag leaves alone).
 */
function shape(p: Record<'russia' | 'tajikistan' | 'armenia' | 'csto', { x: number; y: number }>) {
  const [dx, dy] = [p.russia.x - p.tajikistan.x, p.russia.y - p.tajikistan.y];
  const unit = Math.hypot(p.armenia.x - p.csto.x, p.armenia.y - p.csto.y);
  return { angle: (Math.atan2(dy, dx) * 180) / Math.PI, ratio: Math.hypot(dx, dy) / unit };
}
async function drawnShape(page: Page) {
  const ids = ['russia', 'tajikistan', 'armenia', 'csto'] as const;
  const points = await Promise.all(ids.map((id) => pointOf(page, id)));
  return shape(Object.fromEntries(ids.map((id, i) => [id, points[i]!])) as never);
}
function expectSameShape(a: { angle: number; ratio: number }, b: { angle: number; ratio: number }) {
  expect(Math.abs(a.angle - b.angle)).toBeLessThan(1);
  expect(Math.abs(a.ratio / b.ratio - 1)).toBeLessThan(0.01);
}

/** Drags an actor on the canvas with the real mouse, as an author places it. */
async function dragActor(page: Page, id: string, by: { x: number; y: number }) {
  const from = await pointOf(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x / 2, from.y + by.y / 2, { steps: 6 });
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 6 });
  await page.mouse.up();
}

/** Mends every problem the check lists, through the field each one leads to. */
async function mendProblems(page: Page, lang: 'en' | 'ar') {
  await page.getByRole('tab', { name: T[lang].problems }).click();
  for (let round = 0; round < 40; round++) {
    const problem = page.getByTestId('problem').first();
    if ((await page.getByTestId('problem').count()) === 0) break;
    await problem.click();
    const field = page.locator(':focus');
    await expect(field).toHaveAttribute('data-field', /.+/);
    const name = (await field.getAttribute('data-field'))!;
    await field.fill(name.endsWith('.ar') ? 'نص كتبه المحرر' : `Written by the editor (${round})`);
    if (name.startsWith('title')) await field.press('Enter');
    else await page.getByTestId('panel').locator('[type=submit]').click();
    await page.getByRole('tab', { name: T[lang].problems }).click();
  }
  await expect(page.getByTestId('problem')).toHaveCount(0);
}

for (const lang of ['en', 'ar'] as const) {
  test(`a journalist builds a valid graph from an article (${lang})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await openEditor(page, lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await startFromArticle(page, ARTICLE, 'Crocus');

    // Two suggestions accepted: one by keyboard (A), one with the mouse.
    await expect(page.getByTestId('review-item').first()).toBeVisible({ timeout: 30_000 });
    const waiting = await page.getByTestId('review-item').count();
    await page.getByTestId('review-item').first().focus();
    await page.keyboard.press('a');
    await expect(page.getByTestId('review-item')).toHaveCount(waiting - 1);
    await expect(page.getByTestId('review-item').first()).toBeFocused();
    await page.getByTestId('review-item').first().getByTestId('accept').click();
    await expect(page.getByTestId('review-item')).toHaveCount(waiting - 2);

    // The live graph beside the article draws both at once; a click on one opens its form.
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-render-state', 'ready');
    await expect.poll(() => drawnRelations(page)).toHaveLength(2);
    await canvas.scrollIntoViewIfNeeded();
    await clickOnCanvas(page, await clearRelation(page));
    const form = page.getByTestId('relation-form');
    await expect(form.getByRole('heading', { level: 3 })).toHaveText(T[lang].editRelation);
    await expect(page.getByTestId('form-quote')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(form).toHaveCount(0);

    // Russia dragged to a place of the author's choosing: one undo step, undone and redone.
    await canvas.scrollIntoViewIfNeeded();
    const laidOut = await drawnShape(page);
    await dragActor(page, 'russia', { x: 70, y: 50 });
    await expect.poll(async () => (await drawnShape(page)).ratio).not.toBeCloseTo(laidOut.ratio);
    const placed = await drawnShape(page);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await drawnShape(page)).ratio).toBeCloseTo(laidOut.ratio, 2);
    await page.getByTestId('redo').click();
    await expect.poll(async () => (await drawnShape(page)).ratio).toBeCloseTo(placed.ratio, 2);

    // A relation by selecting words with the mouse: the quote is exactly the words selected.
    await pickWithMouse(page, SUSPENDED);
    await expect(page.getByTestId('picked-text')).toHaveText(SUSPENDED);
    await page.getByTestId('make-relation').click();
    await fillSuspension(page, lang);
    await page.getByTestId('form-submit').click();
    await expect(page.getByTestId('relation-form')).toHaveCount(0);

    // Words picked by keyboard (Enter, Ctrl+Shift+arrow, Enter) become more evidence for it.
    const picked = await pickWithKeyboard(page, 0, 3);
    expect(picked.split(/\s+/)).toHaveLength(3);
    expect(ARTICLE).toContain(picked);
    await expect(page.getByTestId('relation-form')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('picked-text')).toHaveText(picked);
    await page.getByTestId('add-evidence').click();
    await page.getByTestId('translation-en').fill('Russia says the suspects came from Tajikistan');
    await page.getByTestId('form-submit').click();
    await expect(page.getByTestId('relation-form')).toHaveCount(0);

    // An actor added by accident, then merged into the one it duplicates.
    await page.getByRole('tab', { name: T[lang].actors }).click();
    await page.getByTestId('add-actor').click();
    await page.getByTestId('actor-name-en').fill('Republic of Armenia');
    await page.getByTestId('actor-name-ar').fill('جمهورية أرمينيا');
    await page.getByTestId('actor-submit').click();
    const actors = await page.getByTestId('actor-row').count();
    await page.getByTestId('actor-row').last().getByRole('button').first().click();
    await page.getByTestId('actor-merge').click();
    await chooseActor(page, 'merge-into', lang === 'ar' ? 'أرمينيا' : 'Armenia');
    await expect(page.getByTestId('merge-preview')).toContainText('Republic of Armenia');
    await page.getByTestId('merge-confirm').click();
    await expect(page.getByTestId('actor-row')).toHaveCount(actors - 1);

    // Undo brings the duplicate back; redo merges it again.
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('actor-row')).toHaveCount(actors);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('actor-row')).toHaveCount(actors - 1);
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('actor-row')).toHaveCount(actors);
    await page.keyboard.press('Control+y');
    await expect(page.getByTestId('actor-row')).toHaveCount(actors - 1);

    await page.getByRole('tab', { name: T[lang].relations }).click();
    await expect(page.getByTestId('relation-row')).toHaveCount(3);

    // A reload (IndexedDB, the draft's id in the address) brings everything back.
    const reviewLeft = await page.getByTestId('review-item').count();
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
    await page.reload();
    await expect(page).toHaveURL(/draft=/);
    await expect(page.getByTestId('workspace')).toBeVisible();
    await page.getByRole('tab', { name: T[lang].relations }).click();
    await expect(page.getByTestId('relation-row')).toHaveCount(3);
    // Russia is where the author put it.
    await expect(canvas).toHaveAttribute('data-render-state', 'ready');
    expectSameShape(await drawnShape(page), placed);
    await page.getByRole('tab', { name: T[lang].actors }).click();
    await expect(page.getByTestId('actor-row')).toHaveCount(actors - 1);
    await page.getByRole('tab', { name: T[lang].review }).click();
    await expect(page.getByTestId('review-item')).toHaveCount(reviewLeft);

    // Export asks for a valid graph and says what is missing; mend it, then download.
    await page.getByTestId('open-export').click();
    await expect(page.getByTestId('export-blocked')).toBeVisible();
    await expect(page.getByTestId('export-download')).toBeDisabled();
    await page.keyboard.press('Escape');
    await mendProblems(page, lang);
    await page.getByTestId('open-export').click();
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-download').click();
    const file = info.outputPath('exported.json');
    await (await downloading).saveAs(file);

    const text = readFileSync(file, 'utf8');
    const parsed = parseGraphJson(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const graph = JSON.parse(text);
    expect(graph.relations).toHaveLength(3);
    expect(graph.relations.some((r: { suggestion?: unknown }) => r.suggestion)).toBe(false);
    const suspended = graph.relations.find((r: { kind: string }) => r.kind === 'suspension');
    expect(suspended.evidence[0].quote).toBe(SUSPENDED);
    expect(ARTICLE.slice(suspended.evidence[0].at.start, suspended.evidence[0].at.end)).toBe(
      SUSPENDED,
    );
    // The places the author gave the actors are in the file (every actor has one: a reader's
    // app draws the graph as placed).
    const at = (id: string) => graph.actors.find((a: { id: string }) => a.id === id).position;
    expect(graph.actors.every((a: { position?: unknown }) => a.position)).toBe(true);
    expectSameShape(
      shape({
        russia: at('russia'),
        tajikistan: at('tajikistan'),
        armenia: at('armenia'),
        csto: at('csto'),
      }),
      placed,
    );
    const cli = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  });
}

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
import { ARTICLE, expect, test } from './helpers.ts';
import {
  chooseActor,
  openEditor,
  pickWithKeyboard,
  pickWithMouse,
  startFromArticle,
} from './editor-helpers.ts';

const SUSPENDED = 'علقت مشاركتها في منظمة معاهدة الأمن الجماعي';

const T = {
  en: { problems: /^Problems/, review: /^Review/, actors: /^Actors$/, relations: /^Relations$/ },
  ar: { problems: /^المشكلات/, review: /^المراجعة/, actors: /^الفاعلون$/, relations: /^العلاقات$/ },
};

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

    // A relation by selecting words with the mouse: the quote is exactly the words selected.
    await pickWithMouse(page, SUSPENDED);
    await expect(page.getByTestId('picked-text')).toHaveText(SUSPENDED);
    await page.getByTestId('make-relation').click();
    await expect(page.getByTestId('form-quote')).toHaveText(SUSPENDED);
    await chooseActor(page, 'form-source', lang === 'ar' ? 'أرمين' : 'Armen');
    await chooseActor(page, 'form-target', lang === 'ar' ? 'معاهدة الأمن' : 'CSTO');
    await page.getByTestId('form-kind').selectOption('suspension');
    await expect(page.getByTestId('form-tension')).toHaveValue('1');
    await page.getByTestId('translation-en').fill('suspended its participation in the CSTO');
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
    const cli = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  });
}

/**
 * Importing spreadsheets into a draft, as a journalist with a Kumu- or Flourish-shaped sheet does,
 * in both languages: paste an article, paste a points sheet and a links sheet (one row with a
 * kind that does not exist, one whose quote is not in the article), see those rows' errors with
 * their row and column in the interface's language, import the good rows, undo, redo, export —
 * and the exported file passes the validator and holds only quotes of the article.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseGraphJson } from '../src/model/parse.ts';
import { ARTICLE, expect, test } from './helpers.ts';
import { countIn, openEditor, startFromArticle } from './editor-helpers.ts';
import { NOT_IN_ARTICLE, SHEETS } from './editor-sheet-samples.ts';

/** Mends what the check still lists (the article's title in the other language, and so on). */
async function mendProblems(page: Page, problems: RegExp) {
  await page.getByRole('tab', { name: problems }).click();
  for (let round = 0; round < 40 && (await page.getByTestId('problem').count()) > 0; round++) {
    await page.getByTestId('problem').first().click();
    const field = page.locator(':focus');
    await expect(field).toHaveAttribute('data-field', /.+/);
    const name = (await field.getAttribute('data-field'))!;
    await field.fill(name.endsWith('.ar') ? 'نص كتبه المحرر' : `Written by the editor (${round})`);
    if (name.startsWith('title')) await field.press('Enter');
    else await page.getByTestId('panel').locator('[type=submit]').click();
    await page.getByRole('tab', { name: problems }).click();
  }
  await expect(page.getByTestId('problem')).toHaveCount(0);
}

for (const lang of ['en', 'ar'] as const) {
  test(`a journalist imports a points sheet and a links sheet into a draft (${lang})`, async ({
    page,
  }, info) => {
    test.setTimeout(150_000);
    const sheets = SHEETS[lang];
    await openEditor(page, lang);
    await startFromArticle(page, ARTICLE, 'Crocus');
    // The assistant's suggestions are one undo step of their own: let them land first.
    await expect(page.getByTestId('review-item').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('drafting')).toHaveCount(0);
    await page.getByRole('tab', { name: sheets.tabs.actors }).click();
    const actorsBefore = await page.getByTestId('actor-row').count();
    await page.getByRole('tab', { name: sheets.tabs.relations }).click();
    const before = await page.getByTestId('relation-row').count();

    await page.getByTestId('open-sheet-import').click();
    const panel = page.getByTestId('sheet-import');
    await expect(panel).toBeVisible();
    // A workbook is refused with what to do instead; nothing changes.
    await page.getByTestId('sheet-links-file').setInputFiles({
      name: 'links.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    });
    await expect(page.getByTestId('sheet-links-refused')).toContainText('links.xlsx');
    await expect(page.getByTestId('sheet-import-submit')).toBeDisabled();
    // The points sheet as a file (English: a CSV saved by Excel, with its BOM), or pasted cells.
    if (lang === 'en')
      await page.getByTestId('sheet-points-file').setInputFiles({
        name: 'points.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('\uFEFF' + sheets.points.replaceAll('\t', ','), 'utf8'),
      });
    else await page.getByTestId('sheet-points-paste').fill(sheets.points);
    await expect(page.getByTestId('sheet-points-read')).toContainText(
      lang === 'en' ? '2 rows' : 'صفّان',
    );
    await page.getByTestId('sheet-links-paste').fill(sheets.links);
    await expect(page.getByTestId('sheet-links-refused')).toHaveCount(0);

    // The mapping was guessed from the headers; each column can be sent elsewhere.
    const links = page.getByTestId('mapping-links').getByTestId('mapping-select');
    await expect(links).toHaveCount(6);
    await expect(links.nth(0)).toHaveValue('field:source');
    await expect(links.nth(3)).toHaveValue('field:quote');
    await expect(links.nth(5)).toHaveValue('keep');
    await expect(
      page.getByTestId('mapping-points').getByTestId('mapping-select').nth(3),
    ).toHaveValue('field:kind');

    // The bad row and the row whose quote is not in the article: where, and what, in our language.
    const errors = page.getByTestId('sheet-error');
    await expect(errors).toHaveCount(2);
    await expect(errors.nth(0)).toHaveText(sheets.errors[0]!);
    await expect(errors.nth(1)).toHaveText(sheets.errors[1]!);
    await expect(errors.nth(1)).toContainText(NOT_IN_ARTICLE);
    if (lang === 'ar') await expect(errors.nth(1)).toContainText('الاقتباس غير موجود في');

    await page.getByTestId('sheet-import-submit').click();
    await expect(page.getByTestId('sheet-imported')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: sheets.tabs.relations }).click();
    await expect(page.getByTestId('relation-row')).toHaveCount(before + 3);

    // One undo takes the whole import back (its actors too); redo brings it again.
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('relation-row')).toHaveCount(before);
    await page.getByRole('tab', { name: sheets.tabs.actors }).click();
    await expect(page.getByTestId('actor-row')).toHaveCount(actorsBefore);
    await page.getByTestId('redo').click();
    await expect(page.getByTestId('actor-row')).toHaveCount(actorsBefore + 1);
    await page.getByRole('tab', { name: sheets.tabs.relations }).click();
    await expect(page.getByTestId('relation-row')).toHaveCount(before + 3);

    await mendProblems(page, sheets.tabs.problems);
    expect(await countIn(page, sheets.tabs.problems)).toBe(0);
    await page.getByTestId('open-export').click();
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-download').click();
    const file = info.outputPath('exported.json');
    await (await downloading).saveAs(file);
    const text = readFileSync(file, 'utf8');
    const parsed = parseGraphJson(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const graph = JSON.parse(text) as {
      relations: { kind: string; evidence: { quote: string }[]; [k: string]: unknown }[];
      actors: { id: string }[];
    };
    expect(graph.relations.map((r) => r.kind).sort()).toEqual(['accusation', 'alliance', 'attack']);
    for (const r of graph.relations) for (const e of r.evidence) expect(ARTICLE).toContain(e.quote);
    expect(text).not.toContain(NOT_IN_ARTICLE);
    // The sheet's own column is kept on its relation.
    const accusation = graph.relations.find((r) => r.kind === 'accusation')!;
    expect(Object.values(accusation)).toContain(lang === 'en' ? 'call back' : 'للمتابعة');
    expect(graph.actors.map((a) => a.id)).toContain('isis-k');
  });
}

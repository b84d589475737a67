/** Time: dates in their precision, the time control, and the events the text dates. */
import {
  GRAPH,
  canvasClasses,
  evidence,
  expect,
  openApp,
  test,
  visibleEdgeCount,
} from './helpers.ts';

test.describe('time', () => {
  test('dates show their precision; undated evidence is labelled undated', async ({ page }) => {
    await openApp(page, '?relation=tajikistan-russia-criticism');
    const attributions = evidence(page).getByTestId('attribution');
    await expect(attributions.filter({ hasText: 'October 2022' })).toHaveCount(1);
    await expect(attributions.filter({ hasText: 'undated' })).toHaveCount(3);
    await expect(evidence(page).getByTestId('relation-date')).toHaveText('from October 2022');
  });

  test('the time control hides relations that begin later, plays forward, and lives in the URL', async ({
    page,
  }) => {
    await openApp(page, '?asOf=2022-02');
    await expect(page.getByTestId('time-label')).toHaveText('As of February 2022');
    expect(await canvasClasses(page, 'russia-ukraine-war')).not.toContain('filtered-out');
    expect(await canvasClasses(page, 'tajikistan-russia-criticism')).toContain('filtered-out'); // October 2022
    expect(await canvasClasses(page, 'armenia-csto-suspension')).toContain('filtered-out'); // early 2024
    expect(await canvasClasses(page, 'russia-tajikistan-alliance')).not.toContain('filtered-out'); // undated

    const slider = page.getByTestId('time-control').getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('time-label')).toHaveText('As of October 2022');
    expect(await canvasClasses(page, 'tajikistan-russia-criticism')).not.toContain('filtered-out');
    await expect(page).toHaveURL(/asOf=2022-10/);

    await page.getByRole('button', { name: 'Play through the events' }).click();
    await expect(page.getByTestId('time-label')).toHaveText('All dates', { timeout: 15_000 });
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
  });
});

/** Relations about the March 2024 attack: the text dates the attack once, «يوم الجمعة». */
const ABOUT_THE_ATTACK = GRAPH.relations
  .filter((r) => r.about?.includes('crocus-attack'))
  .map((r) => r.id);

test.describe('time follows the events the text dates (issue 17 §2)', () => {
  const LABELS = {
    en: { '2022-10': 'As of October 2022', '2024-03-22': 'As of 22 March 2024' },
    ar: { '2022-10': 'حتى أكتوبر 2022', '2024-03-22': 'حتى 22 مارس 2024' },
  } as const;
  const SINCE = {
    en: {
      attack: 'from 22 March 2024',
      denial: 'not before 22 March 2024, the date of the Crocus City Hall attack in Moscow',
    },
    ar: {
      attack: 'ابتداءً من 22 مارس 2024',
      denial: 'ليس قبل 22 مارس 2024، تاريخ الهجوم على قاعة كروكوس سيتي هول في موسكو',
    },
  } as const;
  for (const lang of ['en', 'ar'] as const) {
    test(`${lang}: at October 2022 nothing about the attack shows; from 22 March 2024 it does`, async ({
      page,
    }) => {
      expect(ABOUT_THE_ATTACK).toEqual(
        expect.arrayContaining(['isis-k-russia-attack', 'ukraine-russia-denial']),
      );
      await openApp(page, `?lang=${lang}&asOf=2022-10`);
      await expect(page.getByTestId('time-label')).toHaveText(LABELS[lang]['2022-10']);
      for (const id of ABOUT_THE_ATTACK)
        expect(await canvasClasses(page, id), id).toContain('filtered-out');
      // What the text dates earlier, or not at all, is there.
      for (const id of [
        'russia-ukraine-war',
        'tajikistan-russia-criticism',
        'russia-tajikistan-strain',
      ])
        expect(await canvasClasses(page, id), id).not.toContain('filtered-out');
      await page.screenshot({ path: `test-results/screenshots/time-2022-10-${lang}.png` });

      await openApp(page, `?lang=${lang}&asOf=2024-03-22`);
      await expect(page.getByTestId('time-label')).toHaveText(LABELS[lang]['2024-03-22']);
      for (const id of ABOUT_THE_ATTACK)
        expect(await canvasClasses(page, id), id).not.toContain('filtered-out');
      expect(await canvasClasses(page, 'isis-k-russia-attack')).not.toContain('filtered-out');
      await page.screenshot({ path: `test-results/screenshots/time-2024-03-22-${lang}.png` });

      // The attack is dated by its own sentence; Ukraine's denial only by the attack it is about.
      await openApp(page, `?lang=${lang}&relation=isis-k-russia-attack`);
      await expect(evidence(page).getByTestId('relation-date')).toHaveText(SINCE[lang].attack);
      await openApp(page, `?lang=${lang}&relation=ukraine-russia-denial`);
      await expect(evidence(page).getByTestId('relation-date')).toHaveText(SINCE[lang].denial);
      await page.screenshot({ path: `test-results/screenshots/time-denial-${lang}.png` });
      await page.setViewportSize({ width: 375, height: 812 });
      await openApp(page, `?lang=${lang}&asOf=2024-03-22`);
      await page.getByTestId('time-control').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/time-2024-03-22-${lang}-375.png` });
      await page.setViewportSize({ width: 1280, height: 860 });

      // The day before, the attack is not there yet: the time control stops at the attack's date.
      await openApp(page, `?lang=${lang}&asOf=2024-03-21`);
      expect(await canvasClasses(page, 'isis-k-russia-attack')).toContain('filtered-out');
    });
  }
});

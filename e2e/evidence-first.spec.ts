import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  GRAPH,
  actorName,
  canvasClasses,
  canvasPaper,
  colourDistance,
  drawnStyle,
  clickOnCanvas,
  evidence,
  expect,
  openApp,
  relation,
  test,
  visibleEdgeCount,
} from './helpers.ts';

const article = (page: Page) => page.getByTestId('article-view');
const marks = (page: Page) => page.getByTestId('article-text').locator('mark');
/** Relations backed by a single asserting sentence, derived from the data. */
const singleSentence = GRAPH.relations.filter(
  (r) => new Set(r.evidence.filter((e) => e.stance !== 'denies').map((e) => e.quote)).size <= 1,
);

test.describe('the article beside the graph', () => {
  test('clicking a marked sentence selects the relations it supports', async ({ page }) => {
    await openApp(page);
    // A sentence that backs one relation only (the US attribution now also backs the attack).
    const quote = 'وكان داعش يقوم بالتجنيد في البلاد، حسبما ذكرت صحيفة الغارديان.';
    const backing = GRAPH.relations
      .filter((r) => r.evidence.some((e) => e.quote === quote))
      .map((r) => r.id);
    expect(backing).toHaveLength(1);
    await marks(page).filter({ hasText: quote }).click();
    for (const id of backing) expect(await canvasClasses(page, id)).toContain('selected');
    await expect(evidence(page).locator('article[data-relation-id]')).toHaveAttribute(
      'data-relation-id',
      backing[0]!,
    );
  });

  test('a sentence backing several relations selects them all', async ({ page }) => {
    await openApp(page);
    const quote =
      'وفي وقت سابق من هذا العام، قال رئيس أرمينيا إن بلاده علقت مشاركتها في منظمة معاهدة الأمن الجماعي بعد انتقادها المتكرر لها ولروسيا.';
    const backing = GRAPH.relations
      .filter((r) => r.evidence.some((e) => e.quote === quote))
      .map((r) => r.id);
    expect(backing.length).toBe(3);
    await marks(page).filter({ hasText: quote }).click();
    const items = evidence(page).locator('.fl-actor-relations > li');
    await expect(items).toHaveCount(3);
    const listed = await items.evaluateAll((lis) =>
      lis.map((li) => li.getAttribute('data-relation-id')),
    );
    expect(listed.sort()).toEqual([...backing].sort());
    for (const id of backing) expect(await canvasClasses(page, id)).toContain('selected');
    await expect(page).toHaveURL(new RegExp(backing.map((id) => `relation=${id}`).join('&')));
  });

  test('selecting a relation highlights its sentences and scrolls them into view', async ({
    page,
  }) => {
    await openApp(page);
    const r = relation('ukraine-russia-criticism');
    await clickOnCanvas(page, r.id);
    const box = page.getByTestId('article-text');
    const active = box.locator('mark.is-active');
    // Scrolled into view inside the article's own box (the page itself does not jump).
    // (The article follows the graph a frame later, and scrolls in the frame after that.)
    await expect(active.first()).toBeVisible();
    const inside = () =>
      active.first().evaluate((mark) => {
        const box = mark.closest('[data-testid="article-text"]')!.getBoundingClientRect();
        const m = mark.getBoundingClientRect();
        return m.top >= box.top && m.top < box.bottom;
      });
    await expect.poll(inside).toBe(true);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0); // the sentence is far down
    const text = (await active.allTextContents()).join('');
    for (const e of r.evidence) expect(text).toContain(e.quote);
    // Only this relation's sentences are active.
    for (const t of await active.allTextContents())
      expect(r.evidence.some((e) => e.quote.includes(t.trim()) || t.includes(e.quote))).toBe(true);
  });

  test('in English a marked sentence shows its translation on focus, and Enter selects', async ({
    page,
  }) => {
    await openApp(page);
    const r = relation('ukraine-russia-denial');
    const mark = marks(page).filter({ hasText: r.evidence[0]!.quote }).first();
    await mark.focus();
    await expect(page.getByTestId('article-translation')).toContainText(
      r.evidence[0]!.translation!.en!,
    );
    await page.keyboard.press('Enter');
    expect(await canvasClasses(page, r.id)).toContain('selected');
  });

  test('in Arabic the article reads right to left, verbatim, without a translation line', async ({
    page,
  }) => {
    await openApp(page, '?lang=ar');
    const text = page.getByTestId('article-text');
    await expect(text).toHaveAttribute('dir', 'rtl');
    const source = readFileSync('data/sources/crocus-2024-ar.txt', 'utf8');
    expect(await text.textContent()).toBe(source);
    await expect(page.getByTestId('article-translation')).toHaveCount(0);
    await expect(article(page).getByRole('heading', { name: 'المقال' })).toBeVisible();
  });
});

test.describe('claims and denials', () => {
  test('a contested relation is drawn double and shows claim and denial side by side', async ({
    page,
  }) => {
    await openApp(page);
    const r = relation('russia-tajikistan-accusation');
    // Drawn double, as Cytoscape resolves it: a core in the paper's colour between two rails in a
    // colour that stands out from the paper. A plain relation has no rails.
    const LINE = ['line-color', 'line-outline-width', 'line-outline-color', 'width'];
    const paper = await canvasPaper(page);
    const contested = await drawnStyle(page, r.id, LINE);
    expect(parseFloat(contested['line-outline-width']!)).toBeGreaterThanOrEqual(1);
    expect(colourDistance(contested['line-color']!, paper)).toBeLessThan(30);
    expect(colourDistance(contested['line-outline-color']!, paper)).toBeGreaterThan(100);
    const plain = await drawnStyle(page, 'russia-tajikistan-alliance', LINE);
    expect(parseFloat(plain['line-outline-width']!)).toBe(0);
    expect(colourDistance(plain['line-color']!, paper)).toBeGreaterThan(100);
    await expect(page.getByTestId('legend-notes')).toContainText('contested');
    await clickOnCanvas(page, r.id);
    const claim = evidence(page).getByTestId('claim-side');
    const denial = evidence(page).getByTestId('denial-side');
    const claims = r.evidence.filter((e) => e.stance !== 'denies');
    const denials = r.evidence.filter((e) => e.stance === 'denies');
    await expect(claim.getByTestId('quote')).toHaveText(claims.map((e) => e.quote));
    await expect(denial.getByTestId('quote')).toHaveText(denials.map((e) => e.quote));
    await expect(claim.getByTestId('attribution').first()).toContainText('Russia says');
    await expect(denial.getByTestId('attribution').first()).toContainText('Tajikistan denies');
    const [a, b] = [(await claim.boundingBox())!, (await denial.boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(4); // side by side, not stacked
    expect(b.x).toBeGreaterThan(a.x);
  });

  test('in Arabic the claim and the denial are mirrored and attributed in Arabic', async ({
    page,
  }) => {
    await openApp(page, '?lang=ar&relation=russia-ukraine-accusation');
    const claim = evidence(page).getByTestId('claim-side');
    const denial = evidence(page).getByTestId('denial-side');
    await expect(denial.getByTestId('attribution')).toContainText(
      `نفي ${actorName('ukraine', 'ar')}`,
    );
    expect((await denial.boundingBox())!.x).toBeLessThan((await claim.boundingBox())!.x);
  });

  test('the voice filter separates what the article states from what parties claim', async ({
    page,
  }) => {
    await openApp(page);
    const claimedOnly = GRAPH.relations.filter((r) =>
      r.evidence.filter((e) => e.stance !== 'denies').every((e) => e.speaker || e.speakerLabel),
    );
    await page.getByTestId('voice-filter').getByLabel('Claimed by a party').uncheck();
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length - claimedOnly.length);
    expect(await canvasClasses(page, 'united-states-isis-k-accusation')).toContain('filtered-out');
    await expect(page).toHaveURL(/voice=article/);
  });
});

test.describe('corroboration', () => {
  test('each relation says how many sentences and speakers back it; single claims can be hidden', async ({
    page,
  }) => {
    await openApp(page, '?relation=tajikistan-russia-denial');
    await expect(evidence(page).getByTestId('corroboration')).toHaveText(
      '5 sentences · 2 speakers · 1 source',
    );
    await page.getByTestId('corroboration-filter').getByRole('checkbox').check();
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length - singleSentence.length);
    for (const r of singleSentence)
      expect(await canvasClasses(page, r.id)).toContain('filtered-out');
    await expect(page).toHaveURL(/corroborated=1/);
  });
});

test.describe('other graph files', () => {
  const fixture = readFileSync('e2e/fixtures/two-sources-v1.json', 'utf8');

  test('an old-format graph with two sources loads; the article view switches between them', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/fixtures/two-sources-v1.json',
      (route) => route.fulfill({ body: fixture, contentType: 'application/json' }),
    );
    await openApp(page, '?graph=/fixtures/two-sources-v1.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'TEST FIXTURE: two sources, old format',
    );
    expect(await visibleEdgeCount(page)).toBe(3);
    const select = page.getByTestId('article-source');
    await expect(page.getByTestId('article-text')).toContainText('وتنفي أوكرانيا');
    await select.selectOption('invented');
    await expect(page.getByTestId('article-text')).toContainText('نص مختلق للاختبار');
    await marks(page).first().click();
    await expect(evidence(page).getByTestId('quote')).toHaveText([
      'قالت أرمينيا وروسيا إنهما تتعاونان في مشروع تجريبي.',
    ]);
    await expect(evidence(page)).toContainText('Faultlines test fixture');
  });

  test('a broken graph file leaves the default graph on screen with its problems listed', async ({
    page,
  }) => {
    const broken = readFileSync('e2e/fixtures/broken-graph.json', 'utf8');
    await page.route(
      (url) => url.pathname === '/fixtures/broken-graph.json',
      (route) => route.fulfill({ body: broken, contentType: 'application/json' }),
    );
    await openApp(page, '?graph=/fixtures/broken-graph.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
    const notice = page.getByTestId('notices');
    await expect(notice).toContainText('could not be used');
    // Each problem by its path, in the interface language.
    await expect(notice.getByRole('listitem').filter({ hasText: 'actors[1].id' })).toContainText(
      'duplicate id "russia"',
    );
  });
});

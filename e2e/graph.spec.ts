import {
  ARTICLE,
  GRAPH,
  actorName,
  canvasClasses,
  clickOnCanvas,
  evidence,
  expect,
  openApp,
  pointOf,
  relation,
  test,
  visibleEdgeCount,
  inkedPixels,
} from './helpers.ts';

test.describe('the default graph', () => {
  test('opens with every actor and relation of the article drawn on the canvas', async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    for (const id of ['russia', 'tajikistan', 'armenia', 'csto', 'isis-k', 'ukraine']) {
      const p = await pointOf(page, id);
      expect(p.x, id).toBeGreaterThan(box.x);
      expect(p.x, id).toBeLessThan(box.x + box.width);
      expect(p.y, id).toBeGreaterThan(box.y);
      expect(p.y, id).toBeLessThan(box.y + box.height);
    }
    // Cytoscape really drew something: the canvas holds many non-white pixels.
    const inked = await inkedPixels(page);
    expect(inked).toBeGreaterThan(5000);
  });

  test('a reader cannot move actors: dragging one pans the whole picture', async ({ page }) => {
    await openApp(page);
    const [a, b] = [await pointOf(page, 'armenia'), await pointOf(page, 'russia')];
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(a.x + 40, a.y + 30, { steps: 8 });
    await page.mouse.move(a.x + 80, a.y + 60, { steps: 8 });
    await page.mouse.up();
    const [a2, b2] = [await pointOf(page, 'armenia'), await pointOf(page, 'russia')];
    // The two actors stay where the author placed them relative to each other (the view may
    // have panned with the drag, moving both alike).
    expect(Math.round(a2.x - b2.x)).toBe(Math.round(a.x - b.x));
    expect(Math.round(a2.y - b2.y)).toBe(Math.round(a.y - b.y));
  });

  test('draws several relations between the same two actors as separate edges', async ({
    page,
  }) => {
    await openApp(page);
    const between = GRAPH.relations.filter(
      (r) => [r.source, r.target].sort().join() === ['russia', 'tajikistan'].sort().join(),
    );
    expect(between.length).toBeGreaterThanOrEqual(4);
    const points = await Promise.all(between.map((r) => pointOf(page, r.id)));
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        ).toBeGreaterThan(6);
    for (const r of between) {
      await clickOnCanvas(page, r.id);
      await expect(evidence(page).locator('[data-relation-id]')).toHaveAttribute(
        'data-relation-id',
        r.id,
      );
    }
  });

  test('the legend explains actor shapes and tension lines', async ({ page }) => {
    await openApp(page);
    const actors = page.getByTestId('legend-actors');
    for (const label of ['State', 'Alliance', 'Armed group'])
      await expect(actors).toContainText(label);
    const tension = page.getByTestId('legend-tension').locator('li');
    await expect(tension).toHaveText([/Allied/, /Cooperative/, /Neutral/, /Strained/, /Hostile/]);
    // Each level differs in line pattern or width, not only colour.
    const patterns = await tension
      .locator('line')
      .evaluateAll((lines) =>
        lines.map((l) => `${l.getAttribute('stroke-dasharray')}|${l.getAttribute('stroke-width')}`),
      );
    expect(new Set(patterns).size).toBe(5);
  });
});

test.describe('evidence', () => {
  test('clicking a relation quotes its sentences verbatim, with translation and source', async ({
    page,
  }) => {
    await openApp(page);
    const r = relation('russia-tajikistan-accusation');
    await clickOnCanvas(page, r.id);
    const panel = evidence(page);
    await expect(panel.getByTestId('evidence-title')).toHaveText(
      `${actorName('russia', 'en')} → ${actorName('tajikistan', 'en')}`,
    );
    await expect(panel).toContainText(r.summary.en);
    const quotes = panel.getByTestId('quote');
    await expect(quotes).toHaveCount(r.evidence.length);
    for (const [i, e] of r.evidence.entries()) {
      const text = await quotes.nth(i).textContent();
      expect(text).toBe(e.quote);
      expect(ARTICLE.includes(text!)).toBe(true);
      await expect(quotes.nth(i)).toHaveAttribute('lang', 'ar');
      await expect(quotes.nth(i)).toHaveAttribute('dir', 'rtl');
    }
    await expect(panel.getByTestId('translation')).toHaveText(
      r.evidence.map((e) => `Translation: ${e.translation!.en}`),
    );
    await expect(panel).toContainText('Business Insider (Arabic translation)');
    expect(await canvasClasses(page, r.id)).toContain('selected');
    await expect(page).toHaveURL(/relation=russia-tajikistan-accusation/);
  });

  test('shows the editor’s note where the translated article misattributes', async ({ page }) => {
    await openApp(page, '?relation=tajikistan-russia-denial');
    const note = evidence(page).getByTestId('editor-note');
    await expect(note.filter({ hasText: 'misattribution' })).toHaveCount(1);
  });

  test('clicking an actor lists its relations, each with its quotes', async ({ page }) => {
    await openApp(page);
    await clickOnCanvas(page, 'tajikistan');
    const panel = evidence(page);
    await expect(panel.getByTestId('evidence-title')).toHaveText(actorName('tajikistan', 'en'));
    const related = GRAPH.relations.filter(
      (r) => r.source === 'tajikistan' || r.target === 'tajikistan',
    );
    const items = panel.locator('.fl-actor-relations > li');
    await expect(items).toHaveCount(related.length);
    for (const r of related) {
      const item = panel.locator(`li[data-relation-id="${r.id}"]`);
      await expect(item.getByTestId('quote')).toHaveCount(r.evidence.length);
    }
    expect(await canvasClasses(page, 'tajikistan')).toContain('selected');
    // From the list, open one relation.
    await items.first().getByRole('button').click();
    await expect(panel.locator('article[data-relation-id]')).toHaveAttribute(
      'data-relation-id',
      related[0]!.id,
    );
  });

  test('clicks land on the actor under the pointer after the content above the graph grows', async ({
    page,
  }) => {
    await openApp(page);
    await clickOnCanvas(page, 'armenia');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveText('Armenia');
    // Content above the graph grows with no resize, scroll or transition (which Cytoscape would
    // notice itself): the canvas moves down the page, and the next click must still land true.
    const before = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '90px';
      document.querySelector('[data-testid="app"]')!.prepend(spacer);
    });
    const after = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(after.y - before.y).toBeCloseTo(90, 0);
    await clickOnCanvas(page, 'russia');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveText('Russia');
  });

  test('clicking the empty canvas or the close button clears the selection', async ({ page }) => {
    await openApp(page, '?actor=russia');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveText('Russia');
    await evidence(page).getByRole('button', { name: 'Close' }).click();
    await expect(evidence(page)).toContainText('Select a relation');
    await clickOnCanvas(page, 'russia');
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + box.height - 4);
    await expect(evidence(page)).toContainText('Select a relation');
    expect(await canvasClasses(page, 'russia')).not.toContain('selected');
  });
});

test('a keyboard alone reaches an actor, its relations and their quotes', async ({ page }) => {
  await openApp(page);
  const panel = evidence(page);
  const chip = panel.getByRole('button', { name: actorName('armenia', 'en') });
  await chip.focus();
  await page.keyboard.press('Enter');
  const title = panel.getByTestId('evidence-title');
  await expect(title).toHaveText(actorName('armenia', 'en'));
  await expect(title).toBeFocused();
  const armenian = GRAPH.relations.filter((r) => r.source === 'armenia' || r.target === 'armenia');
  // Tab on (past the focus buttons) to the first relation's button, then open it.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (
      await panel
        .locator('.fl-actor-relations button')
        .first()
        .evaluate((b) => b === document.activeElement)
    )
      break;
  }
  await page.keyboard.press('Enter');
  await expect(panel.locator('article[data-relation-id]')).toHaveAttribute(
    'data-relation-id',
    armenian[0]!.id,
  );
  await expect(title).toBeFocused();
  await expect(panel.getByTestId('quote')).toHaveText(armenian[0]!.evidence.map((e) => e.quote));
});

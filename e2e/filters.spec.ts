import {
  GRAPH,
  canvasClasses,
  drawnStyle,
  clickOnCanvas,
  evidence,
  expect,
  openApp,
  test,
  visibleEdgeCount,
} from './helpers.ts';

const hostile = GRAPH.relations.filter((r) => r.tension === 2);

test('tension filter removes relations from the canvas and the panel, and dims idle actors', async ({
  page,
}) => {
  await openApp(page);
  const tension = page.getByTestId('tension-filter');
  for (const level of ['Allied', 'Cooperative', 'Neutral', 'Strained'])
    await tension.getByLabel(level).uncheck();
  await expect(page.getByTestId('filter-status')).toHaveText(
    `${hostile.length} of ${GRAPH.relations.length} relations shown`,
  );
  expect(await visibleEdgeCount(page)).toBe(hostile.length);

  const active = new Set(hostile.flatMap((r) => [r.source, r.target]));
  const idle = GRAPH.actors.find((a) => !active.has(a.id))!;
  // Dimmed as drawn: the idle actor fades, an active one stays whole.
  const opacity = async (id: string) => Number((await drawnStyle(page, id, ['opacity'])).opacity);
  await expect.poll(() => opacity(idle.id)).toBeLessThanOrEqual(0.6);
  expect(await opacity([...active][0]!)).toBe(1);

  await clickOnCanvas(page, 'russia');
  const shown = hostile.filter((r) => r.source === 'russia' || r.target === 'russia');
  await expect(evidence(page).locator('.fl-actor-relations > li')).toHaveCount(shown.length);
  await expect(evidence(page)).toContainText('more hidden by the filters');
  await expect(page).toHaveURL(/tension=2/);

  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => visibleEdgeCount(page)).toBe(GRAPH.relations.length);
  await expect(evidence(page)).toContainText('Select a relation');
  await expect(tension.getByRole('checkbox')).toHaveCount(5);
  for (const box of await tension.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await expect.poll(() => opacity(idle.id)).toBe(1);
});

test("a busy actor's list renders whole, and a filter change never shrinks it below its new length", async ({
  page,
}) => {
  await openApp(page);
  await clickOnCanvas(page, 'russia');
  const ofRussia = GRAPH.relations.filter((r) => r.source === 'russia' || r.target === 'russia');
  // Its first relations come with the click, the rest in the next task: all of them, in the end.
  const items = evidence(page).locator('.fl-actor-relations > li');
  await expect(items).toHaveCount(ofRussia.length);
  // Record the fewest items shown at any moment while the hostile relations are switched off.
  await page.evaluate(() => {
    const list = document.querySelector('.fl-actor-relations')!;
    const w = window as unknown as { __fewest: number };
    w.__fewest = list.children.length;
    new MutationObserver(() => {
      w.__fewest = Math.min(w.__fewest, list.children.length);
    }).observe(list, { childList: true });
  });
  await page.getByTestId('tension-filter').getByLabel('Hostile').uncheck();
  const left = ofRussia.filter((r) => r.tension !== 2).length;
  expect(left).toBeLessThan(ofRussia.length);
  await expect(items).toHaveCount(left);
  expect(await page.evaluate(() => (window as unknown as { __fewest: number }).__fewest)).toBe(
    left,
  );
});

test('kind filter hides a kind of relation, and a hidden selected relation is deselected', async ({
  page,
}) => {
  await openApp(page, '?relation=russia-ukraine-accusation');
  const accusations = GRAPH.relations.filter((r) => r.kind === 'accusation').length;
  await page.getByTestId('kind-filter').getByLabel('accusation').uncheck();
  expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length - accusations);
  expect(await canvasClasses(page, 'russia-ukraine-accusation')).toContain('filtered-out');
  await expect(evidence(page)).toContainText('Select a relation');
  await expect(page).toHaveURL(/kinds=/);
});

test('with every level switched off the graph says so and reset brings it back', async ({
  page,
}) => {
  await openApp(page, '?tension=none');
  expect(await visibleEdgeCount(page)).toBe(0);
  await expect(page.getByTestId('filter-status')).toHaveText(
    `0 of ${GRAPH.relations.length} relations shown`,
  );
  await expect(page.getByTestId('canvas-empty')).toBeVisible();
  await page.getByTestId('canvas-empty').getByRole('button').click();
  expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
});

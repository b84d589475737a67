/** Exploring the graph: search, focus, the table and the keyboard as ways in, zoom and layout. */
import type { Page } from '@playwright/test';
import {
  GRAPH,
  actorName,
  canvasClasses,
  drawnLabel,
  evidence,
  expect,
  openApp,
  pointOf,
  relation,
  test,
  visibleEdgeCount,
} from './helpers.ts';

const table = (page: Page) => page.getByTestId('relations-table');
async function openTable(page: Page) {
  await page.getByRole('tab', { name: /Relations table|جدول العلاقات/ }).click();
  await expect(table(page)).toBeVisible();
}

test.describe('search and focus', () => {
  test('finds an actor by an alias in either language and jumps to it', async ({ page }) => {
    await openApp(page);
    const search = page.getByTestId('search');
    await search.fill('داعش');
    await expect(page.getByRole('option').first()).toContainText('ISIS-K');
    await search.press('Enter');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveText('ISIS-K');
    expect(await canvasClasses(page, 'isis-k')).toContain('selected');
    await search.fill('khorasan');
    await page.getByRole('option', { name: /ISIS-K/ }).click();
    await expect(page).toHaveURL(/actor=isis-k/);
    await search.fill('Atlantis');
    await expect(page.getByRole('listbox')).toContainText('No actor by that name');
  });

  test('focus shows an actor’s neighbourhood and fades the rest; leaving is one click or Escape', async ({
    page,
  }) => {
    await openApp(page, '?actor=armenia');
    await evidence(page).getByRole('button', { name: 'One step out' }).click();
    const neighbours = new Set(['armenia']);
    for (const r of GRAPH.relations)
      if (r.source === 'armenia' || r.target === 'armenia')
        neighbours.add(r.source === 'armenia' ? r.target : r.source);
    for (const a of GRAPH.actors)
      expect((await canvasClasses(page, a.id)).includes('faded'), a.id).toBe(!neighbours.has(a.id));
    await expect(page).toHaveURL(/focus=armenia/);
    await page.getByTestId('leave-focus').click();
    expect(await canvasClasses(page, 'ukraine')).not.toContain('faded');

    await evidence(page).getByRole('button', { name: 'Two steps out' }).click();
    expect(await canvasClasses(page, 'ukraine')).not.toContain('faded'); // via Russia
    expect(await canvasClasses(page, 'islamic-state')).toContain('faded'); // three steps away
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Escape');
    expect(await canvasClasses(page, 'islamic-state')).not.toContain('faded');
  });
});

test.describe('a path that is not the canvas', () => {
  test('the relations table follows the filters and the selection, sorts, and selects', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    const rows = table(page).locator('tbody tr');
    await expect(rows).toHaveCount(GRAPH.relations.length);
    await page.getByTestId('tension-filter').getByLabel('Hostile').uncheck();
    await expect(rows).toHaveCount(GRAPH.relations.filter((r) => r.tension !== 2).length);

    await table(page)
      .getByRole('button', { name: /Tension/ })
      .click();
    await expect(table(page).locator('th').nth(3)).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows.first().locator('td').nth(3)).toContainText('Allied');
    await table(page)
      .getByRole('button', { name: /Tension/ })
      .click();
    await expect(rows.first().locator('td').nth(3)).toContainText('Strained');

    const r = relation('united-states-isis-k-accusation');
    const row = table(page).locator(`tr[data-relation-id="${r.id}"]`);
    await row.getByRole('button').click();
    await expect(row).toHaveAttribute('aria-current', 'true');
    expect(await canvasClasses(page, r.id)).toContain('selected');
    await expect(evidence(page).getByTestId('evidence-title')).toBeFocused();
    // Escape in the panel closes it and gives focus back to the row's button.
    await page.keyboard.press('Escape');
    await expect(row.getByRole('button')).toBeFocused();
    await expect(row).not.toHaveAttribute('aria-current', 'true');
  });

  test('the keyboard alone can reach every relation’s evidence', async ({ page }) => {
    await openApp(page);
    await openTable(page);
    const buttons = table(page).locator('tbody button');
    await expect(buttons).toHaveCount(GRAPH.relations.length);
    for (let i = 0; i < GRAPH.relations.length; i++) {
      await buttons.nth(i).focus();
      await page.keyboard.press('Enter');
      const id = await table(page).locator('tbody tr').nth(i).getAttribute('data-relation-id');
      const r = relation(id!);
      await expect(evidence(page).getByTestId('quote').first()).toHaveText(
        r.evidence.find((e) => e.stance !== 'denies')!.quote,
      );
      await page.keyboard.press('Escape');
      await expect(buttons.nth(i)).toBeFocused();
    }
  });

  test('arrow keys walk the graph from actor to actor; Enter opens the evidence; Escape leaves', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveText(
      actorName('russia', 'en'),
    );
    const from = await pointOf(page, 'russia');
    const neighbours = new Set(
      GRAPH.relations.flatMap((r) =>
        r.source === 'russia' ? [r.target] : r.target === 'russia' ? [r.source] : [],
      ),
    );
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']) {
      await openApp(page, '?actor=russia'); // back at Russia each time
      await page.getByTestId('graph-canvas').focus();
      await page.keyboard.press(key);
      const title = (await evidence(page).getByTestId('evidence-title').textContent())!.trim();
      const id = GRAPH.actors.find((a) => a.name.en === title)!.id;
      expect(neighbours.has(id), `${key} → ${id}`).toBe(true);
      const to = await pointOf(page, id);
      if (key === 'ArrowDown') expect(to.y).toBeGreaterThan(from.y);
      if (key === 'ArrowUp') expect(to.y).toBeLessThan(from.y);
      if (key === 'ArrowLeft') expect(to.x).toBeLessThan(from.x);
      if (key === 'ArrowRight') expect(to.x).toBeGreaterThan(from.x);
    }
    await page.keyboard.press('Enter');
    await expect(evidence(page).getByTestId('evidence-title')).toBeFocused();
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Escape');
    await expect(evidence(page).getByTestId('evidence-title')).toHaveCount(0);
  });

  test('zoom, fit and re-layout work from buttons', async ({ page }) => {
    await openApp(page);
    // The first view frames the build-time picture's box, a few pixels from what fitting shows:
    // start from a fitted view so "fit" below can be compared with it.
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await page.waitForTimeout(500); // the fit animates
    const before = await pointOf(page, 'islamic-state');
    const russia = await pointOf(page, 'russia');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => {
        const p = await pointOf(page, 'islamic-state');
        return Math.hypot(p.x - russia.x, p.y - russia.y);
      })
      .toBeGreaterThan(Math.hypot(before.x - russia.x, before.y - russia.y) + 5);
    // Relation labels: off at the fitted zoom (too small to read), on once zoomed in enough.
    expect(await drawnLabel(page, 'russia-ukraine-war')).toBe('');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => canvasClasses(page, 'russia-ukraine-war')).toContain('near');
    expect(await drawnLabel(page, 'russia-ukraine-war')).toBe('war');
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await expect
      .poll(async () => (await pointOf(page, 'islamic-state')).x)
      .toBeCloseTo(before.x, 0);
    expect(await canvasClasses(page, 'russia-ukraine-war')).not.toContain('near');
    expect(await drawnLabel(page, 'russia-ukraine-war')).toBe('');
    // A reader cannot move an actor: dragging one leaves it where it is.
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 120, before.y + 60, { steps: 5 });
    await page.mouse.up();
    const dragged = await pointOf(page, 'islamic-state');
    expect(Math.hypot(dragged.x - before.x, dragged.y - before.y)).toBeLessThan(1);
    // Re-layout lays the graph out as it was (the layout is deterministic); fitting shows it where
    // it started, so no actor was moved by the layout.
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await page.getByRole('button', { name: 'Fit graph' }).click();
    await expect
      .poll(async () => (await pointOf(page, 'islamic-state')).x)
      .toBeCloseTo(before.x, 0);
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
  });
});

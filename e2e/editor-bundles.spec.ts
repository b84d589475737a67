/** The editor is a page of its own: the reader's app and the embed download none of its code. */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './helpers.ts';

const MARK = 'faultlines-editor-page'; // src/edit/EditorApp.tsx EDITOR_PAGE

/** The text of every script the page downloads while `load` runs. */
async function scripts(page: Page, load: () => Promise<unknown>): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      bodies.push(r.text().catch(() => ''));
  });
  await load();
  await page.waitForLoadState('networkidle');
  return Promise.all(bodies);
}

test('the reader’s app and the embed load no editor code; the editor page does', async ({
  page,
}) => {
  const editor = await scripts(page, () => page.goto('/edit.html'));
  expect(editor.some((s) => s.includes(MARK))).toBe(true);

  const app = await scripts(page, () => openApp(page));
  expect(app.length).toBeGreaterThan(0);
  expect(app.filter((s) => s.includes(MARK))).toEqual([]);
  // The header links to the editor, in the reader's language.
  const makeGraph = page.getByRole('link', { name: 'Make a graph' });
  await expect(makeGraph).toHaveAttribute('href', './edit.html?lang=en');
  // From a graph's own page too, the link climbs back to the site's one editor.
  await page.goto('/graphs/crocus-2024/');
  await expect(makeGraph).toHaveAttribute('href', '../../edit.html?lang=en');
  const editorUrl = await makeGraph.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(editorUrl).pathname).toBe('/edit.html');

  const embed = await scripts(page, () => openApp(page, '?embed=1&id=x'));
  expect(embed.filter((s) => s.includes(MARK))).toEqual([]);
  const embedPage = await scripts(page, async () => {
    await page.goto('/embed.html?embed=1&id=y');
    await page.mouse.click(20, 20); // the embed's code loads when the reader reaches for it
  });
  expect(embedPage.filter((s) => s.includes(MARK))).toEqual([]);
});

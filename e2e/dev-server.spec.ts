/**
 * The README's first command serves the app with Vite's dev server, where React runs in its
 * development build and StrictMode runs every effect twice. The rest of the suite tests the
 * production build; this checks that what a newcomer opens first works too, with no page error
 * and no console error (the fixture fails the test on either). It caught an effect returning
 * scrollTo's promise, which blanked the editor as soon as a draft was started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ARTICLE, expect, test } from './helpers.ts';
import { DEV_PORT } from './ports.ts';

const DEV = `http://127.0.0.1:${DEV_PORT}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(
    'npx',
    ['vite', '--host', '127.0.0.1', '--port', String(DEV_PORT), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await expect
    .poll(
      () =>
        fetch(`${DEV}/edit.html`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

test('the dev server (npm start) shows the graph; the editor drafts, accepts and says where to publish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The first visit has Vite bundle the dependencies, and it may reload the page once for it.
  await page.goto(`${DEV}/`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready', {
    timeout: 60_000,
  });
  await page.getByRole('link', { name: 'Make a graph' }).click();
  await page.getByTestId('article-text').fill(ARTICLE.slice(0, 2000));
  await page.getByTestId('article-title').fill('Crocus');
  await page.getByTestId('article-submit').click();
  await expect(page.getByTestId('sentence').first()).toBeVisible();
  const item = page.getByTestId('review-item');
  await expect(item.first()).toBeVisible({ timeout: 30_000 });
  const waiting = await item.count();
  await item.first().getByTestId('accept').click();
  await expect(item).toHaveCount(waiting - 1);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  // The dev server has no built pages to publish from: the panel says where to go, before any try.
  await page.getByTestId('open-publish').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'npm run build, then npm run preview' }),
  ).toBeVisible();
});

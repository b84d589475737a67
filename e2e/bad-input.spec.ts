/**
 * Bad input through the interface: remote `graph=` failures and broken files each give a clear
 * message, the graph on screen stays, and nothing is thrown (the fixture fails on any page or
 * console error; a 404 the browser itself logs is the one error these tests expect).
 */
import type { Page } from '@playwright/test';
import { GRAPH, evidence, expect, openApp, test, visibleEdgeCount } from './helpers.ts';
import { HOST_ORIGIN, HOST_PORT } from './ports.ts';

async function expectDefaultGraphKept(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
}

const served = (page: Page, path: string, fulfil: Parameters<Page['route']>[1]) =>
  page.route((url) => url.pathname === path, fulfil);

test.describe('remote graph= failures', () => {
  test('a 404', async ({ page, pageErrors }) => {
    await served(page, '/missing.json', (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await openApp(page, '?graph=/missing.json');
    await expect(page.getByTestId('notices')).toContainText('the server answered 404');
    await expectDefaultGraphKept(page);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !e.includes('404')));
  });

  test('an HTML page with the wrong content type', async ({ page }) => {
    await served(page, '/page.json', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Sign in</h1>' }),
    );
    await openApp(page, '?graph=/page.json');
    await expect(page.getByTestId('notices')).toContainText('this is HTML');
    await expectDefaultGraphKept(page);
  });

  test('a redirect to a file on another host is followed, and that data is marked unverified', async ({
    page,
  }) => {
    await served(page, '/old.json', (route) =>
      route.fulfill({
        status: 302,
        headers: { location: `${HOST_ORIGIN}/fixtures/two-sources-v1.json` },
      }),
    );
    await openApp(page, '?graph=/old.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'TEST FIXTURE: two sources, old format',
    );
    await expect(page.getByTestId('notices')).toContainText(
      `Unverified data from 127.0.0.1:${HOST_PORT}`,
    );
  });

  test('a non-http scheme is refused without fetching', async ({ page }) => {
    await openApp(page, `?graph=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(page.getByTestId('notices')).toContainText('only http(s) addresses can be loaded');
    await expectDefaultGraphKept(page);
  });

  test('a server that never answers times out with a message', async ({ page }) => {
    test.setTimeout(40_000);
    await served(page, '/slow.json', () => new Promise(() => {})); // never fulfilled
    await page.goto('/?graph=/slow.json');
    await expect(page.getByTestId('notices')).toContainText('no answer within 10 s', {
      timeout: 20_000,
    });
    await expectDefaultGraphKept(page);
  });
});

test('a file over the size limit is refused by name of the limit, before it is read', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(11 * 1024 * 1024, 0x20),
  });
  await expect(page.getByTestId('problems-dialog')).toContainText('is larger than 10 MB');
  await page.getByTestId('problems-dialog').getByRole('button', { name: 'Close' }).click();
  await expectDefaultGraphKept(page);
});

test.describe('hostile content is shown as text', () => {
  test('HTML and script in labels and quotes never run or render as markup', async ({ page }) => {
    const { readFileSync } = await import('node:fs');
    const g = JSON.parse(readFileSync('e2e/fixtures/two-sources-v1.json', 'utf8'));
    g.actors[0].name.en = '<img src=x onerror="window.__pwned=1">';
    g.actors[0].id = 'a"b #c:d';
    for (const r of g.relations) {
      if (r.source === 'russia') r.source = 'a"b #c:d';
      if (r.target === 'russia') r.target = 'a"b #c:d';
    }
    g.relations[0].summary.en = '</textarea><script>window.__pwned=2</script>';
    g.sources[0].outlet = '<b>bold</b>';
    await openApp(page);
    await page.getByTestId('file-input').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(g)),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'TEST FIXTURE: two sources, old format',
    );
    const p = await page.evaluate(() => window.__faultlines!.pointOf('ru-tj-alliance')!);
    await page.mouse.click(p.x, p.y);
    await expect(evidence(page).getByTestId('evidence-title')).toContainText(
      '<img src=x onerror="window.__pwned=1">',
    );
    await expect(evidence(page)).toContainText('</textarea><script>window.__pwned=2</script>');
    await expect(evidence(page)).toContainText('<b>bold</b>');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('.fl-evidence img, .fl-evidence b').count()).toBe(0);
  });
});

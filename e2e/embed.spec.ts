import type { FrameLocator, Page } from '@playwright/test';
import { GRAPH, actorName, expect, openApp, test } from './helpers.ts';
import { HOST_ORIGIN } from './ports.ts';

/** The host article, framing the app under test (`app`: this project's address of it). */
const host = (app: string) => `${HOST_ORIGIN}/host/article.html?app=${encodeURIComponent(app)}`;

const ready = (frame: FrameLocator) =>
  expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready', {
    timeout: 15_000,
  });
const frameHeight = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: FrameLocator) =>
  frame.locator('#root').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));

/**
 * Browsers pause painting in off-screen cross-origin frames, so the embed is brought into view —
 * again and again, because the frames above it grow to their content's height as they load and
 * push it back out of view.
 */
async function readyInHost(page: Page, id: string) {
  const canvas = page.frameLocator(`#${id}`).getByTestId('graph-canvas');
  await expect(async () => {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-render-state', 'ready', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test.describe('embedded in a host article on another origin', () => {
  test('each iframe takes its content’s height, through our listener and through Datawrapper’s', async ({
    app,
    page,
  }) => {
    await page.goto(host(app));
    const ours = page.frameLocator('#ours');
    const dw = page.frameLocator('#dw');
    await readyInHost(page, 'ours');
    await readyInHost(page, 'dw');
    await expect.poll(() => frameHeight(page, 'ours')).toBe(await contentHeight(ours));
    await expect.poll(() => frameHeight(page, 'dw')).toBe(await contentHeight(dw));
    expect(await frameHeight(page, 'ours')).toBeGreaterThan(300);
    // The two embeds keep their own views: languages and selections differ.
    await expect(ours.getByTestId('app')).toHaveAttribute('dir', 'ltr');
    await expect(dw.getByTestId('app')).toHaveAttribute('dir', 'rtl');
    await expect(dw.getByTestId('evidence-title')).toBeVisible();
    await expect(ours.getByTestId('evidence-title')).toHaveCount(0);
    // All three message shapes arrive.
    const received = await page.evaluate(
      () => (window as unknown as { received: unknown[] }).received,
    );
    expect(received).toContainEqual(
      expect.objectContaining({ type: 'faultlines:height', id: 'ours' }),
    );
    expect(received).toContainEqual({ 'datawrapper-height': { dw: expect.any(Number) } });
    expect(received).toContainEqual(
      expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }),
    );
  });

  test('the host page drives the embed with faultlines:select and malformed messages are ignored', async ({
    app,
    page,
  }) => {
    await page.goto(host(app));
    const ours = page.frameLocator('#ours');
    await readyInHost(page, 'ours');
    const post = (message: unknown) =>
      page.evaluate(
        (m) =>
          (document.getElementById('ours') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'),
        message,
      );
    for (const bad of [
      null,
      'faultlines:select',
      { type: 'faultlines:select', relation: 7 },
      { type: 'faultlines:select', tension: 'NaN' },
      { type: 'faultlines:select', lang: 'xx' },
      { type: 'nope', relation: 'russia-ukraine-war' },
    ])
      await post(bad);
    await post({ type: 'faultlines:select', relation: 'russia-ukraine-war' });
    await expect(ours.getByTestId('evidence-title')).toContainText('Russia');
    await expect(ours.locator('article[data-relation-id]')).toHaveAttribute(
      'data-relation-id',
      'russia-ukraine-war',
    );
    // A flood is coalesced: the last select wins, nothing breaks.
    await page.evaluate(() => {
      const w = (document.getElementById('ours') as HTMLIFrameElement).contentWindow!;
      for (let i = 0; i < 2000; i++)
        w.postMessage({ type: 'faultlines:select', actor: i % 2 ? 'armenia' : 'csto' }, '*');
      w.postMessage(
        { type: 'faultlines:select', actor: 'tajikistan', lang: 'ar', tension: '1..2' },
        '*',
      );
    });
    await expect(ours.getByTestId('evidence-title')).toHaveText('طاجيكستان');
    await expect(ours.getByTestId('app')).toHaveAttribute('dir', 'rtl');
    // Messages from anyone but the host page are ignored.
    await ours
      .locator('body')
      .evaluate(() => window.postMessage({ type: 'faultlines:select', actor: 'russia' }, '*'));
    await page.waitForTimeout(200);
    await expect(ours.getByTestId('evidence-title')).toHaveText('طاجيكستان');
  });

  test('wheel over the graph scrolls the article until the reader clicks the graph', async ({
    app,
    page,
  }) => {
    await page.goto(host(app));
    const ours = page.frameLocator('#ours');
    await readyInHost(page, 'ours');
    await page.locator('#ours').scrollIntoViewIfNeeded();
    const canvas = (await ours.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await expect(ours.getByTestId('zoom-hint')).toContainText('Click the graph');
  });

  test('works sandboxed with allow-scripts only, and when shown after loading hidden', async ({
    app,
    page,
  }) => {
    await page.goto(host(app));
    const sandboxed = page.frameLocator('#sandboxed');
    await readyInHost(page, 'sandboxed');
    await expect(sandboxed.getByTestId('app')).toHaveAttribute('dir', 'rtl');
    await expect.poll(() => frameHeight(page, 'sandboxed')).toBeGreaterThan(300);
    await page.evaluate(() => (document.getElementById('hidden')!.style.display = 'block'));
    const hidden = page.frameLocator('#hidden');
    await readyInHost(page, 'hidden');
    await expect.poll(() => frameHeight(page, 'hidden')).toBeGreaterThan(300);
    // The graph fits its box once shown: Russia is inside the canvas.
    await expect
      .poll(() =>
        hidden.getByTestId('graph-canvas').evaluate((canvas) => {
          const box = canvas.getBoundingClientRect();
          const p = window.__faultlines?.pointOf('russia');
          return (
            !!p &&
            box.width > 0 &&
            p.x > box.left &&
            p.x < box.right &&
            p.y > box.top &&
            p.y < box.bottom
          );
        }),
      )
      .toBe(true);
  });
});

test('embed mode has no app chrome, a legend and a credit linking to the full app; dark theme', async ({
  app,
  page,
}) => {
  await openApp(page, '?embed=1&id=solo&theme=dark&lang=en');
  await expect(page.getByTestId('search')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
  await expect(page.locator('.fl-embed-key li')).toHaveCount(5);
  const link = page.getByRole('link', { name: 'Explore in Faultlines' });
  await expect(link).toHaveAttribute('href', new RegExp(`^${app}/\\?lang=en$`));
  await expect(page.getByTestId('app')).toHaveAttribute('data-theme', 'dark');
  expect(await page.getByTestId('app').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(23, 25, 28)',
  );
  // Selecting still works; the URL is never rewritten in an embed.
  const url = page.url();
  const p = await page.evaluate(() => window.__faultlines!.pointOf('russia')!);
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('evidence-title')).toHaveText('Russia');
  expect(page.url()).toBe(url);
});

test('embed.html (built on Preact) keeps the keyboard with the evidence, as the app does', async ({
  app,
  page,
}) => {
  await page.goto(`${app}/embed.html?embed=1&id=keys&lang=en`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  const panel = page.getByTestId('evidence-panel');
  await panel.getByRole('button', { name: actorName('armenia', 'en') }).focus();
  await page.keyboard.press('Enter');
  const title = panel.getByTestId('evidence-title');
  await expect(title).toHaveText(actorName('armenia', 'en'));
  // The chip is gone with the render: focus must have moved to the title, not to the page.
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(title).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // Its credit opens the full app, not embed.html again.
  await expect(page.getByRole('link', { name: 'Explore in Faultlines' })).toHaveAttribute(
    'href',
    `${app}/?lang=en`,
  );
});

test('the Share / Embed dialog gives working code for the current view, with a live preview', async ({
  app,
  page,
}) => {
  await openApp(page, '?lang=ar&relation=russia-ukraine-war');
  await page.getByTestId('open-share').click();
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toMatch(
    new RegExp(
      `<iframe src="${app}/embed-ar\\.html\\?lang=ar&amp;relation=russia-ukraine-war&amp;embed=1&amp;id=fl-[0-9a-f]{8}"`,
    ),
  );
  expect(code).toContain(`title="${GRAPH.title.ar}"`);
  expect(code).toContain('event.source !== frame.contentWindow');
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await ready(preview);
  await expect(preview.locator('article[data-relation-id]')).toHaveAttribute(
    'data-relation-id',
    'russia-ukraine-war',
  );
});

test('without JavaScript the page still carries the relations and their quotes', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app}/?embed=1`);
  const items = page.locator('.fl-static li');
  await expect(items).toHaveCount(GRAPH.relations.length);
  await expect(page.locator('.fl-static')).toContainText(GRAPH.relations[0]!.evidence[0]!.quote);
  await context.close();
});

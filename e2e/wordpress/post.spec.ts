/**
 * A graph published into a real WordPress post (Debian's WordPress, on loopback: see
 * playwright.wordpress.config.ts). The post's content is only the graph page's address on a line
 * of its own; WordPress discovers the oEmbed file from the page, sandboxes the iframe, and its own
 * host script (wp-embed.js) sizes it from the embed's height message.
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { GRAPH, expect, test } from '../helpers.ts';
import { SITE } from './ports.ts';
import { embedBlock, publishPost, wordpress } from './wordpress.ts';

const PAGE = `${SITE}graphs/${GRAPH.id}/`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

let problems: string[] = [];
test.beforeEach(({ page }) => {
  // Every request of the post and of its embed is answered: nothing is missing, nothing outside
  // (the browser resolves loopback only: playwright.wordpress.config.ts).
  problems = [];
  page.on('requestfailed', (r) => problems.push(`${r.failure()?.errorText} ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
});
test.afterEach(() => expect(problems).toEqual([]));

/** The iframe WordPress wrote, checked, with the secret it gave it. */
async function embedOf(
  page: Page,
): Promise<{ iframe: Locator; frame: FrameLocator; secret: string }> {
  const iframe = page.locator('iframe.wp-embedded-content');
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  const src = (await iframe.getAttribute('src'))!;
  const secret = /#\?secret=([A-Za-z0-9]{10})$/.exec(src)?.[1];
  expect(secret, src).toBeTruthy();
  await expect(iframe).toHaveAttribute('data-secret', secret!);
  return { iframe, frame: page.frameLocator('iframe.wp-embedded-content'), secret: secret! };
}

/** The iframe's height (set by WordPress's script) against the embed's own, once they agree. */
async function expectSizedByWordPress(iframe: Locator, frame: FrameLocator) {
  const measure = async () => {
    const height = Number(await iframe.getAttribute('height'));
    const content = await frame
      .locator('#root')
      .evaluate((r) => Math.min(1000, Math.max(200, Math.ceil(r.getBoundingClientRect().height))));
    return height === content ? height : `iframe ${height} px, embed ${content} px`;
  };
  await expect.poll(measure, { timeout: 15_000 }).toEqual(expect.any(Number));
  const height = Number(await iframe.getAttribute('height'));
  expect((await iframe.boundingBox())!.height).toBeCloseTo(height, 0);
  // Nothing cut off by WordPress's clamp (200–1000 px): the compact layout fits.
  await expect(frame.locator('html')).toHaveAttribute('data-compact', 'true');
  expect(await frame.locator('html').evaluate((h) => h.scrollHeight)).toBeLessThanOrEqual(height);
  return height;
}

const embedFrame = (page: Page): Frame =>
  page.frames().find((f) => f.url().startsWith(`${SITE}graphs/${GRAPH.id}/embed.html`))!;

for (const width of [1280, 375])
  test(`WordPress embeds the graph from its address: picture, then live, sized by its script, at ${width} px`, async ({
    page,
    request,
  }) => {
    test.info().annotations.push({ type: 'WordPress', description: wordpress().version });
    await page.setViewportSize({ width, height: 860 });
    const post = await publishPost(
      request,
      'Russia after Crocus',
      `Who stands with whom after the attack.\n\n${PAGE}\n\nThe graph above is from Faultlines.`,
    );
    // The live bundle waits until the picture has been seen, so the order is checked.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/embed\/embed-live-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not the load event: a frame's script added before it (the live bundle, held) delays it.
    await page.goto(post, { waitUntil: 'domcontentloaded' });
    const { iframe, frame } = await embedOf(page);
    await expect(iframe).toHaveAttribute(
      'src',
      new RegExp(`^${escape(PAGE)}embed\\.html\\?embed=1#\\?secret=`),
    );
    await iframe.scrollIntoViewIfNeeded();
    // The build-time picture first, in the sandbox, sized by WordPress to it …
    await expect(frame.locator('#fl-static-picture svg')).toBeVisible();
    await expect(frame.locator('h1')).toHaveText(GRAPH.title.en);
    await expectSizedByWordPress(iframe, frame);
    expect(await embedFrame(page).evaluate(() => window.origin)).toBe('null'); // sandboxed
    // … then the live graph. WordPress follows its height (at 375 px the live embed is taller
    // than its picture today: it adds the actor index the picture lacks).
    release();
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    await expect(frame.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
    await expect(frame.locator('#fl-static-picture')).toHaveCount(0);
    await expectSizedByWordPress(iframe, frame);
    // WordPress showed the iframe and hid its fallback link once the embed spoke.
    await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
    await expect(frame.getByTestId('evidence-panel')).toContainText(GRAPH.actors[0]!.name.en);
    // The iframe fits the post's column.
    const box = (await iframe.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/wordpress-post-${width}.png`, fullPage: true });
  });

test('a link out of the embed opens the graph’s page through WordPress’s link message', async ({
  page,
  request,
}) => {
  const post = await publishPost(request, 'A graph with a way out', `${PAGE}`);
  await page.goto(post);
  const { iframe, frame } = await embedOf(page);
  await iframe.scrollIntoViewIfNeeded();
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  await frame.getByRole('link', { name: 'Explore in Faultlines' }).click();
  await expect(page).toHaveURL(new RegExp(`^${escape(PAGE)}(\\?|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
});

test('WordPress’s script arriving after the embed’s first height still sizes it (its ready message)', async ({
  page,
  request,
}) => {
  const post = await publishPost(request, 'A graph faster than its host', `${PAGE}`);
  // The post hears the embed's height before WordPress's host script is there to listen.
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
    window.addEventListener('message', (e) => {
      if ((e.data as { message?: string } | null)?.message === 'height') heard.push(e.data);
    });
  });
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/wp-includes\/js\/wp-embed(\.min)?\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(post, { waitUntil: 'commit' });
  const { iframe, frame, secret } = await embedOf(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
    .toContainEqual(expect.objectContaining({ message: 'height', secret }));
  release();
  await expectSizedByWordPress(iframe, frame);
  await expect(iframe).toBeVisible();
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
});

test('an Arabic embed pasted into the block editor’s Embed block, sized the same way', async ({
  page,
  request,
}) => {
  const arabic = `${PAGE}embed-ar.html`;
  const post = await publishPost(request, 'روسيا بعد كروكوس', embedBlock(arabic));
  await page.goto(post);
  const { iframe, frame } = await embedOf(page);
  await expect(iframe).toHaveAttribute(
    'src',
    new RegExp(`^${escape(arabic)}\\?embed=1#\\?secret=`),
  );
  await expect(page.locator('figure.wp-block-embed iframe.wp-embedded-content')).toHaveCount(1);
  await iframe.scrollIntoViewIfNeeded();
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('h1')).toHaveText(GRAPH.title.ar);
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  await expectSizedByWordPress(iframe, frame);
});

/**
 * A graph published into a real WordPress post (Debian's WordPress, on loopback: see
 * playwright.wordpress.config.ts). The post's content is only the graph page's address on a line
 * of its own; WordPress discovers the oEmbed file from the page, sandboxes the iframe, and its own
 * host script (wp-embed.js) sizes it from the embed's height message.
 */
import type { Frame, Page } from '@playwright/test';
import { GRAPH, expect, test } from '../helpers.ts';
import { PAGE, embedOf, escape, expectSizedByWordPress, watchRequests } from './checks.ts';
import { SITE } from './ports.ts';
import { embedBlock, publishPost, wordpress } from './wordpress.ts';

watchRequests();

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
    const pictured = await expectSizedByWordPress(iframe, frame);
    expect(await embedFrame(page).evaluate(() => window.origin)).toBe('null'); // sandboxed
    // … then the live graph, in the same height: WordPress has nothing to resize (the first
    // paint is the live components drawn at build; before that, at 375 px, the live embed was
    // 91 px taller than its picture, which lacked the actor index).
    release();
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    await expect(frame.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
    await expect(frame.locator('#fl-static-picture')).toHaveCount(0);
    expect(await expectSizedByWordPress(iframe, frame)).toBe(pictured);
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

test('an Arabic embed in an Embed block, as the block editor saves it, sized the same way, narrow too', async ({
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
  const wide = await expectSizedByWordPress(iframe, frame);
  // A phone held the other way: the embed reflows, taller, and WordPress follows it.
  await page.setViewportSize({ width: 375, height: 860 });
  expect(await expectSizedByWordPress(iframe, frame)).toBeGreaterThan(wide);
  await page.screenshot({ path: 'test-results/wordpress-post-ar-375.png', fullPage: true });
});

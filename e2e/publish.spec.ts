/**
 * The built folder as a newsroom publishes it: a second build with two graphs (the shipped one
 * and e2e/fixtures/graphs/) and FAULTLINES_PUBLIC_URL, served from a subfolder by a plain static
 * server that sends no header but the content type (the `nested` project: playwright.config.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { GraphFile } from '../src/model/schema.ts';
import { cspDirectives } from '../src/publish/csp.ts';
import { GRAPH, expect, test } from './helpers.ts';
import { HOST_ORIGIN } from './ports.ts';

const SECOND = JSON.parse(
  readFileSync('e2e/fixtures/graphs/harbour-fixture.json', 'utf8'),
) as GraphFile;
const WORDPRESS = `${HOST_ORIGIN}/host/wordpress.html`;

test('each graph has its own pages, and the app lists them with the default graph first', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000); // nine pages
  await page.goto(`${app}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
  const list = page.getByTestId('graph-list');
  await expect(list.getByRole('link')).toHaveText([GRAPH.title.en, SECOND.title.en]);
  await list.getByRole('link', { name: SECOND.title.en }).click();
  await expect(page).toHaveURL(`${app}/graphs/${SECOND.id}/?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECOND.title.en);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
  await expect(
    page.getByTestId('graph-list').getByRole('link', { name: SECOND.title.en }),
  ).toHaveAttribute('aria-current', 'page');
  // Each graph's embeds, in both languages, show that graph's picture and title.
  for (const [graph, dir] of [
    [SECOND, `graphs/${SECOND.id}/`],
    [GRAPH, `graphs/${GRAPH.id}/`],
    [GRAPH, ''],
  ] as const) {
    for (const [file, lang] of [
      ['embed.html', 'en'],
      ['embed-ar.html', 'ar'],
    ] as const) {
      await page.goto(`${app}/${dir}${file}?embed=1&id=x`);
      await expect(page.locator('h1')).toHaveText(graph.title[lang]);
      await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
      await expect(page.getByTestId('evidence-panel')).toContainText(graph.actors[0]!.name[lang]);
    }
  }
});

test('every page carries the CSP, the graph file and the no-JS quotes; the oEmbed file is checked', async ({
  app,
  request,
}) => {
  for (const path of [
    '',
    'embed.html',
    'embed-ar.html',
    `graphs/${SECOND.id}/`,
    `graphs/${SECOND.id}/embed.html`,
  ]) {
    const html = await (await request.get(`${app}/${path}`)).text();
    // Its styles are inline (nothing blocks the first frame), each admitted by its hash, and no
    // other: the policy is the fetch directives with exactly this page's styles.
    expect(html, path).not.toMatch(/<link rel="stylesheet"(?![^>]*\bdisabled\b)/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
    );
    expect(styles.length, path).toBeGreaterThan(0);
    expect(html, path).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${cspDirectives(styles).join('; ')}" />`,
    );
    const graph = path.includes(SECOND.id) ? SECOND : GRAPH;
    for (const r of graph.relations)
      expect(html, `${path}: ${r.id}`).toContain(r.evidence[0]!.quote);
  }
  const file = await request.get(`${app}/graphs/${SECOND.id}/${SECOND.id}.json`);
  expect((await file.json()).relations).toHaveLength(SECOND.relations.length);
  // The page announces its oEmbed file at an absolute address …
  const page = await (await request.get(`${app}/graphs/${SECOND.id}/`)).text();
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
    page,
  )?.[1];
  expect(href).toBe(`${app}/graphs/${SECOND.id}/oembed.json`);
  const oembed = await (await request.get(href!)).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: SECOND.title.en,
    width: expect.any(Number),
    height: expect.any(Number),
    thumbnail_url: expect.stringMatching(
      new RegExp(`^${app}/graphs/${SECOND.id}/preview\\.(png|svg)$`),
    ),
  });
  const src = /<iframe src="([^"]+)"/.exec(oembed.html)?.[1]?.replace(/&amp;/g, '&');
  expect(src).toBe(`${app}/graphs/${SECOND.id}/embed.html?embed=1`);
  expect((await request.get(src!)).ok()).toBe(true);
  const thumbnail = await request.get(oembed.thumbnail_url);
  expect(thumbnail.headers()['content-type']).toMatch(/^image\/(png|svg\+xml)$/);
  expect((await thumbnail.body()).length).toBeGreaterThan(2000);
});

async function embedInWordPress(
  page: Page,
  app: string,
  request: import('@playwright/test').APIRequestContext,
) {
  // WordPress discovers the oEmbed file from the graph page and fetches it on its server.
  const html = await (await request.get(`${app}/graphs/${GRAPH.id}/`)).text();
  const href = /type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1]!;
  const oembed = await (await request.get(href)).json();
  await page.goto(WORDPRESS);
  await page.evaluate(
    (h) => (window as unknown as { embedOembed(h: string): void }).embedOembed(h),
    oembed.html,
  );
  const frame = page.frameLocator('iframe.wp-embedded-content');
  await expect(async () => {
    await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  return frame;
}

for (const width of [1280, 375])
  test(`WordPress’s host script sizes the sandboxed iframe to the embed, compact, at ${width} px`, async ({
    app,
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const frame = await embedInWordPress(page, app, request);
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(iframe).toHaveAttribute('src', /#\?secret=[a-z0-9]+$/);
    const content = () =>
      frame.locator('#root').evaluate((r) => Math.ceil(r.getBoundingClientRect().height));
    await expect
      .poll(async () => Number(await iframe.getAttribute('height')))
      .toBe(await content());
    const height = Number(await iframe.getAttribute('height'));
    expect(height).toBeGreaterThanOrEqual(200);
    expect(height).toBeLessThanOrEqual(1000);
    // The embed fits: nothing is cut off by the clamp.
    expect(await frame.locator('html').evaluate((h) => h.scrollHeight)).toBeLessThanOrEqual(height);
    await expect(frame.locator('html')).toHaveAttribute('data-compact', 'true');
  });

test('a link out of the WordPress sandbox goes through WordPress’s link message', async ({
  app,
  page,
  request,
}) => {
  const frame = await embedInWordPress(page, app, request);
  await frame.getByRole('link', { name: 'Explore in Faultlines' }).click();
  await expect(page).toHaveURL(new RegExp(`^${app}/graphs/${GRAPH.id}/(\\?|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.en);
});

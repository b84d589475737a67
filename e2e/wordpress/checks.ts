/** What the WordPress tests check on a page that holds an embed (e2e/wordpress/). */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { GRAPH, expect, test } from '../helpers.ts';
import { SITE } from './ports.ts';

/** The graph's page on the graph's site: what an editor pastes. */
export const PAGE = `${SITE}graphs/${GRAPH.id}/`;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Every request of the page and of its embed is answered: nothing is missing, nothing outside
 * (the browser resolves loopback only: playwright.wordpress.config.ts).
 */
export function watchRequests() {
  let problems: string[] = [];
  test.beforeEach(({ page }) => {
    problems = [];
    page.on('requestfailed', (r) => {
      // Aborted: cancelled by the browser as the page went on (the dashboard's own requests).
      const error = r.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') problems.push(`${error} ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
  });
  test.afterEach(() => expect(problems).toEqual([]));
}

/** The iframe WordPress wrote, checked, with the secret it gave it. */
export async function embedOf(
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
export async function expectSizedByWordPress(iframe: Locator, frame: FrameLocator) {
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

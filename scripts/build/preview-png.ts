/**
 * Link cards (Facebook, X, LinkedIn, Slack, …) and oEmbed thumbnails want a PNG, not an SVG. The
 * build renders each graph's preview (src/publish/preview.ts) in the Chromium the test setup finds
 * (scripts/chromium.ts) — the one renderer here that draws Arabic with the shipped font, shaped
 * right to left. Without a Chromium the build still succeeds: the pages name the SVG instead.
 * FAULTLINES_PREVIEW_PNG=0 skips it.
 */
import type { Logger } from 'vite';
import { previewSvg } from '../../src/publish/preview.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../src/publish/oembed.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { inlineFontFiles } from './fonts.ts';
import type { PreparedGraph } from '../../src/publish/prepare.ts';

export async function renderPreviewPngs(
  graphs: PreparedGraph[],
  logger: Logger,
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (process.env.FAULTLINES_PREVIEW_PNG === '0') return out;
  let executablePath: string | undefined;
  try {
    executablePath = findChromium();
  } catch {
    executablePath = undefined;
  }
  if (!executablePath) {
    logger.warn('faultlines: no Chromium found, so link cards get the SVG preview only');
    return out;
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const fonts = Object.values(await inlineFontFiles())
      .map((f) => f.css)
      .join('\n');
    const page = await browser.newPage({
      viewport: { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
    });
    for (const g of graphs) {
      await page.setContent(
        `<!doctype html><style>${fonts} html,body{margin:0}</style>${previewSvg(g)}`,
      );
      await page.evaluate(() => document.fonts.ready);
      out.set(g.id, await page.screenshot({ type: 'png' }));
    }
  } finally {
    await browser.close();
  }
  return out;
}

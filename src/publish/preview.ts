/**
 * A graph's preview image for link cards and oEmbed thumbnails (1200 × 630): its title over the
 * same picture the embed shows first (src/publish/picture.ts), as a standalone SVG. The build
 * also renders it to PNG, which link cards require (scripts/build/preview-png.ts).
 */
import { sceneSvg } from '../look/scene-svg.ts';
import { createI18n } from '../i18n/i18n.ts';
import { sceneBox } from '../model/layout.ts';
import type { Language } from '../model/vocabulary.ts';
import { INK } from '../look/palette.ts';
import { escapeHtml } from './html.ts';
import { PREVIEW_HEIGHT as H, PREVIEW_WIDTH as W } from './oembed.ts';
import { sceneNodes, sceneEdges } from './picture.ts';
import type { PreparedGraph } from './prepare.ts';

export function previewSvg(p: PreparedGraph, lang: Language = 'en'): string {
  const t = createI18n(lang).getFixedT(lang);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const scene = sceneSvg(
    sceneNodes(p.graph, p.positions, lang),
    sceneEdges(p.graph, p.positions, (kind) => t(`kind.${kind}`)),
    sceneBox(p.positions.values()),
    dir,
  ).replace('width="100%" height="100%"', `x="40" y="96" width="${W - 80}" height="${H - 136}"`);
  const x = dir === 'rtl' ? W - 48 : 48;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    `<text x="${x}" y="64" font-size="34" font-weight="600" fill="${INK}" direction="${dir}" ` +
    `font-family="'IBM Plex Sans Arabic', system-ui, sans-serif">${escapeHtml(p.file.title[lang])}</text>` +
    `${scene}</svg>`
  );
}

/**
 * A graph's oEmbed file (oembed.com, §2.3): `type: rich`, the embed's iframe with absolute URLs.
 * A CMS with oEmbed discovery (WordPress, Ghost, …) finds it from the graph page's
 * `<link rel="alternate" type="application/json+oembed">` and puts the iframe in the article;
 * WordPress then sandboxes it and sizes it from the embed's height messages.
 *
 * The iframe follows a `<blockquote>` with a link to the graph's page, as WordPress's own embeds
 * do: WordPress (since 5.9) loads its host script, the one that sizes the iframe and follows its
 * links, only for an embed with that blockquote (wp_maybe_enqueue_oembed_host_js); it hides the
 * blockquote as soon as the embed speaks. Elsewhere the link stays, above the iframe: a way to
 * the graph where a page strips iframes (feeds, e-mail).
 */
import type { Language } from '../model/vocabulary.ts';
import type { GraphFile } from '../model/schema.ts';
import { escapeHtml } from './html.ts';

/** The iframe's size before its first height message; 200–1000 px fits WordPress's clamp. */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 600;
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** `publicUrl`: the site root's address (trailing slash); `filesDir`: the graph's folder in it. */
export function oembedFor(
  file: GraphFile,
  lang: Language,
  publicUrl: string,
  filesDir: string,
  thumbnail = 'preview.png',
): OEmbed {
  const abs = (path: string) => new URL(path, publicUrl).toString();
  const src = `${abs(`${filesDir}${lang === 'ar' ? 'embed-ar.html' : 'embed.html'}`)}?embed=1`;
  const title = file.title[lang];
  const page = abs(lang === 'ar' ? `${filesDir}?lang=ar` : filesDir);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Faultlines',
    provider_url: abs(''),
    title,
    html:
      `<blockquote><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></blockquote>` +
      // The column's width, whatever it is (a fixed 640 px overflows a phone's column in
      // WordPress); the JSON's width is the pixels oEmbed asks for.
      `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" ` +
      `height="${EMBED_HEIGHT}" frameborder="0" loading="lazy"></iframe>`,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: abs(`${filesDir}${thumbnail}`),
    thumbnail_width: PREVIEW_WIDTH,
    thumbnail_height: PREVIEW_HEIGHT,
  };
}

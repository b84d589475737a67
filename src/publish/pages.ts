/**
 * A graph's pages, written from the built templates (index.html, embed.html, embed-ar.html): the
 * build writes every graph in data/graphs/ this way, and the editor's Publish the graph being
 * edited, so both put the same markup around the same picture. A template carries markers where
 * a graph's content goes; its asset URLs are relative (`./assets/…`), and a page written into a
 * subfolder gets them rewritten to climb back up (`../../assets/…`), so the folder works at any
 * path of any host.
 */
import { createI18n } from '../i18n/i18n.ts';
import type { Language } from '../model/vocabulary.ts';
import { inlineStyles, withCspMeta } from './csp.ts';
import { escapeHtml, jsonScript } from './html.ts';
import { staticGraphHtml } from './noscript.ts';
import { FIRST_PAINT_SCRIPT } from './first-paint.ts';
import type { PreparedGraph } from './prepare.ts';

export const MARKERS = {
  /** In <head>: the graph's title, description, link-card and oEmbed tags. */
  head: '<!--faultlines:head-->',
  /** In #root: the embed's first paint, with the build-time picture (embed pages). */
  picture: '<!--faultlines:static-embed-->',
  /** In #root: the app's first paint in each language, with the picture (app pages). */
  app: '<!--faultlines:static-app-->',
  /** Before </body>: the graph (a JSON data block), the list of graphs, the no-JS content. */
  data: '<!--faultlines:data-->',
} as const;

/** The ids of the data blocks the page's scripts read (src/app/page-data.ts). */
export const DATA_IDS = { graph: 'fl-graph', graphs: 'fl-graphs', site: 'fl-site' } as const;

/** What the page's scripts learn of the site around it (src/app/page-data.ts). */
export interface SiteData {
  /** The editor's page, relative to this page; null where the folder has none (a published graph). */
  editor: string | null;
}

/** A graph the app offers in its list: `href` is its app page, relative to the page listing it. */
export interface GraphLink {
  id: string;
  title: { en: string; ar: string };
  href: string;
}

/**
 * The pages' first paint: the live pages' own components rendered to HTML around the graph's
 * picture (src/app/first-paint-markup.tsx, FIRST_PAINT). Handed in by whoever writes pages (the
 * build, `npm run publish`, the editor's Publish): the components are the app's, a layer above.
 */
export interface FirstPaint {
  /** The embed in one language, its picture in the canvas's place. */
  embed(prepared: PreparedGraph, lang: Language): string;
  /** The app's page in every language (the page shows the one its address asks for). */
  app(prepared: PreparedGraph, graphs: readonly GraphLink[], editor: string | null): string;
}

export interface PageOptions {
  prepared: PreparedGraph;
  firstPaint: FirstPaint;
  /** The page's folder, relative to the root of the built folder: '' or 'graphs/<id>/'. */
  dir: string;
  /** Every graph's app page, relative to the root ('' for the default graph's). */
  graphs?: readonly { id: string; title: { en: string; ar: string }; dir: string }[];
  /** The site's public address with a trailing slash (FAULTLINES_PUBLIC_URL), for oEmbed and cards. */
  publicUrl?: string | undefined;
  /** Where the graph's own files (oembed.json, preview.svg) are, relative to the root. */
  filesDir: string;
  /**
   * The folder has the editor (edit.html) at its root, as a build of the whole site does: the app
   * links to it. A published graph's folder has none, so its app shows no link that goes nowhere.
   */
  editor?: boolean;
  /**
   * A `<style>`'s CSP hash (`'sha256-…'`), for pages written in another folder than the root:
   * their inline CSS is rewritten (relocate), so its hash changes. The build gives one (Node's
   * crypto); a folder of its own (the editor's Publish, dir '') needs none.
   */
  styleHash?: (css: string) => string;
}

/** `../` for each folder level of `dir`. */
const up = (dir: string) => '../'.repeat(dir.split('/').filter(Boolean).length);

/** The URL from a page in folder `from` to folder `to` (both root-relative, '' or 'x/y/'). */
export const relativeUrl = (from: string, to: string) => up(from) + to || './';

/**
 * Relative `src`/`href` attributes and inline-CSS `url()`s of a root template, made to work from
 * folder `dir`. Rewritten CSS no longer matches its hash in the page's policy: a page that has
 * any is given back with its styles for the caller to hash again (`styleHash`, PageOptions).
 */
export function relocate(html: string, dir: string): string {
  const prefix = up(dir);
  if (!prefix) return html;
  return html
    .replace(/\b(src|href)="\.\/(?!\/)/g, (_, attr: string) => `${attr}="${prefix}`)
    .replace(/<style>[\s\S]*?<\/style>/g, (style) =>
      style.replace(/url\(\.\/(?!\/)/g, () => `url(${prefix}`),
    );
}

function head(lang: Language, o: PageOptions, oembedFile: string, thumbnail: string) {
  const file = o.prepared.file;
  const t = createI18n(lang).getFixedT(lang);
  const description = file.description?.[lang] ?? t('app.tagline');
  const tags = [
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(file.title[lang])}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="website" />`,
  ];
  if (o.publicUrl) {
    const abs = (path: string) => escapeHtml(new URL(path, o.publicUrl).toString());
    tags.push(
      `<meta property="og:url" content="${abs(o.dir)}" />`,
      `<meta property="og:image" content="${abs(`${o.filesDir}${thumbnail}`)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<link rel="alternate" type="application/json+oembed" href="${abs(`${o.filesDir}${oembedFile}`)}" title="${escapeHtml(file.title[lang])}" />`,
    );
  }
  return { title: `${file.title[lang]} · ${t('app.name')}`, tags: tags.join('\n    ') };
}

function fill(
  template: string,
  lang: Language,
  o: PageOptions,
  parts: { picture?: string; app?: string; data: string; oembed: string; thumbnail: string },
) {
  const { title, tags } = head(lang, o, parts.oembed, parts.thumbnail);
  // The app's shells need their chooser to have run before the body is parsed.
  const before = parts.app === undefined ? '' : `<script>${FIRST_PAINT_SCRIPT}</script>\n    `;
  let html = withStyleHashes(relocate(withCspMeta(template), o.dir), template, o)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(MARKERS.head, () => before + tags)
    .replace(MARKERS.data, () => parts.data);
  if (parts.picture !== undefined) html = html.replace(MARKERS.picture, () => parts.picture!);
  if (parts.app !== undefined) html = html.replace(MARKERS.app, () => parts.app!);
  return html;
}

/** The page's policy admitting its inline CSS as `relocate` left it. */
function withStyleHashes(html: string, template: string, o: PageOptions): string {
  const styles = inlineStyles(html);
  if (styles.join() === inlineStyles(template).join()) return html;
  if (!o.styleHash) throw new Error(`pages in ${o.dir} need PageOptions.styleHash`);
  return withCspMeta(html, styles.map(o.styleHash));
}

/** The site's graphs as links from this page. */
const graphLinks = (o: PageOptions): GraphLink[] =>
  (o.graphs ?? []).map((g) => ({ id: g.id, title: g.title, href: relativeUrl(o.dir, g.dir) }));

/** The editor's page from this page, when the folder has one. */
const editorHref = (o: PageOptions) => (o.editor ? `${relativeUrl(o.dir, '')}edit.html` : null);

/** The graph as data for the page's scripts, and as HTML for readers without them. */
function dataBlocks(o: PageOptions): string {
  const graphs = graphLinks(o);
  const site: SiteData = { editor: editorHref(o) };
  return [
    jsonScript(DATA_IDS.graph, o.prepared.file),
    jsonScript(DATA_IDS.graphs, graphs),
    jsonScript(DATA_IDS.site, site),
    `<noscript>${staticGraphHtml(o.prepared.file)}</noscript>`,
  ].join('\n    ');
}

/** The full app for one graph (index.html), with the list of graphs. */
export function appPage(template: string, o: PageOptions, thumbnail = 'preview.png'): string {
  const app = o.firstPaint.app(o.prepared, graphLinks(o), editorHref(o));
  return fill(template, 'en', o, { app, data: dataBlocks(o), oembed: 'oembed.json', thumbnail });
}

/** The embed in one language, its first paint the build-time picture. */
export function embedPage(
  template: string,
  lang: Language,
  o: PageOptions,
  thumbnail = 'preview.png',
): string {
  const picture = o.firstPaint.embed(o.prepared, lang);
  return fill(template, lang, o, {
    picture,
    data: dataBlocks({ ...o, graphs: [] }),
    oembed: lang === 'ar' ? 'oembed-ar.json' : 'oembed.json',
    thumbnail,
  });
}

/**
 * A graph's ready-to-upload folder, in the browser (the editor's Publish) or in Node (the build,
 * `npm run publish`): the same pages around the same picture. Pure: it is given the built
 * templates and files, and returns file contents by path; the caller writes them or zips them.
 *
 * How the editor gets the built files: every build writes `publish/manifest.json` (templates and
 * the files they use, paths relative to the site's root); `loadPublishKit(siteRoot)` fetches it
 * and them, and `publishFolder(graph, kit)` does the rest.
 */
import type { Problem } from '../model/validate.ts';
import { embedCode } from '../ui/embed-code.ts';
import { hostingFiles } from './csp.ts';
import { appPage, embedPage, type FirstPaint, type PageOptions } from './pages.ts';
import { oembedFor } from './oembed.ts';
import { prepareGraph, type PreparedGraph } from './prepare.ts';
import { previewSvg } from './preview.ts';

export type Files = Record<string, string | Uint8Array>;

/** publish/manifest.json: the templates and every file they need, by root-relative path. */
export interface PublishManifest {
  templates: { app: string; embed: string; 'embed-ar': string };
  assets: string[];
}

export interface GraphPageOptions {
  /** The built templates' text: app (optional), embed, embed-ar. */
  templates: Record<string, string>;
  /** The pages' first paint (src/app/first-paint-markup.tsx). */
  firstPaint: FirstPaint;
  publicUrl?: string | undefined;
  /** The graph's folder in the site: 'graphs/<id>/' in the build, '' for a folder of its own. */
  dir: string;
  /** The site's graphs for the app's list (root-relative folders). */
  graphs?: PageOptions['graphs'];
  /** The preview rendered to PNG, when the caller could (link cards need a PNG). */
  png?: Uint8Array | undefined;
  /** The folder has the editor at its root (a build of the site); see PageOptions. */
  editor?: boolean;
  /** For pages in a folder below the root: see PageOptions. */
  styleHash?: PageOptions['styleHash'];
}

/** A graph's own files: its pages, graph file, preview, oEmbed files and embed code. */
export function graphFiles(p: PreparedGraph, o: GraphPageOptions): Files {
  const page: PageOptions = {
    prepared: p,
    firstPaint: o.firstPaint,
    dir: o.dir,
    graphs: o.graphs,
    publicUrl: o.publicUrl,
    filesDir: o.dir,
    editor: o.editor ?? false,
    styleHash: o.styleHash,
  };
  const thumbnail = o.png ? 'preview.png' : 'preview.svg';
  const files: Files = {
    [`${o.dir}${p.id}.json`]: `${JSON.stringify(p.file, null, 2)}\n`,
    [`${o.dir}preview.svg`]: previewSvg(p),
  };
  if (o.png) files[`${o.dir}preview.png`] = o.png;
  if (o.templates.app) files[`${o.dir}index.html`] = appPage(o.templates.app, page, thumbnail);
  for (const lang of ['en', 'ar'] as const) {
    const template = o.templates[lang === 'ar' ? 'embed-ar' : 'embed'];
    if (!template) throw new Error(`no embed template for ${lang}`);
    files[`${o.dir}${lang === 'ar' ? 'embed-ar.html' : 'embed.html'}`] = embedPage(
      template,
      lang,
      page,
      thumbnail,
    );
    if (o.publicUrl) {
      const oembed = oembedFor(p.file, lang, o.publicUrl, o.dir, thumbnail);
      files[`${o.dir}${lang === 'ar' ? 'oembed-ar.json' : 'oembed.json'}`] =
        `${JSON.stringify(oembed, null, 2)}\n`;
    }
  }
  files[`${o.dir}embed-code.txt`] = embedCodeText(p, o);
  return files;
}

/** Where a folder for `dir` will be served, or null when the caller gave no public address. */
const folderUrl = (dir: string, publicUrl?: string) =>
  publicUrl ? new URL(dir, publicUrl).toString() : null;

/** What to paste into an article: one snippet per language, each with its own element id. */
export interface EmbedSnippets {
  en: string;
  ar: string;
  /** The folder's address, or null (the snippets then carry PLACEHOLDER_URL). */
  url: string | null;
}

/** Stands for the folder's address in the snippets until the author says where it will be. */
export const PLACEHOLDER_URL = 'https://YOUR-SITE/PATH/';

/**
 * Two iframes on one article page (English and Arabic) must not share an id: the listener finds
 * its iframe by `data-faultlines`, so the Arabic one would be sized by the English one's messages.
 */
export const snippetId = (graphId: string, lang: 'en' | 'ar') =>
  lang === 'ar' ? `${graphId}-ar` : graphId;

export function embedSnippets(
  p: PreparedGraph,
  o: { dir: string; publicUrl?: string | undefined },
): EmbedSnippets {
  const url = folderUrl(o.dir, o.publicUrl);
  const code = (lang: 'en' | 'ar') =>
    embedCode(
      `${url ?? PLACEHOLDER_URL}${lang === 'ar' ? 'embed-ar.html' : 'embed.html'}?embed=1&id=${snippetId(p.id, lang)}`,
      snippetId(p.id, lang),
      p.file.title[lang],
    );
  return { en: code('en'), ar: code('ar'), url };
}

/** The code to paste into an article, with the address the folder will have (or a placeholder). */
function embedCodeText(p: PreparedGraph, o: GraphPageOptions): string {
  const { en, ar, url } = embedSnippets(p, o);
  const note = url
    ? ''
    : `Replace ${PLACEHOLDER_URL} with the address where you upload this folder.\n\n`;
  return (
    `${note}English:\n\n${en}\n\nالعربية:\n\n${ar}\n\n` +
    (url
      ? `WordPress and other oEmbed sites: paste the page's address on a line of its own:\n${url}\n`
      : '')
  );
}

export interface PublishKit {
  templates: Record<string, string>;
  /** The built files the pages use, by root-relative path (assets/…, favicon.svg). */
  assets: Record<string, Uint8Array>;
}

export type PublishResult = { ok: true; files: Files } | { ok: false; problems: Problem[] };

/**
 * The folder for one graph: checked first (an invalid graph is never published), its pages at
 * the folder's root, the built files beside them, the header files for hosts that take them.
 */
export function publishFolder(
  graph: unknown,
  kit: PublishKit,
  options: {
    firstPaint: FirstPaint;
    publicUrl?: string | undefined;
    png?: Uint8Array | undefined;
  },
): PublishResult {
  const prepared = prepareGraph(graph);
  if (!prepared.ok) return prepared;
  const files: Files = { ...kit.assets, ...hostingFiles() };
  Object.assign(
    files,
    graphFiles(prepared.prepared, {
      templates: kit.templates,
      firstPaint: options.firstPaint,
      publicUrl: options.publicUrl,
      dir: '',
      png: options.png,
    }),
  );
  return { ok: true, files };
}

/** Fetches the manifest, templates and files of the site at `root` (the editor's own site). */
export async function loadPublishKit(
  root: string | URL,
  get: typeof fetch = fetch,
): Promise<PublishKit> {
  const url = (path: string) => new URL(path, root);
  const ok = async (path: string) => {
    const response = await get(url(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response;
  };
  // A site without the kit (not built, or uploaded without publish/) may answer with a page.
  const manifest = (await (await ok('publish/manifest.json')).json().catch(() => {
    throw new Error('publish/manifest.json is not on this site: build it with npm run build');
  })) as PublishManifest;
  const templates: Record<string, string> = {};
  for (const [name, path] of Object.entries(manifest.templates))
    templates[name] = await (await ok(path)).text();
  const assets: Record<string, Uint8Array> = {};
  await Promise.all(
    manifest.assets.map(async (path) => {
      assets[path] = new Uint8Array(await (await ok(path)).arrayBuffer());
    }),
  );
  return { templates, assets };
}

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
import { appPage, embedPage, type PageOptions } from './pages.ts';
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
  publicUrl?: string | undefined;
  /** The graph's folder in the site: 'graphs/<id>/' in the build, '' for a folder of its own. */
  dir: string;
  /** The site's graphs for the app's list (root-relative folders). */
  graphs?: PageOptions['graphs'];
  /** The preview rendered to PNG, when the caller could (link cards need a PNG). */
  png?: Uint8Array | undefined;
}

/** A graph's own files: its pages, graph file, preview, oEmbed files and embed code. */
export function graphFiles(p: PreparedGraph, o: GraphPageOptions): Files {
  const page: PageOptions = {
    prepared: p,
    dir: o.dir,
    graphs: o.graphs,
    publicUrl: o.publicUrl,
    filesDir: o.dir,
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

/** The code to paste into an article, with the address the folder will have (or a placeholder). */
function embedCodeText(p: PreparedGraph, o: GraphPageOptions): string {
  const where = o.publicUrl ? new URL(o.dir, o.publicUrl).toString() : 'https://YOUR-SITE/PATH/';
  const code = (lang: 'en' | 'ar') =>
    embedCode(
      `${where}${lang === 'ar' ? 'embed-ar.html' : 'embed.html'}?embed=1&id=${p.id}`,
      p.id,
      p.file.title[lang],
    );
  const note = o.publicUrl
    ? ''
    : 'Replace https://YOUR-SITE/PATH/ with the address where you upload this folder.\n\n';
  return (
    `${note}English:\n\n${code('en')}\n\nالعربية:\n\n${code('ar')}\n\n` +
    (o.publicUrl
      ? `WordPress and other oEmbed sites: paste the page's address on a line of its own:\n${where}\n`
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
  options: { publicUrl?: string | undefined; png?: Uint8Array | undefined } = {},
): PublishResult {
  const prepared = prepareGraph(graph);
  if (!prepared.ok) return prepared;
  const files: Files = { ...kit.assets, ...hostingFiles() };
  Object.assign(
    files,
    graphFiles(prepared.prepared, {
      templates: kit.templates,
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
  const manifest = (await (await ok('publish/manifest.json')).json()) as PublishManifest;
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

/**
 * Every graph's pages. The build's HTML inputs are templates — index.html (the app, built by
 * Vite with React), embed.html and embed-ar.html (the embed in each language; their scripts and
 * styles come from the embed passes, embed.ts) — with markers where a graph goes
 * (src/publish/pages.ts). After the last pass, each graph in the graph folders (graphs.ts) gets
 *
 *   graphs/<id>/index.html, embed.html, embed-ar.html   its app and its embed, en and ar
 *   graphs/<id>/<id>.json                                its graph file (texts inlined, laid out)
 *   graphs/<id>/preview.svg (+ .png), oembed(-ar).json   link card and oEmbed (with a public URL)
 *
 * and the default graph also the root's index.html, embed.html and embed-ar.html. The templates
 * and the files they load (src/publish/references.ts: not the editor's) are listed in
 * publish/manifest.json for the editor's Publish and `npm run publish` (src/publish/folder.ts). To add a page: put its HTML at the root, give it the markers, add it
 * to PAGES below (and, if Vite should bundle its module script, to vite.config.ts's inputs).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { hostingFiles, withCspMeta } from '../../src/publish/csp.ts';
import { graphFiles, type PublishManifest } from '../../src/publish/folder.ts';
import {
  appPage,
  embedPage,
  MARKERS,
  type FirstPaint,
  type PageOptions,
} from '../../src/publish/pages.ts';
import { parsePublicUrl } from '../../src/publish/public-url.ts';
import { referencedFiles } from '../../src/publish/references.ts';
import { buildEmbed, EMBED_DIR, EMBED_MODES, type EmbedFiles } from './embed.ts';
import { loadFirstPaint } from './first-paint.ts';
import { inlineFontFiles } from './fonts.ts';
import { inlineStylesheets, styleHash } from './inline-styles.ts';
import { buildGraphs, forgetBuildGraphs, ROOT, type BuildGraph } from './graphs.ts';
import { renderPreviewPngs } from './preview-png.ts';

/** The embed pages: their source, and the script subset of the font their language needs first. */
const EMBED_PAGES = [
  { file: 'embed.html', lang: 'en', font: 'latin', other: 'arabic' },
  { file: 'embed-ar.html', lang: 'ar', font: 'arabic', other: 'latin' },
] as const;

/** A graph's folder in the built site. */
export const graphDir = (g: { id: string }) => `graphs/${g.id}/`;

/** FAULTLINES_PUBLIC_URL with a trailing slash, or undefined; a bad value fails the build. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const parsed = parsePublicUrl(env.FAULTLINES_PUBLIC_URL);
  if (!parsed.ok) throw new Error(`FAULTLINES_PUBLIC_URL ${parsed.reason}`);
  return parsed.url;
}

/** An embed page's source with the built embed's script and stylesheets in place of the dev ones. */
function embedTemplate(
  source: string,
  files: EmbedFiles,
  fonts: Record<string, string>,
  page: (typeof EMBED_PAGES)[number],
) {
  const file = (name: string) => `./${name}`;
  const other = fonts[page.other]!;
  return withCspMeta(source)
    .replace(/href="\/favicon\.svg"/, 'href="./favicon.svg"')
    .replace(
      /<link[^>]*data-faultlines="styles"[^>]*>/,
      () =>
        `<link rel="stylesheet" href="${file(files.css)}" />\n    ` +
        `<link rel="stylesheet" href="./${EMBED_DIR}/${fonts[page.font]}" />`,
    )
    .replace(
      /<script[^>]*data-faultlines="script"[^>]*><\/script>/,
      () =>
        `<script async src="${file(files.main)}" data-live="${files.live.split('/').pop()}" ` +
        `data-fonts="${other}"></script>`,
    );
}

/** Every file under `dir` of the built folder, root-relative. */
async function filesUnder(out: string, dir: string): Promise<string[]> {
  const entries = await readdir(resolve(out, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(out, resolve(e.parentPath, e.name)).split(sep).join('/'));
}

/** The built files (under assets/, and the icon) that the `pages` load (references.ts). */
async function pageFiles(out: string, pages: string[]): Promise<string[]> {
  const paths = [...(await filesUnder(out, 'assets')), 'favicon.svg'];
  const files = await Promise.all(
    paths.map(async (path) => ({
      path,
      text: TEXT_FILE.test(path) ? await readFile(resolve(out, path), 'utf8') : null,
    })),
  );
  return referencedFiles(pages, files);
}
const TEXT_FILE = /\.(html|js|mjs|css|json|svg)$/;

async function put(dir: string, name: string, content: string | Uint8Array) {
  const path = resolve(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

export function faultlinesPages(): Plugin {
  let config: ResolvedConfig;
  let devServer: ViteDevServer | undefined;
  return {
    name: 'faultlines-pages',
    configResolved(resolved) {
      config = resolved;
    },
    // The dev server fills the pages with the default graph as they are served.
    configureServer(server) {
      devServer = server;
      server.watcher.on('change', (file) => {
        if (file.endsWith('.json') || file.endsWith('.txt')) forgetBuildGraphs();
      });
    },
    async transformIndexHtml(html, context) {
      if (config.command !== 'serve')
        return withCspMeta(
          // The app's page asks for its fonts from its first script (src/app/main.tsx).
          context.filename.endsWith('index.html')
            ? html
            : preloadFonts(html, Object.keys(context.bundle ?? {})),
        );
      // A page without markers (edit.html) carries no graph.
      if (!html.includes(MARKERS.data)) return html;
      const { graphs, defaultGraph } = await buildGraphs();
      const options = pageOptions(defaultGraph, graphs, await loadFirstPaint(devServer), '');
      const page = EMBED_PAGES.find((p) => context.filename.endsWith(p.file));
      const filled = page ? embedPage(html, page.lang, options) : appPage(html, options);
      // The dev server runs inline scripts (React's refresh) and a socket: no policy there.
      return filled.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
    },
    async closeBundle(error?: Error) {
      if (error || config.command !== 'build' || config.mode !== 'production') return;
      const out = resolve(config.root, config.build.outDir);
      const embed = await buildEmbed({
        configFile: config.configFile,
        root: config.root,
        logLevel: config.logLevel,
        clearScreen: false,
        build: {
          outDir: config.build.outDir,
          minify: config.build.minify,
          sourcemap: config.build.sourcemap,
        },
      });
      const fonts = await inlineFontFiles();
      const fontNames: Record<string, string> = {};
      for (const [subset, { name, css }] of Object.entries(fonts)) {
        fontNames[subset] = name;
        await put(out, `${EMBED_DIR}/${name}`, css);
      }
      const built = (path: string) => readFileSync(resolve(out, path), 'utf8');
      const templates: Record<string, string> = {
        app: inlineStylesheets(built('index.html'), built),
      };
      for (const page of EMBED_PAGES)
        templates[page.lang === 'ar' ? 'embed-ar' : 'embed'] = inlineStylesheets(
          embedTemplate(await readFile(resolve(ROOT, page.file), 'utf8'), embed, fontNames, page),
          built,
        );
      const manifest: PublishManifest = {
        templates: {
          app: 'publish/index.html',
          embed: 'publish/embed.html',
          'embed-ar': 'publish/embed-ar.html',
        },
        // What the three pages load, followed through the app's files and the embed's (the
        // passes are done): a graph's published folder carries these and no editor chunk.
        assets: await pageFiles(out, Object.values(templates)),
      };
      for (const [name, path] of Object.entries(manifest.templates))
        await put(out, path, templates[name]!);
      await put(out, 'publish/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

      const { graphs, defaultGraph } = await buildGraphs();
      const firstPaint = await loadFirstPaint();
      const site = publicUrl();
      const pngs = await renderPreviewPngs(graphs, config.logger);
      for (const g of graphs) {
        const files = graphFiles(g, {
          templates,
          firstPaint,
          publicUrl: site,
          dir: graphDir(g),
          graphs: graphList(graphs, defaultGraph),
          png: pngs.get(g.id),
          editor: true,
          styleHash,
        });
        for (const [name, content] of Object.entries(files)) await put(out, name, content);
      }
      // The default graph is also the site's root.
      const root = pageOptions(defaultGraph, graphs, firstPaint, '', site);
      const thumbnail = pngs.has(defaultGraph.id) ? 'preview.png' : 'preview.svg';
      await put(out, 'index.html', appPage(templates.app!, root, thumbnail));
      for (const page of EMBED_PAGES)
        await put(
          out,
          page.file,
          embedPage(
            templates[page.lang === 'ar' ? 'embed-ar' : 'embed']!,
            page.lang,
            root,
            thumbnail,
          ),
        );
      for (const [name, content] of Object.entries(hostingFiles())) await put(out, name, content);
      config.logger.info(
        `faultlines: pages for ${graphs.map((g) => g.id).join(', ')} (default ${defaultGraph.id})`,
      );
    },
  };
}

/**
 * The editor's text and the graph's labels need the font from the start (the canvas even waits
 * for it): preload it with the HTML instead of discovering it through the stylesheet. Not on the
 * app's page: Chromium holds the first frame for preloaded fonts, and there the picture comes
 * first (253 against 386 ms to the first painted frame, median of 9 loads each).
 */
function preloadFonts(html: string, files: string[]): string {
  const links = ['latin', 'arabic'].flatMap((subset) =>
    ['400', '600'].flatMap((weight) => {
      const file = files.find(
        (f) => f.includes(`-${subset}-${weight}-normal`) && f.endsWith('.woff2'),
      );
      return file
        ? [`<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin />`]
        : [];
    }),
  );
  return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
}

function graphList(graphs: BuildGraph[], defaultGraph: BuildGraph) {
  return graphs.map((g) => ({
    id: g.id,
    title: g.file.title,
    dir: g === defaultGraph ? '' : graphDir(g),
  }));
}

function pageOptions(
  g: BuildGraph,
  graphs: BuildGraph[],
  firstPaint: FirstPaint,
  dir: string,
  site?: string,
): PageOptions {
  const defaultGraph = graphs[0]!;
  return {
    prepared: g,
    firstPaint,
    dir,
    graphs: graphList(graphs, defaultGraph),
    publicUrl: site,
    filesDir: graphDir(g),
    editor: true,
  };
}

export { EMBED_MODES };

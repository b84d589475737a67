/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Alias, type Plugin, type ResolvedConfig } from 'vite';
import { indexGraph, type Graph } from './src/model/graph.ts';
import { presetPositions, type Point } from './src/model/layout.ts';
import { parseGraph } from './src/model/parse.ts';
import type { GraphFile } from './src/model/schema.ts';
import { formatProblem } from './src/model/validate.ts';
import { loadGraphFile } from './scripts/lib/graph-file.ts';
import { withLayout } from './scripts/lib/with-layout.ts';
import { staticEmbedHtml } from './scripts/lib/static-embed.ts';
import { staticGraphHtml } from './scripts/lib/static-html.ts';

const GRAPH_PREFIX = 'virtual:faultlines-graph/';

/**
 * `import graph from 'virtual:faultlines-graph/<name>'` bundles data/graphs/<name>.json with its
 * textFile sources inlined. The build fails, listing every problem, if the graph is invalid.
 */
function graphFiles(): Plugin {
  return {
    name: 'faultlines-graph-files',
    resolveId(id) {
      return id.startsWith(GRAPH_PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${GRAPH_PREFIX}`)) return undefined;
      const name = id.slice(GRAPH_PREFIX.length + 1);
      if (!/^[\w-]+$/.test(name)) this.error(`bad graph name ${JSON.stringify(name)}`);
      const file = resolve(import.meta.dirname, 'data/graphs', `${name}.json`);
      this.addWatchFile(file);
      const loaded = await loadGraphFile(file);
      loaded.dependencies.forEach((d) => this.addWatchFile(d));
      const result = loaded.problems.length > 0 ? null : parseGraph(loaded.value);
      if (!result?.ok) {
        const problems = result?.problems ?? loaded.problems;
        this.error(`${file} is not a valid graph:\n${problems.map(formatProblem).join('\n')}`);
      }
      // It parsed, so the file is a GraphFile (the bundle keeps it as written, untrimmed).
      const laidOut = withLayout(loaded.value as GraphFile, result.graph);
      return `export default ${JSON.stringify(laidOut)};`;
    },
  };
}

// The shipped font's files as the build named them (set when the pages are written).
let fontFiles: string[] = [];
const fontFile = (subset: string, weight: string) =>
  `/${fontFiles.find((f) => f.includes(`-${subset}-${weight}-normal`) && f.endsWith('.woff2'))}`;

/**
 * The page's text and the graph's labels need the font from the first paint (the canvas even
 * waits for it): preload it with the HTML instead of discovering it through the stylesheet.
 */
function preloadFonts(html: string, files: string[], subsets: string[]): string {
  fontFiles = files;
  const links = subsets.flatMap((subset) =>
    ['400', '600']
      .filter(() => files.some((f) => f.includes(`-${subset}-`)))
      .map(
        (weight) =>
          `<link rel="preload" href="${fontFile(subset, weight)}" as="font" type="font/woff2" crossorigin />`,
      ),
  );
  return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
}

const DEFAULT_GRAPH = resolve(import.meta.dirname, 'data/graphs/crocus-2024.json');
const STATIC_EMBED = '<!--faultlines:static-embed-->';

/** The shipped default graph with its build-time layout, for the pages written at build. */
async function shippedGraph(): Promise<{ graph: Graph; positions: Map<string, Point> } | null> {
  const loaded = await loadGraphFile(DEFAULT_GRAPH);
  const result = loaded.problems.length > 0 ? null : parseGraph(loaded.value);
  if (!result?.ok) return null; // the graph module's own check fails the build with the reasons
  const graph = indexGraph(withLayout(result.graph.file, result.graph));
  const positions = presetPositions(graph);
  return positions ? { graph, positions } : null;
}

/**
 * Pages carry the default graph before any script runs: index.html as HTML in a <noscript> (for
 * readers without JavaScript and for search engines); embed.html as the embed's first paint, a
 * picture of the graph (scripts/lib/static-embed.ts) — in English there and in Arabic in
 * embed-ar.html, written from it, since a page cannot pick its language from the query without a
 * script.
 */
function staticContent(): Plugin {
  let english = '';
  return {
    name: 'faultlines-static-content',
    async transformIndexHtml(html, context) {
      const shipped = await shippedGraph();
      if (!shipped) return html;
      const fonts = Object.keys(context.bundle ?? {});
      // The editor opens on its own start screen: no picture of the shipped graph in its HTML.
      if (context.filename.endsWith('edit.html'))
        return preloadFonts(html, fonts, ['latin', 'arabic']);
      if (context.filename.endsWith('embed.html')) {
        english = staticEmbedHtml(shipped.graph, shipped.positions, 'en');
        return preloadFonts(html.replace(STATIC_EMBED, english), fonts, ['latin']);
      }
      return preloadFonts(
        html.replace(
          '</body>',
          `<noscript>${staticGraphHtml(shipped.graph.file)}</noscript>\n  </body>`,
        ),
        fonts,
        ['latin', 'arabic'],
      );
    },
    // After the build wrote embed.html (with its scripts and styles linked), its Arabic twin.
    async writeBundle(options, bundle) {
      if (!('embed.html' in bundle)) return; // the app's pass (see embedPages)
      const shipped = await shippedGraph();
      const dir = options.dir ?? resolve(import.meta.dirname, 'dist');
      const html = await readFile(resolve(dir, 'embed.html'), 'utf8').catch(() => '');
      if (!shipped || !html) return;
      const head = '<html lang="en" dir="ltr">';
      if (!english || !html.includes(english) || !html.includes(head))
        this.error('embed.html lost its static picture: cannot write embed-ar.html');
      const arabic = staticEmbedHtml(shipped.graph, shipped.positions, 'ar');
      await writeFile(
        resolve(dir, 'embed-ar.html'),
        html
          .replace(head, '<html lang="ar" dir="rtl">')
          .replace(english, () => arabic)
          // Arabic text needs the Arabic subset first (Latin digits load on demand).
          .replace(fontFile('latin', '400'), () => fontFile('arabic', '400'))
          .replace(fontFile('latin', '600'), () => fontFile('arabic', '600')),
      );
    },
  };
}

/**
 * The embed pages are built in a pass of their own, `vite build --mode embed`, against Preact
 * (preact/compat) instead of React: the same React source, ~60 KB less JavaScript (gzip) for a
 * graph in an article. The full app (index.html) keeps React. An alias applies to a whole build,
 * not to one entry of it, hence the two passes: the app's, then — started by embedPages() when the
 * app's has written its files — the embed's, into the same outDir without emptying it, with its
 * files under assets/embed/ so that neither pass overwrites the other's. `vite build` (and
 * `npm run build`) runs both. The dev server (`npm start`) serves embed.html with React, as one
 * page of the app's module graph: Preact is a build-time substitution only.
 */
const EMBED_MODE = 'embed';

/** React's entry points as the source and its libraries import them, and their Preact stand-ins. */
const PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  // Preact's createRoot, with React's timing for effects (see the file).
  {
    find: /^react-dom\/client$/,
    replacement: resolve(import.meta.dirname, 'src/app/preact-client.ts'),
  },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/** After the app's build: the embed pages' (same config file, mode `embed`, same outDir). */
function embedPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'faultlines-embed-pages',
    apply: (_, env) => env.command === 'build' && env.mode !== EMBED_MODE,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      if (error) return;
      await build({
        configFile: config.configFile,
        root: config.root,
        mode: EMBED_MODE,
        base: config.base,
        logLevel: config.logLevel,
        clearScreen: false,
        build: {
          outDir: config.build.outDir,
          minify: config.build.minify,
          sourcemap: config.build.sourcemap,
        },
      });
    },
  };
}

/**
 * The Content-Security-Policy the app and the embed run under (the e2e suite serves the build with
 * it and fails on any violation): no inline script, no eval. `frame-ancestors *` lets any article
 * embed the graph; a deployment that only embeds on its own sites should list them instead.
 * `connect-src` admits http(s) for `graph=<url>` files from other hosts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

export default defineConfig(({ command, mode }) => {
  const embed = command === 'build' && mode === EMBED_MODE;
  const pages: Record<string, string> = {};
  // The dev server serves both pages (and scans both for dependencies to pre-bundle).
  if (!embed) pages.main = resolve(import.meta.dirname, 'index.html');
  // The editor is a page of its own: the reader's app and the embed load none of its code.
  if (!embed) pages.edit = resolve(import.meta.dirname, 'edit.html');
  if (command === 'serve' || embed) pages.embed = resolve(import.meta.dirname, 'embed.html');
  return {
    plugins: [react(), graphFiles(), staticContent(), embedPages()],
    resolve: { alias: embed ? PREACT_ALIASES : [] },
    server: { port: 5173 },
    // Embeds may run in iframes sandboxed without allow-same-origin (an opaque origin): module
    // scripts and fonts are then cross-origin requests and need CORS. Hosts serving the build
    // should send the same header for /assets/.
    preview: {
      port: Number(process.env.FL_PORT ?? 4173),
      cors: true,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CSP },
    },
    build: {
      target: 'es2022',
      // The embed's pass adds its pages and assets to the app's build (see embedPages).
      ...(embed ? { emptyOutDir: false, copyPublicDir: false, assetsDir: 'assets/embed' } : {}),
      rollupOptions: { input: pages },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});

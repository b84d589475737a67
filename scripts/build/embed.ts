/**
 * The embed's code, built after the app's pass into the same folder (files under assets/embed/):
 *
 * - `embed-main` (src/app/embed-main.ts): the embed pages' first script — height reports, links
 *   out of a sandbox, and loading the rest when the reader comes near;
 * - `embed-live` (src/app/embed-live.ts): the interactive embed and its stylesheet, one file each.
 *
 * Both are classic scripts (IIFE, no chunks): in an iframe sandboxed with `allow-scripts` alone
 * (WordPress's oEmbed iframes) the page's origin is opaque, and module scripts, `crossorigin`
 * stylesheets and fonts become CORS requests that a plain static host refuses; classic scripts
 * and plain stylesheets do not (the font is inline: fonts.ts). The live bundle is compiled against
 * Preact (preact/compat) instead of React: the same source, ~60 KB less JavaScript (gzip) in an
 * article. The full app (index.html) keeps React and module chunks; the dev server (`npm start`)
 * serves the embed pages as modules, with React.
 */
import { resolve } from 'node:path';
import {
  build,
  type Alias,
  type InlineConfig,
  type Plugin,
  type Rollup,
  type UserConfig,
} from 'vite';
import { ROOT } from './graphs.ts';

export const EMBED_MODES = { main: 'embed-main', live: 'embed-live' } as const;
export const EMBED_DIR = 'assets/embed';

/** React's entry points as the source and its libraries import them, and their Preact stand-ins. */
const PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  // Preact's createRoot, with React's timing for effects (see the file).
  { find: /^react-dom\/client$/, replacement: resolve(ROOT, 'src/app/preact-client.ts') },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/**
 * V8's explicit compile hint (Chromium 133+; other engines read a comment): with it at the top
 * of the live bundle, V8 compiles all its functions while the file streams in, on a background
 * thread — instead of each one on the main thread the first time it is called, between the
 * picture and the live canvas. Traced, the main thread's work from navigation to the live canvas
 * fell by about a quarter with it. (The page no longer asks for the bundle before its first frame:
 * that preload, compiling beside the first paint on two cores, held the picture back by 45–60 ms
 * and gained the live canvas nothing it could show — BENCHMARKS.md.)
 * Added after minification, which would drop it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHint = (): Plugin => ({
  name: 'faultlines-compile-hint',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'chunk' && file.isEntry) file.code = COMPILE_HINT + file.code;
  },
});

/** The part of vite.config.ts's answer for an embed pass (`mode` one of EMBED_MODES). */
export function embedPassConfig(mode: string): UserConfig | null {
  const name = Object.entries(EMBED_MODES).find(([, m]) => m === mode)?.[0];
  if (!name) return null;
  return {
    resolve: { alias: mode === EMBED_MODES.live ? PREACT_ALIASES : [] },
    plugins: mode === EMBED_MODES.live ? [compileHint()] : [],
    worker: { format: 'iife' },
    // A classic script has no import.meta: the layout worker's URL cannot be made, and the
    // layout runs on the page instead (an embed's graph comes laid out: it never runs at all).
    define: { 'import.meta.url': 'undefined' },
    build: {
      emptyOutDir: false,
      copyPublicDir: false,
      assetsDir: EMBED_DIR,
      // Everything in the one stylesheet (the font is not: embed-live.ts does not import it).
      cssCodeSplit: false,
      rollupOptions: {
        input: { [mode]: resolve(ROOT, `src/app/${mode}.ts`) },
        output: {
          format: 'iife',
          entryFileNames: `${EMBED_DIR}/[name]-[hash].js`,
          assetFileNames: `${EMBED_DIR}/[name]-[hash][extname]`,
        },
      },
    },
  };
}

export interface EmbedFiles {
  /** Root-relative file names: the first script, the live bundle, its stylesheet. */
  main: string;
  live: string;
  css: string;
  /** Every file the two passes wrote (for the publish manifest). */
  all: string[];
}

async function pass(base: InlineConfig, mode: string): Promise<Rollup.OutputBundle[string][]> {
  const result = await build({ ...base, mode });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output);
}

/** Runs both passes (`base`: the app pass's config file, root, outDir, log level). */
export async function buildEmbed(base: InlineConfig): Promise<EmbedFiles> {
  const main = await pass(base, EMBED_MODES.main);
  const live = await pass(base, EMBED_MODES.live);
  const entry = (files: typeof main) =>
    files.find((f) => f.type === 'chunk' && f.isEntry)?.fileName ?? '';
  const css = live.find((f) => f.fileName.endsWith('.css'))?.fileName ?? '';
  if (!entry(main) || !entry(live) || !css) throw new Error('the embed passes wrote no entry');
  return {
    main: entry(main),
    live: entry(live),
    css,
    all: [...main, ...live].map((f) => f.fileName),
  };
}

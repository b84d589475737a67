import './page-styles.ts';
import type { Graph } from '../model/graph.ts';
import type { Notice } from '../store/notices.ts';
import { reportHeight } from './height-reports.ts';
import { loadGraphFromUrl } from './load-graph.ts';
import { showLoading } from './loading.ts';
import { readPageParams } from './params.ts';
import { fontsReady } from '../graph/fonts.ts';

/**
 * The first script is small on purpose: it starts the graph file's download and the shell's
 * code (React, the app, Cytoscape) together, instead of after evaluating React.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The canvas waits for the font's four faces before it draws; ask for them now (after the
// page's first frame is on its way), not when the canvas starts. The page's HTML does not preload
// them: a preloaded font holds the first frame back.
void fontsReady();

const params = readPageParams(location.search);
const embedded = params.embed;
// The embed and the full app are separate chunks: an article's embed never downloads the full
// app's article view, table, search, file and export code. (Two import expressions, not one
// conditional: Vite would give a conditional one a single preload list, both chunks'.)
/**
 * A page that carries its graph's picture (src/publish/first-paint.ts chose one) shows it before
 * the shell's code runs: a loading page's script tasks go ahead of its first frame, and
 * evaluating React, the app and Cytoscape — a few hundred milliseconds on a slow machine — held
 * the picture back until the app was nearly live. The wait is one frame (or a tenth of a second
 * where frames are paused, a tab opened in the background).
 */
const pictured = ['en', 'ar'].includes(document.documentElement.dataset.flFirst ?? '');
const afterPicture = new Promise<void>((resolve) => {
  if (!pictured || embedded) return resolve();
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});
const shell = embedded ? loadEmbed() : loadApp();
function loadEmbed() {
  return import('./embed-boot.tsx');
}
function loadApp() {
  return afterPicture.then(() => import('./app-boot.tsx'));
}

/** `graph`: a loaded file's, or null for the shipped default (in the shell's chunk). */
async function mount(graph: Graph | null, notices: Notice[] = []) {
  // Builds for tests only: the engine in edit mode, on a page of its own (edit-playground.ts).
  if (import.meta.env.VITE_FL_TEST_HOOK === '1' && params.playground === 'edit') {
    const { mountPlayground } = await import('./edit-playground.ts');
    mountPlayground(root!);
  } else if (embedded) {
    reportHeight(params.id);
    const { mountEmbed } = (await shell) as typeof import('./embed-boot.tsx');
    mountEmbed(root!);
  } else {
    const { mountApp } = (await shell) as typeof import('./app-boot.tsx');
    mountApp(root!, graph, notices);
  }
}

// The page's graph was validated when the page was written (scripts/build/pages.ts), so the browser
// skips the validator; a graph named in the URL goes through it, and never replaces the default
// unless it is valid.
// An embed shows the graph it was built with; `graph=` is the full app's.
const requested = params.graph;
if (requested === null) void mount(null);
else {
  // The page answers at once: a loading state (with progress and a way out) while the file
  // downloads and is checked, instead of a blank page for up to ten seconds.
  const shown = requested.slice(0, 120);
  const loading = showLoading(root, shown, new URLSearchParams(location.search).get('lang'));
  void loadGraphFromUrl(requested, location.href, {
    onProgress: loading.progress,
    onChecking: loading.checked,
  }).then((result) => {
    if (result.ok) {
      const host = result.url && result.url.origin !== location.origin ? result.url.host : null;
      void mount(result.graph, host ? [{ key: 'notice.unverifiedHost', params: { host } }] : []);
    } else {
      void mount(null, [
        { key: 'notice.graphFailedList', params: { url: shown }, problems: result.problems },
      ]);
    }
  });
}

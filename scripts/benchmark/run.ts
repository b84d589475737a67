/**
 * `npm run bench`: Faultlines against a bare Cytoscape page and sigma.js + graphology on the same
 * seeded graphs, in one headless Chromium run, as ratios (GUIDE §6). Writes BENCHMARKS.md.
 * `npm run bench -- --smoke`: two small graphs, checks every figure is a number, writes nothing
 * to the repo — proof that the harness works, quick enough for the test suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { indexGraph } from '../../src/model/graph.ts';
import { parseGraph } from '../../src/model/parse.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { loadGraphFile } from '../lib/graph-file.ts';
import { syntheticGraph } from '../lib/synthetic-graph.ts';
import { withLayout } from '../../src/publish/with-layout.ts';
import { report, type Row } from './report.ts';
import { serve } from './serve.ts';
import {
  CANVAS,
  clearSelection,
  END_OF_FRAME,
  FILTER_CHANGES,
  filterChange,
  frameTimes,
  median,
  percentile,
  pointsOf,
  RECORD_APP_READY,
  selection,
  SELECTIONS,
  waitDrawn,
  waitPainted,
  type Subject,
} from './subjects.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'dist-bench');
const PORT = 4190;
const smoke = process.argv.includes('--smoke');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** `--app-dist <dir>`: measure another build of the app (an earlier version, say) instead. */
const APP_DIST = resolve(option('--app-dist') ?? resolve(ROOT, 'dist'));
/** `--only app,bare`: measure only these subjects (an earlier build's app, say). */
const ONLY = (option('--only') ?? 'app,bare,sigma').split(',') as Subject[];
/** `--graphs default,5k`: measure only these graphs (default, 1k, 5k; smoke: default, small). */
const GRAPHS = option('--graphs')?.split(',');
/** `--out <file>`: where the report goes (default BENCHMARKS.md; smoke runs print it). */
const REPORT = resolve(option('--out') ?? resolve(ROOT, 'BENCHMARKS.md'));
/** Sections written by the other benchmarks (draft, layout) start at this line and are kept. */
const KEPT =
  '<!-- Below: figures of npm run bench:draft and bench:layout, kept by npm run bench. -->';
function keptSections(file: string): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(KEPT);
  return at < 0 ? '' : `\n${old.slice(at)}`;
}

/** How many loads each time to a drawn graph is the median of, per graph (one load varies ±20 %). */
const LOADS: Record<string, number> = smoke
  ? { default: 2, small: 2 }
  : { default: 7, '1k': 5, '5k': 3 };

function graphs(): { name: string; label: string; file: unknown }[] {
  return smoke
    ? [
        {
          name: 'small',
          label: '200 / 600 (synthetic)',
          file: syntheticGraph({ actors: 200, relations: 600 }),
        },
      ]
    : [
        {
          name: '1k',
          label: '1,000 / 5,000',
          file: syntheticGraph({ actors: 1000, relations: 5000 }),
        },
        {
          name: '5k',
          label: '5,000 / 20,000',
          file: syntheticGraph({ actors: 5000, relations: 20000 }),
        },
      ];
}

/** The default graph as the app ships it (build-time positions, text inlined), as a file. */
async function defaultGraph() {
  const loaded = await loadGraphFile(resolve(ROOT, 'data/graphs/crocus-2024.json'));
  const parsed = parseGraph(loaded.value);
  if (!parsed.ok) throw new Error('the default graph does not parse');
  return withLayout(parsed.graph.file, indexGraph(parsed.graph.file));
}

async function buildAll() {
  // With the test hook: the harness finds actors on the canvas through window.__faultlines (a
  // few hundred bytes more than a reader's build).
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_FL_TEST_HOOK: '1' },
  });
  if (run.status !== 0) throw new Error('vite build failed');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'pages'),
    base: '/bench/',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { compare: 'compare.html' } },
    },
  });
}

/** Gzipped bytes of every script the page downloads. */
function countScripts(page: Page) {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'worker') return;
    pending.push(
      response
        .body()
        .then((body) => void (bytes += gzipSync(body).length))
        .catch(() => {}),
    );
  });
  return async () => {
    await Promise.all(pending);
    return bytes;
  };
}

async function heapAfterToggles(page: Page, subject: Subject) {
  for (let i = 0; i < 10; i++) {
    await filterChange(page, subject, true);
    await filterChange(page, subject, false);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** A page in a fresh context (a first visit: nothing cached), ready to be measured. */
async function freshPage(browser: Browser, subject: Subject) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in the code we evaluate in the page with a
  // __name() helper that only exists in Node: give the page a do-nothing one.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(END_OF_FRAME);
  if (subject === 'app') await page.addInitScript(RECORD_APP_READY);
  return { context, page };
}

/** One page's measurement so far, and how to load it again. */
interface Loaded<R> {
  result: R;
  subject: Subject;
  url: string;
}

/**
 * Each result's time to a drawn graph made the median of `loads` loads: its own, and more, each
 * in a fresh context and with nothing else measured during the load. The extra loads take turns
 * (one of each page, then again), so that the machine's drift over the minutes a run takes
 * falls on every page alike and the ratios between them hold.
 */
async function medianDrawn<R extends { drawn: number; painted?: number } | { failed: string }>(
  pages: Loaded<R>[],
  browser: Browser,
  timeout: number,
  loads: number,
): Promise<R[]> {
  const times = pages.map(({ result }) => ('failed' in result ? [] : [result.drawn]));
  const paints = pages.map(({ result }) =>
    'painted' in result && typeof result.painted === 'number' ? [result.painted] : [],
  );
  for (let round = 1; round < loads; round++) {
    for (const [i, { result, subject, url }] of pages.entries()) {
      if ('failed' in result) continue;
      const { context, page } = await freshPage(browser, subject);
      try {
        await page.goto(url);
        times[i]!.push(await waitDrawn(page, subject, timeout));
        if (subject === 'app') paints[i]!.push(await waitPainted(page, timeout));
      } finally {
        await context.close();
      }
    }
  }
  return pages.map(({ result }, i) =>
    'failed' in result
      ? result
      : {
          ...result,
          drawn: median(times[i]!),
          ...(paints[i]!.length > 0 ? { painted: median(paints[i]!) } : {}),
        },
  );
}

type Measured = Awaited<ReturnType<typeof measure>>;

/** Each page loaded once, for its time to a drawn graph and its JS bytes. */
async function loadEach(
  browser: Browser,
  pages: { subject: Subject; url: string }[],
  timeout: number,
): Promise<Loaded<Measured>[]> {
  const loaded: Loaded<Measured>[] = [];
  for (const { subject, url } of pages)
    loaded.push({ subject, url, result: await measure(browser, subject, url, timeout, [], true) });
  return loaded;
}

type ReaderPage = 'bundled' | 'embed' | 'styled' | 'checked';

/**
 * Loads of the default graph alone (time to a drawn graph and JS bytes): the reader's visit (the
 * bundled graph), the embed, and the two reference pages drawing the app's look (`withLook`), with
 * and without the app's validator in front.
 */
function readerPages(base: string, withLook: boolean) {
  const look = (check: boolean) =>
    `${base}/bench/compare.html?subject=styled${check ? '&check=1' : ''}&graph=/bench/graphs/default.json`;
  const pages: { name: ReaderPage; subject: Subject; url: string }[] = [
    { name: 'bundled', subject: 'app', url: `${base}/?lang=en` },
    { name: 'embed', subject: 'app', url: `${base}/embed.html?embed=1&id=bench` },
  ];
  if (withLook)
    pages.push(
      { name: 'styled', subject: 'bare', url: look(false) },
      { name: 'checked', subject: 'bare', url: look(true) },
    );
  return pages;
}

/** One subject on one graph; `ids`: the graph's actor ids, to find one to click. */
async function measure(
  browser: Browser,
  subject: Subject,
  url: string,
  timeout: number,
  ids: string[],
  loadOnly = false,
) {
  const { context, page } = await freshPage(browser, subject);
  const scripts = countScripts(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    const drawn = await waitDrawn(page, subject, timeout);
    const painted = subject === 'app' ? await waitPainted(page, timeout) : undefined;
    const jsBytes = await scripts();
    if (loadOnly) return { drawn, painted, jsBytes, errors };
    const filter: { work: number; latency: number }[] = [];
    for (let i = 0; i < FILTER_CHANGES / 2; i++) {
      filter.push(await filterChange(page, subject, true));
      filter.push(await filterChange(page, subject, false));
    }
    const canvas = (await page.locator(CANVAS[subject]).boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    // Select the actor drawn nearest the middle, with a real click.
    const points = await pointsOf(page, subject, ids);
    let best = -1;
    points.forEach((p, i) => {
      if (!p) return;
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      const b = points[best];
      if (best < 0 || (b && d < Math.hypot(b.x - centre.x, b.y - centre.y))) best = i;
    });
    const select: { work: number; latency: number }[] = [];
    for (let i = 0; best >= 0 && i < SELECTIONS; i++) {
      select.push(await selection(page, subject, points[best]!));
      await clearSelection(page, subject);
    }
    const start = { x: canvas.x + canvas.width * 0.12, y: canvas.y + canvas.height * 0.45 };
    const pan = await frameTimes(page, async () => {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 300, start.y + 120, { steps: 60 });
      await page.mouse.up();
    });
    const zoom = await frameTimes(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 24; i++) {
        await page.mouse.wheel(0, i < 12 ? -120 : 120);
        await page.waitForTimeout(25);
      }
    });
    const heap = await heapAfterToggles(page, subject);
    return {
      drawn,
      filterWork: median(filter.map((f) => f.work)),
      filterLatency: median(filter.map((f) => f.latency)),
      selectWork: median(select.map((s) => s.work)),
      selectLatency: median(select.map((s) => s.latency)),
      panP50: percentile(pan, 50),
      panP95: percentile(pan, 95),
      zoomP50: percentile(zoom, 50),
      zoomP95: percentile(zoom, 95),
      heap,
      jsBytes,
      errors,
    };
  } catch (error) {
    return { failed: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await context.close();
  }
}

async function main() {
  console.log(smoke ? 'Benchmark smoke run' : 'Benchmark run');
  await buildAll();
  mkdirSync(resolve(OUT, 'graphs'), { recursive: true });
  const sets = [
    { name: 'default', label: 'default graph (12 / 23)', file: (await defaultGraph()) as unknown },
    ...graphs(),
  ].filter((set) => !GRAPHS || GRAPHS.includes(set.name));
  for (const set of sets)
    writeFileSync(resolve(OUT, 'graphs', `${set.name}.json`), JSON.stringify(set.file));
  const server = await serve(APP_DIST, OUT, PORT);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  const rows: Row[] = [];
  // The default graph's row, when this run measures it: the look's reference line compares to it.
  let defaults: Row | undefined;
  try {
    // The reader's pages of the default graph (no interaction), when a run measures them.
    let reader: Partial<Record<ReaderPage, Measured>> = {};
    for (const set of sets) {
      const ids = (set.file as { actors: { id: string }[] }).actors.map((a) => a.id);
      const graphUrl = `/bench/graphs/${set.name}.json`;
      const timeout = smoke ? 60_000 : 240_000;
      const urls: Record<Subject, string> = {
        app: `${base}/?graph=${graphUrl}&lang=en`,
        bare: `${base}/bench/compare.html?subject=bare&graph=${graphUrl}`,
        sigma: `${base}/bench/compare.html?subject=sigma&graph=${graphUrl}`,
      };
      const subjects = (['app', 'bare', 'sigma'] as const).filter((s) => ONLY.includes(s));
      const loaded: Loaded<Measured>[] = [];
      for (const subject of subjects) {
        process.stdout.write(`  ${set.label}: ${subject} … `);
        const result = await measure(browser, subject, urls[subject], timeout, ids);
        loaded.push({ result, subject, url: urls[subject] });
        console.log('failed' in result ? `failed (${result.failed})` : 'measured');
      }
      // The default graph's further loads take turns with the reader's pages (the look's pages
      // only with bare's row, which they are compared to).
      const pages = set.name === 'default' ? readerPages(base, ONLY.includes('bare')) : [];
      if (pages.length > 0) {
        process.stdout.write(`  ${set.label}: ${pages.map((page) => page.name).join(', ')} … `);
        loaded.push(...(await loadEach(browser, pages, timeout)));
        console.log('measured');
      }
      process.stdout.write(`  ${set.label}: more loads, taking turns … `);
      const medians = await medianDrawn(loaded, browser, timeout, LOADS[set.name] ?? 1);
      console.log('done');
      const results: Record<Subject, Measured> = {
        app: { failed: 'not measured in this run' },
        bare: { failed: 'not measured in this run' },
        sigma: { failed: 'not measured in this run' },
      };
      subjects.forEach((subject, i) => (results[subject] = medians[i]!));
      pages.forEach((page, i) => (reader[page.name] = medians[subjects.length + i]!));
      const row = { graph: set.label, results };
      rows.push(row);
      if (set.name === 'default') defaults = row;
    }
    if (!defaults) {
      // A run without the default graph's row still measures the reader's visit and the embed.
      const pages = readerPages(base, false);
      const loaded = await loadEach(browser, pages, 60_000);
      const medians = await medianDrawn(loaded, browser, 60_000, LOADS.default ?? 1);
      reader = Object.fromEntries(pages.map((page, i) => [page.name, medians[i]!]));
    }
    const notMeasured = { failed: 'not measured in this run' } as const;
    const bundled = reader.bundled ?? notMeasured;
    const embed = reader.embed ?? notMeasured;
    const look = {
      styled: reader.styled ?? notMeasured,
      checked: reader.checked ?? notMeasured,
      bare: defaults?.results.bare ?? notMeasured,
    };
    const webgl = await probeWebgl(browser, base);
    const text = report({
      rows,
      embed,
      bundled,
      look,
      webgl,
      loads: {
        perGraph: sets.map((set) => `${set.label}: ${LOADS[set.name] ?? 1}`).join(', '),
        reader: LOADS.default ?? 1,
      },
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
        node: process.version,
        browser: browser.version(),
        date: new Date().toISOString().slice(0, 10),
      },
    });
    if (smoke) {
      const bad = text.match(/NaN|failed/g);
      console.log(text);
      if (bad) throw new Error(`smoke run: ${bad.length} figures missing`);
    } else {
      writeFileSync(REPORT, text + keptSections(REPORT));
      console.log(`wrote ${REPORT}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function probeWebgl(browser: Browser, base: string) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/compare.html?subject=bare&graph=/bench/graphs/default.json`);
  const info = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return debug
      ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL))
      : 'WebGL2 (renderer hidden)';
  });
  await page.close();
  return info;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

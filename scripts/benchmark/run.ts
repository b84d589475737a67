/**
 * `npm run bench`: Faultlines against a bare Cytoscape page and sigma.js + graphology on the same
 * seeded graphs, in one headless Chromium run, as ratios (GUIDE §6). Writes BENCHMARKS.md.
 * `npm run bench -- --smoke`: two small graphs, checks every figure is a number, writes nothing
 * to the repo — proof that the harness works, quick enough for the test suite.
 * The flags (options.ts), the graphs (graph-sets.ts), the build (build-pages.ts), one page's
 * measurement (measure.ts) and the repeated loads (loads.ts) live beside it; this file runs them.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { browserOwnRequests } from './browser-quiet.ts';
import { buildAll } from './build-pages.ts';
import { graphSets, type GraphSet } from './graph-sets.ts';
import { loadEach, medianDrawn, readerPages, type Loaded, type ReaderPage } from './loads.ts';
import { measure, probeWebgl, type Measured } from './measure.ts';
import { APP_DIST, keptSections, LOADS, ONLY, OUT, PORT, REPORT, smoke } from './options.ts';
import { report, type Row } from './report.ts';
import { serve } from './serve.ts';
import type { Subject } from './subjects.ts';

const notMeasured = { failed: 'not measured in this run' } as const;

/**
 * One graph: each subject measured in full, then (for the default graph) the reader's pages
 * loaded, then more loads of all of them taking turns.
 */
async function measureSet(browser: Browser, base: string, set: GraphSet) {
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
    app: notMeasured,
    bare: notMeasured,
    sigma: notMeasured,
  };
  subjects.forEach((subject, i) => (results[subject] = medians[i]!));
  const reader: Partial<Record<ReaderPage, Measured>> = {};
  pages.forEach((page, i) => (reader[page.name] = medians[subjects.length + i]!));
  const row: Row = { graph: set.label, results };
  return { row, reader };
}

/** A run without the default graph's row still measures the reader's visit and the embed. */
async function readerOnly(browser: Browser, base: string) {
  const pages = readerPages(base, false);
  const loaded = await loadEach(browser, pages, 60_000);
  const medians = await medianDrawn(loaded, browser, 60_000, LOADS.default ?? 1);
  return Object.fromEntries(pages.map((page, i) => [page.name, medians[i]!])) as Partial<
    Record<ReaderPage, Measured>
  >;
}

async function main() {
  console.log(smoke ? 'Benchmark smoke run' : 'Benchmark run');
  await buildAll();
  const sets = await graphSets();
  const server = await serve(APP_DIST, OUT, PORT);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  const rows: Row[] = [];
  const ownRequests = await browserOwnRequests(browser);
  if (ownRequests > 0)
    console.warn(
      `warning: a fresh browser window made ${ownRequests} chrome:// requests of its own; ` +
        'every figure of this run shares the CPU with them (see CHROMIUM_ARGS)',
    );
  // The default graph's row, when this run measures it: the look's reference line compares to it.
  let defaults: Row | undefined;
  try {
    // The reader's pages of the default graph (no interaction), when a run measures them.
    let reader: Partial<Record<ReaderPage, Measured>> = {};
    for (const set of sets) {
      const measured = await measureSet(browser, base, set);
      rows.push(measured.row);
      if (set.name === 'default') {
        defaults = measured.row;
        reader = measured.reader;
      }
    }
    if (!defaults) reader = await readerOnly(browser, base);
    const text = report({
      rows,
      embed: reader.embed ?? notMeasured,
      bundled: reader.bundled ?? notMeasured,
      look: {
        styled: reader.styled ?? notMeasured,
        checked: reader.checked ?? notMeasured,
        bare: defaults?.results.bare ?? notMeasured,
      },
      webgl: await probeWebgl(browser, base),
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
        ownRequests,
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

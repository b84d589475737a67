/** BENCHMARKS.md: machine, date, method and one table per graph, with ratios to both peers. */
import { FILTER_CHANGES, SELECTIONS, type Subject } from './subjects.ts';

type Figures = {
  drawn: number;
  /** The first frame with the graph painted (a build-time picture, or the canvas). */
  painted?: number | undefined;
  jsBytes: number;
  errors: string[];
  filterWork?: number;
  filterLatency?: number;
  selectWork?: number;
  selectLatency?: number;
  panP50?: number;
  panP95?: number;
  zoomP50?: number;
  zoomP95?: number;
  heap?: number;
};
export type Result = Figures | { failed: string };

export interface Row {
  graph: string;
  results: Record<Subject, Result>;
}

interface Report {
  rows: Row[];
  embed: Result;
  /** The full app with its bundled default graph (no fetch, no validation: the normal visit). */
  bundled: Result;
  /**
   * The load budget's floor, on the default graph: a bare Cytoscape page drawing Faultlines' own
   * look (`styled`), the same page checking the file with the app's validator first (`checked`),
   * and the bare page (`bare`) of the same run.
   */
  look: { styled: Result; checked: Result; bare: Result };
  webgl: string;
  /** How many loads each time to a drawn graph is the median of: "default graph (12 / 23): 7, …". */
  loads: { perGraph: string; reader: number };
  machine: {
    cpu: string;
    cores: number;
    memory: string;
    node: string;
    /** chrome:// requests a fresh window makes on its own (browser-quiet.ts); 0 when quiet. */
    ownRequests: number;
    browser: string;
    date: string;
  };
}

const METRICS: { key: keyof Figures; label: string; unit: string }[] = [
  { key: 'drawn', label: 'Time to a drawn graph', unit: 'ms' },
  { key: 'filterWork', label: `Filter change: work (median of ${FILTER_CHANGES})`, unit: 'ms' },
  { key: 'filterLatency', label: 'Filter change: to the painted frame', unit: 'ms' },
  { key: 'selectWork', label: `Selection: work (median of ${SELECTIONS})`, unit: 'ms' },
  { key: 'selectLatency', label: 'Selection: press to the painted frame', unit: 'ms' },
  { key: 'panP50', label: 'Pan frame, p50', unit: 'ms' },
  { key: 'panP95', label: 'Pan frame, p95', unit: 'ms' },
  { key: 'zoomP50', label: 'Zoom frame, p50', unit: 'ms' },
  { key: 'zoomP95', label: 'Zoom frame, p95', unit: 'ms' },
  { key: 'heap', label: 'JS heap after 20 filter toggles', unit: 'MB' },
  { key: 'jsBytes', label: 'JS downloaded (gzip)', unit: 'KB' },
];

function value(result: Result, key: keyof Figures): number {
  if ('failed' in result) return NaN;
  const v = result[key];
  if (typeof v !== 'number') return NaN;
  return key === 'jsBytes' ? v / 1024 : v;
}

const show = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : 'NaN');
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';

function table(row: Row): string {
  const { app, bare, sigma } = row.results;
  const lines = [
    `### ${row.graph}`,
    '',
    '| Figure | Faultlines | bare Cytoscape | sigma.js | ÷ Cytoscape | ÷ sigma |',
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const m of METRICS) {
    const [a, b, s] = [value(app, m.key), value(bare, m.key), value(sigma, m.key)];
    lines.push(
      `| ${m.label} (${m.unit}) | ${show(a)} | ${show(b)} | ${show(s)} | ${ratio(a, b)} | ${ratio(a, s)} |`,
    );
  }
  for (const [subject, result] of Object.entries(row.results)) {
    if ('failed' in result) lines.push('', `${subject} failed: ${result.failed}`);
    else if (result.errors.length > 0)
      lines.push('', `${subject} page errors: ${result.errors.join('; ')}`);
  }
  return lines.join('\n');
}

/** `bare`: the bare page's time on the same graph, when this run measured it. */
const loadLine = (what: string, result: Result, bare: number) =>
  'failed' in result
    ? `- ${what}: failed (${result.failed})`
    : `- ${what}: ${result.painted !== undefined && result.painted < result.drawn - 1 ? `first painted at ${show(result.painted)} ms${Number.isFinite(bare) ? ` (${ratio(result.painted, bare)} bare)` : ''}, live at` : 'drawn at'} ${show(result.drawn)} ms${Number.isFinite(bare) ? ` (${ratio(result.drawn, bare)} bare)` : ''}, ${show(result.jsBytes / 1024)} KB of JS (gzip)`;

export function report({ rows, embed, bundled, look, webgl, loads, machine }: Report): string {
  const styled = value(look.styled, 'drawn');
  const checked = value(look.checked, 'drawn');
  const bare = value(look.bare, 'drawn');
  const embedLine = [
    `The default graph as readers normally get it (no \`?graph=\` fetch, no validation; median of ${loads.reader} loads):`,
    '',
    loadLine('the full app (`/`)', bundled, bare),
    loadLine('the embed (`embed.html`; its picture paints before any script)', embed, bare),
    '',
    'What the look itself costs: a page like the bare one (it fetches the default graph file and',
    "draws it) but with Faultlines' stylesheet, elements, labels and font, and nothing else of the app:",
    `drawn at ${show(styled)} ms, ${ratio(styled, bare)} the bare page's ${show(bare)} ms (median of ${loads.reader} loads).`,
    '',
    "What the look and the validator cost: the same page, but passing the file through the app's",
    'validator before drawing it, as `?graph=` does (the app draws no file it has not checked):',
    `drawn at ${show(checked)} ms, ${ratio(checked, bare)} the bare page's (median of ${loads.reader} loads).`,
  ].join('\n');
  return `# Benchmarks

Written by \`npm run bench\` (scripts/benchmark/). One run, all subjects in the same headless
Chromium on the same machine: read the **ratios**, not the absolute numbers — machines here are
shared and noisy.

- Date: ${machine.date}
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}
- Browser: headless Chromium ${machine.browser}; WebGL: ${webgl} (software-rendered: WebGL
  figures say little about a real GPU)
- The browser's own pages: a fresh window made ${machine.ownRequests} chrome:// requests while idle
  (${machine.ownRequests === 0 ? 'quiet: the figures are the pages’' : 'not quiet: every figure shares the CPU with them'})

## Method

Subjects, on the same graph files (the default graph with its build-time positions; seeded
synthetic graphs with positions, scripts/lib/synthetic-graph.ts): **Faultlines** (the full app,
production build, the file given as \`?graph=\`: fetched, validated, indexed, drawn); **bare
Cytoscape** (one page: fetch, elements, preset positions, a minimal stylesheet); **sigma.js +
graphology** (the WebGL peer). Viewport 1280×860.

- *Time to a drawn graph*: navigation start → first render + two animation frames (Faultlines:
  its canvas's \`data-render-state="ready"\`); each load in a fresh browser context (nothing
  cached), the median of several loads (${loads.perGraph}). A graph's pages take turns (one
  load of each, then again; the default graph's together with the pages above), so that the
  machine's drift during a run falls on all of them alike.
- *Filter change*: hostile relations off or on. *Work*: the input's own task plus the next
  frame — the canvas drawing, then the page's style, layout and paint (the budget is 16 ms);
  *to the painted frame*: from the input to the end of that frame, which adds the wait for the
  frame to start (up to 16.7 ms).
- *Selection*: a real mouse click on the actor drawn nearest the middle (${SELECTIONS} times; cleared in
  between). *Work*: from the button's release (a click selects on release) to the end of the
  frame that first shows the selection (Faultlines: the evidence panel names the actor), less the
  wait for that frame; *press to the painted frame*: what the reader waits, from pressing the
  button, including what the press itself redraws.
- Budgets (issue 6): a filter change or selection within 16 ms on the default graph, 100 ms on
  5,000 / 20,000; time to a drawn graph within 1.25× bare Cytoscape's.
- *Pan / zoom frames*: requestAnimationFrame intervals during a real mouse drag (60 steps) and
  24 wheel steps; p50 and p95. 16.7 ms is the display's pace.
- *Heap*: after 20 filter toggles and a forced garbage collection (CDP).
- *JS downloaded*: every script response of the page, gzipped.

${embedLine}

## Results

${rows.map(table).join('\n\n')}
`;
}

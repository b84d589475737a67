/**
 * `npm run bench:editor` — the editor's speed on the Crocus article, in headless Chromium, with
 * the production build (`npx vite build` first, or `--app-dist <dir>` for another build):
 * accepting a suggestion, and a keystroke in the relation form, each from the input to the end
 * of the frame that shows it (budget: one frame, 16 ms of work); and opening the editor on a
 * 10,000-word article — pasted and started, then reopened from the stored drafts after a reload —
 * from the click to the end of the frame that shows its sentences (budget: one second). A
 * benchmark, not a test: timings vary with the machine's load; the figures go in BENCHMARKS.md.
 *
 * Each accept's main-thread CPU is measured too, in a second run of accepts under a Chrome trace
 * (main-thread.ts): the thread time the page spent, which the machine's other work does not
 * lengthen as it does the wall time (the trace's own cost is small but not nil, hence a run of
 * its own rather than the wall-time run traced).
 *
 * `--profile`: also writes a CPU profile of the accepts to tmp/editor-accept.cpuprofile (open it
 * in Chromium's DevTools, Performance panel) and prints the functions that took the most time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { serve } from './serve.ts';
import { cpuPerInput, startTrace } from './main-thread.ts';
import { END_OF_FRAME, median, percentile } from './subjects.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const DIST = resolve(option('--app-dist') ?? resolve(ROOT, 'dist'));
const PROFILE = process.argv.includes('--profile');
/** `--port <n>`: another port (two benchmarks on one machine). */
const PORT = Number(option('--port') ?? 4195);
/** `--no-open`: accepts and keystrokes only (A/B runs of those, without the long article). */
const OPEN = !process.argv.includes('--no-open');
const ACCEPTS = 12;
/** Accepts traced for their CPU (the Crocus article has some 46 suggestions: enough for both). */
const TRACED_ACCEPTS = 10;
const KEYS = 20;
const ARTICLE = readFileSync(resolve(ROOT, 'data/sources/crocus-2024-ar.txt'), 'utf8');
const OPENS = 3;
const LONG_WORDS = 10_000;

/** A 10,000-word article: the Crocus article's paragraphs again and again, each one numbered. */
function longArticle(): string {
  const paragraphs = ARTICLE.split(/\n\s*\n/).filter((p) => p.trim());
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < LONG_WORDS; i++) {
    const p = `(${i + 1}) ${paragraphs[i % paragraphs.length]!.trim()}`;
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

/**
 * Work of one input: from the input event to the end of the frame that first shows `done()`,
 * less the wait for that frame to start after the input's own work (as the main bench's
 * selection figure). `arm` is called when the page listens, and performs the input.
 */
async function measure(
  page: Page,
  input: 'click' | 'keydown',
  done: string,
  arm: () => Promise<void>,
  /** Everything from the input to that frame's end, the waits between too (opening an article). */
  whole = false,
): Promise<number> {
  // Listen first (the page may be slow to take the script: a busy machine, the profiler), and
  // only then perform the input, so that no input is missed and no run waits out the timer.
  await page.evaluate(
    ([input, done, whole]) => {
      window.__measured = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('nothing shown within 20 s')), 20_000);
        const shown = new Function(`return (${done})`) as () => boolean;
        let started = 0;
        let handled = 0;
        const begin = input === 'click' ? 'pointerup' : 'keydown';
        document.addEventListener(begin, () => (started = performance.now()), {
          once: true,
          capture: true,
        });
        // After the page's own listeners (registered later, on window, bubbling): the end of
        // the input's own work, renders React flushed within it included.
        window.addEventListener(
          input === 'click' ? 'click' : 'input',
          () => queueMicrotask(() => (handled = performance.now())),
          { once: true },
        );
        const check = (frame: number) => {
          if (!started || !shown()) return void requestAnimationFrame(check);
          __endOfFrame((painted) => {
            clearTimeout(timer);
            const wait = whole ? 0 : Math.max(0, frame - (handled || started));
            resolve(painted - started - wait);
          });
        };
        requestAnimationFrame(check);
      });
    },
    [input, done, whole] as const,
  );
  await arm();
  return page.evaluate(() => window.__measured!);
}

declare global {
  var __measured: Promise<number> | undefined;
}

async function openDraft(page: Page) {
  await page.goto(`http://127.0.0.1:${PORT}/edit.html?lang=en`);
  await page.getByTestId('article-text').fill(ARTICLE);
  await page.getByTestId('article-title').fill('Crocus');
  await page.getByTestId('article-submit').click();
  await page.getByTestId('review-item').first().waitFor({ timeout: 60_000 });
  await page
    .locator('[data-testid="graph-canvas"][data-render-state="ready"]')
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
}

async function accepts(page: Page, count = ACCEPTS): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    // The previous accept saved first: the save's status (and, from the 20th change, the backup
    // reminder) may change the header's height and move the queue under the pointer.
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    const before = await page.getByTestId('review-item').count();
    const button = page.getByTestId('review-item').first().getByTestId('accept');
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    out.push(
      await measure(
        page,
        'click',
        `document.querySelectorAll('[data-testid="review-item"]').length === ${before - 1}`,
        () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ),
    );
    await page.waitForTimeout(250);
  }
  return out;
}

/** Keystrokes in the relation form (`open`: open the form first, on the first suggestion). */
async function keystrokes(page: Page, count = KEYS, open = true): Promise<number[]> {
  const field = page.getByTestId('translation-en');
  if (open) {
    await page.getByTestId('review-item').first().getByTestId('edit').click();
    await field.click();
  }
  await page.waitForTimeout(300);
  const out: number[] = [];
  const text = 'Russia says the suspects';
  for (let i = 0; i < count; i++) {
    const char = text[i % text.length]!;
    const expected = (await field.inputValue()) + char;
    out.push(
      await measure(
        page,
        'keydown',
        `document.querySelector('[data-testid="translation-en"]').value === ${JSON.stringify(expected)}`,
        () => page.keyboard.type(char),
      ),
    );
    await page.waitForTimeout(60);
  }
  return out;
}

/**
 * From the click on `button` to the end of the frame in which the article's sentences are shown
 * (their list drawn, the first sentence on screen).
 */
const SENTENCES_SHOWN = `(() => {
  const s = document.querySelector('[data-testid="sentence"]');
  return !!s && s.getBoundingClientRect().height > 0;
})()`;

/** Opening a 10,000-word article: pasted and started; then its draft reopened after a reload. */
async function opens(page: Page): Promise<{ pasted: number[]; reopened: number[] }> {
  const text = longArticle();
  const pasted: number[] = [];
  const reopened: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/edit.html?lang=en`);
    await page.getByTestId('article-text').fill(text);
    await page.getByTestId('article-title').fill(`Long ${i + 1}`);
    const submit = page.getByTestId('article-submit');
    pasted.push(await measure(page, 'click', SENTENCES_SHOWN, () => submit.click(), true));
    // Saved (autosave writes within 100 ms of the first change; the assistant's reading is one).
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await page.goto(`http://127.0.0.1:${PORT}/edit.html?lang=en`);
    const draft = page
      .getByTestId('draft')
      .filter({ hasText: `Long ${i + 1}` })
      .getByRole('button');
    await draft.waitFor();
    await page.waitForTimeout(300);
    reopened.push(await measure(page, 'click', SENTENCES_SHOWN, () => draft.click(), true));
  }
  return { pasted, reopened };
}

/** The functions with the most self time in a CPU profile, with where they are. */
function hottest(profile: {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]!));
  const byFrame = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

const words = longArticle().split(/\s+/).length;

const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms`;

const server = await serve(DIST, resolve(ROOT, 'dist-bench'), PORT);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.addInitScript(END_OF_FRAME);
  // tsx names the functions it compiles through a helper the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await openDraft(page);
  const cdp = await page.context().newCDPSession(page);
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const accepted = await accepts(page);
  if (PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
    writeFileSync(resolve(ROOT, 'tmp/editor-accept.cpuprofile'), JSON.stringify(profile));
    for (const [name, ms] of hottest(profile as never))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
  const stopTrace = await startTrace(cdp);
  await accepts(page, TRACED_ACCEPTS);
  const cpu = cpuPerInput(await stopTrace(), 'pointerup');
  const typed = await keystrokes(page);
  const stopKeysTrace = await startTrace(cdp);
  await keystrokes(page, KEYS, false);
  const keysCpu = cpuPerInput(await stopKeysTrace(), 'keydown');
  const opened = OPEN ? await opens(page) : undefined;
  console.log(
    `Editor, Crocus article (load average ${loadavg()[0]!.toFixed(1)}; budget: one frame, 16 ms of work)`,
  );
  console.log(`accepting a suggestion (${ACCEPTS}): ${fmt(accepted)}`);
  console.log(
    `main-thread CPU of an accept, to its frame painted (${cpu.length}, traced): ${fmt(cpu.map((c) => c.total))}; ` +
      `of it style, layout and prepaint ${median(cpu.map((c) => c.layout)).toFixed(1)} ms, ` +
      `paint and commit ${median(cpu.map((c) => c.paint)).toFixed(1)} ms (medians)`,
  );
  console.log(`a keystroke in the relation form (${KEYS}): ${fmt(typed)}`);
  console.log(
    `main-thread CPU of a keystroke, to its frame painted (${keysCpu.length}, traced): ${fmt(keysCpu.map((c) => c.total))}`,
  );
  if (opened) {
    console.log(
      `${words}-word article pasted, to its sentences shown (${OPENS}): ${fmt(opened.pasted)}`,
    );
    console.log(
      `${words}-word draft reopened after a reload, to its sentences (${OPENS}): ${fmt(opened.reopened)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

/**
 * How each subject is measured in the page (GUIDE §6). The app is read through what a reader
 * sees (the canvas's data-render-state, the filter checkbox, the evidence title) plus the test
 * hook for where an actor is drawn; the comparison pages through window.__bench (pages/common.ts).
 */
import type { Page } from '@playwright/test';

export type Subject = 'app' | 'bare' | 'sigma';

export const CANVAS: Record<Subject, string> = {
  app: '[data-testid="graph-canvas"]',
  bare: '#cy',
  sigma: '#cy',
};

/**
 * The end of the frame being drawn: called from an animation-frame callback, `then` runs once the
 * frame's other callbacks (the canvas drawing), style, layout and paint are done — a message
 * posted from the callback arrives after them. Installed in every measured page.
 */
export const END_OF_FRAME = `
  globalThis.__endOfFrame = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  };
`;

declare global {
  var __endOfFrame: (then: (painted: number) => void) => void;
}

/** Records when the app's canvas says it is drawn; installed before any page script runs. */
export const RECORD_APP_READY = `
  new MutationObserver((_, observer) => {
    const canvas = document.querySelector('[data-testid="graph-canvas"][data-render-state="ready"]');
    if (canvas && window.__appReadyAt === undefined) {
      window.__appReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-render-state'] });
  // The first frame that shows the graph at all: a build-time picture (the embed's, the app
  // page's) or the drawn canvas, whichever comes first — checked in every frame from the start.
  // Pictures in a first-paint shell the page did not choose (data-fl-first: 'none' for a
  // graph= page) are skipped without measuring them: measuring forces a layout in every frame,
  // which would slow the very page being timed.
  const painted = () => {
    const first = document.documentElement.dataset.flFirst;
    const shown = [...document.querySelectorAll(
      '.fl-static-picture svg, [data-testid="graph-canvas"][data-render-state="ready"]',
    )].some((el) => {
      const shell = el.closest('[data-fl-shell]');
      if (shell && first !== undefined && shell.getAttribute('data-fl-shell') !== first) return false;
      return el.getBoundingClientRect().width > 0 && el.checkVisibility();
    });
    if (shown) __endOfFrame((at) => { if (window.__appPaintedAt === undefined) window.__appPaintedAt = at; });
    else requestAnimationFrame(painted);
  };
  requestAnimationFrame(painted);
`;

/** When the app's first frame with the graph painted ended (RECORD_APP_READY records it). */
export async function waitPainted(page: Page, timeout: number): Promise<number> {
  const read = () => (window as unknown as { __appPaintedAt?: number }).__appPaintedAt;
  await page.waitForFunction(read, undefined, { timeout, polling: 100 });
  return page.evaluate(read) as Promise<number>;
}

export async function waitDrawn(page: Page, subject: Subject, timeout: number): Promise<number> {
  const read =
    subject === 'app'
      ? () => (window as unknown as { __appReadyAt?: number }).__appReadyAt
      : () => window.__bench?.readyAt;
  await page.waitForFunction(read, undefined, { timeout, polling: 100 });
  return page.evaluate(read) as Promise<number>;
}

/** Filter changes (off, on, …) and clicks on an actor per measured page; their medians are reported. */
export const FILTER_CHANGES = 6;
/** The first click is cold (the panels' code not yet compiled): the median of several. */
export const SELECTIONS = 5;

/**
 * One filter change (hostile relations off or on). `work`: the input's own task plus the next
 * frame — the canvas drawing in its animation-frame callbacks, then the page's style, layout and
 * paint (to the end of the frame, END_OF_FRAME); `latency`:
 * from the input to the end of that frame, which also counts the wait for the frame to start.
 */
export async function filterChange(
  page: Page,
  subject: Subject,
  hidden: boolean,
): Promise<{ work: number; latency: number }> {
  const target =
    subject === 'app'
      ? await page.getByTestId('tension-filter').getByLabel('Hostile').elementHandle()
      : null;
  return page.evaluate(
    ({ input, off }) =>
      new Promise<{ work: number; latency: number }>((resolve) => {
        const start = performance.now();
        if (!input) window.__bench!.setHidden(2, off);
        else if ((input as HTMLInputElement).checked === off) (input as HTMLInputElement).click();
        const handled = performance.now();
        requestAnimationFrame((frame) =>
          __endOfFrame((painted) =>
            // The frame's time stamp may precede the end of a long input task: count from
            // whichever is later.
            resolve({
              work: painted - start - Math.max(0, frame - handled),
              latency: painted - start,
            }),
          ),
        );
      }),
    { input: target, off: hidden },
  );
}

/** Where each actor is drawn, in page coordinates (null when not on the canvas). */
export function pointsOf(page: Page, subject: Subject, ids: string[]) {
  return page.evaluate(
    ({ ids, subject }) =>
      ids.map((id) =>
        subject === 'app'
          ? (window.__faultlines?.pointOf(id) ?? null)
          : (window.__bench?.pointOf(id) ?? null),
      ),
    { ids, subject },
  );
}

/**
 * A real click on an actor, measured like a filter change: `work` runs from the button's release
 * (a click selects on release) to the end of the frame that first shows the selection, less the
 * wait for that frame to start; `latency`, from the press to that frame, is what the reader
 * waits, including whatever the press itself redraws (Cytoscape marks the pressed node active).
 */
export async function selection(
  page: Page,
  subject: Subject,
  point: { x: number; y: number },
): Promise<{ work: number; latency: number }> {
  const measured = page.evaluate(
    (subject) =>
      new Promise<{ work: number; latency: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no selection within 20 s')), 20_000);
        const shown = () =>
          subject === 'app'
            ? !!document.querySelector('[data-testid="evidence-title"]')
            : window.__bench?.selectedId !== undefined;
        let pressed = 0;
        let released = 0;
        let handled = 0;
        document.addEventListener('pointerdown', () => (pressed = performance.now()), {
          once: true,
          capture: true,
        });
        document.addEventListener('pointerup', () => (released = performance.now()), {
          once: true,
          capture: true,
        });
        // Registered after the subject's own listeners, so it runs after them (and, through the
        // microtask, after the renders they scheduled): the end of the input's own work.
        window.addEventListener(
          'click',
          () => queueMicrotask(() => (handled = performance.now())),
          { once: true },
        );
        const check = (frame: number) => {
          if (!released || !shown()) return void requestAnimationFrame(check);
          __endOfFrame((painted) => {
            clearTimeout(timer);
            resolve({
              work: painted - released - Math.max(0, frame - (handled || released)),
              latency: painted - pressed,
            });
          });
        };
        requestAnimationFrame(check);
      }),
    subject,
  );
  await page.waitForTimeout(50);
  await page.mouse.click(point.x, point.y);
  return measured;
}

/** Back to no selection (the app: the evidence panel's close button), ready for the next click. */
export async function clearSelection(page: Page, subject: Subject) {
  if (subject === 'app') {
    await page.locator('[data-testid="evidence-panel"] .fl-close').click();
    await page.getByTestId('evidence-title').waitFor({ state: 'detached' });
  } else await page.evaluate(() => void (window.__bench!.selectedId = undefined));
  await page.waitForTimeout(300);
}

/** Frame intervals (ms) recorded by requestAnimationFrame while `gesture` runs. */
export async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: number[]) => percentile(values, 50);

// @vitest-environment happy-dom
/**
 * The embed's height reports (GUIDE §4), in a DOM: every change of #root's height reaches the
 * host, through a ResizeObserver (the only thing that sees a layout change), and a timer posts
 * once more for frames the browser does not paint yet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportHeight } from './height-reports.ts';

/** A ResizeObserver the test fires by hand (happy-dom lays nothing out). */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve() {}
  disconnect() {
    this.observed = [];
  }
}

/** Fires every observer watching `el`, as the browser does after a layout change. */
function resized(el: Element) {
  for (const o of FakeResizeObserver.all)
    if (o.observed.includes(el)) o.callback([], o as unknown as ResizeObserver);
}

let height = 0;
let root: HTMLElement;
const posted: unknown[] = [];
const host = { postMessage: (m: unknown) => posted.push(m) };

beforeEach(() => {
  vi.useFakeTimers();
  FakeResizeObserver.all = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // Framed: the parent is the host page, not this window.
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host as unknown as Window);
  root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  vi.spyOn(root, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
  posted.length = 0;
});

afterEach(() => {
  root.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const heights = () =>
  posted.flatMap((m) =>
    (m as { type?: string }).type === 'faultlines:height' ? [(m as { height: number }).height] : [],
  );

describe('height reports', () => {
  it('posts the first height at once, in all three dialects', () => {
    height = 480.2;
    reportHeight('ours');
    expect(heights()).toEqual([481]);
    expect(posted).toContainEqual({ 'datawrapper-height': { ours: 481 } });
    expect(posted).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: 481 });
  });

  it('posts again each time the root changes height, and only then', () => {
    height = 400;
    reportHeight('ours');
    height = 520;
    resized(root);
    resized(root); // the same height again: nothing new to say
    height = 610;
    resized(root);
    expect(heights()).toEqual([400, 520, 610]);
  });

  it('reports a height that changed before the browser painted the frame, from a timer', () => {
    height = 300;
    reportHeight('ours');
    height = 350; // no resize callback: an off-screen frame is not painted
    vi.advanceTimersByTime(400);
    expect(heights()).toEqual([300, 350]);
  });

  it('stops when told to', () => {
    height = 300;
    const stop = reportHeight('ours');
    stop();
    height = 700;
    resized(root);
    vi.advanceTimersByTime(400);
    expect(heights()).toEqual([300]);
  });

  it('posts again when WordPress’s host script says it is ready, for that secret only', () => {
    height = 300;
    reportHeight('ours', 'Ab12Cd34Ef');
    const ready = (data: unknown, source: unknown = host) =>
      window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
    ready({ message: 'ready', secret: 'Ab12Cd34Ef' });
    ready({ message: 'ready', secret: 'someoneElse' });
    ready({ message: 'ready', secret: 'Ab12Cd34Ef' }, window); // not from the host page
    const wordpress = posted.filter((m) => (m as { message?: string }).message === 'height');
    expect(wordpress).toEqual([
      { message: 'height', value: 300, secret: 'Ab12Cd34Ef' },
      { message: 'height', value: 300, secret: 'Ab12Cd34Ef' },
    ]);
  });

  it('says nothing when not framed', () => {
    vi.spyOn(window, 'parent', 'get').mockReturnValue(window);
    height = 300;
    reportHeight('ours');
    expect(posted).toEqual([]);
  });
});

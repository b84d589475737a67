/**
 * Layout of a large graph without freezing the page: in a Web Worker (layout.worker.ts), with
 * progress and cancel. Where no worker can start (an old browser, a policy that forbids it) the
 * same layout runs on the main thread in short slices, yielding between them, with the same
 * progress and cancel.
 */
import type { Graph } from '../model/graph.ts';
import { createForceLayout } from '../model/force-layout.ts';
import type { Point } from '../model/layout.ts';

/** From this many actors the stress layout (O(n³)) takes longer than a reader should wait. */
export const BACKGROUND_LAYOUT_ACTORS = 150;

export function needsBackgroundLayout(graph: Graph): boolean {
  return graph.actors.length >= BACKGROUND_LAYOUT_ACTORS;
}

export interface BackgroundOptions {
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

function toInput(graph: Graph) {
  const index = new Map(graph.actors.map((a, i) => [a.id, i]));
  const edges = new Uint32Array(graph.relations.length * 2);
  graph.relations.forEach((r, j) => {
    edges[2 * j] = index.get(r.source) ?? 0;
    edges[2 * j + 1] = index.get(r.target) ?? 0;
  });
  // Actors the file places stay where they are; the others are laid out around them.
  const fixed = new Float64Array(graph.actors.length * 2).fill(NaN);
  graph.actors.forEach((a, i) => {
    if (!a.position) return;
    fixed[2 * i] = a.position.x;
    fixed[2 * i + 1] = a.position.y;
  });
  return { count: graph.actors.length, edges, fixed };
}

function toPositions(graph: Graph, flat: Float64Array): Map<string, Point> {
  return new Map(graph.actors.map((a, i) => [a.id, { x: flat[2 * i]!, y: flat[2 * i + 1]! }]));
}

const aborted = () => new DOMException('The layout was cancelled', 'AbortError');

let nextId = 1;

function inWorker(graph: Graph, worker: Worker, options: BackgroundOptions): Promise<Float64Array> {
  const id = nextId++;
  const input = toInput(graph);
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.postMessage({ type: 'cancel', id });
      worker.terminate();
      reject(aborted());
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent) => {
      if (data?.id !== id) return;
      if (data.type === 'progress') options.onProgress?.(Number(data.value));
      if (data.type === 'done') {
        options.signal?.removeEventListener('abort', stop);
        worker.terminate();
        resolve(data.positions as Float64Array);
      }
    };
    worker.onerror = (event) => {
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'the layout worker failed'));
    };
    worker.postMessage({ type: 'start', id, ...input }, [input.edges.buffer, input.fixed.buffer]);
  });
}

/** The main-thread fallback: ~12 ms of work, then a yield so the page stays responsive. */
async function inSlices(graph: Graph, options: BackgroundOptions): Promise<Float64Array> {
  const layout = createForceLayout(toInput(graph));
  while (!layout.done) {
    if (options.signal?.aborted) throw aborted();
    const until = performance.now() + 12;
    let value: number;
    do value = layout.step(1);
    while (!layout.done && performance.now() < until);
    options.onProgress?.(value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (options.signal?.aborted) throw aborted();
  return layout.positions();
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export async function layoutInBackground(
  graph: Graph,
  options: BackgroundOptions = {},
): Promise<Map<string, Point>> {
  if (options.signal?.aborted) throw aborted();
  const worker = startWorker();
  let flat: Float64Array;
  if (!worker) flat = await inSlices(graph, options);
  else {
    try {
      flat = await inWorker(graph, worker, options);
    } catch (error) {
      // A worker that could not run (blocked by policy, failed to load) → the main thread.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      flat = await inSlices(graph, options);
    }
  }
  return toPositions(graph, flat);
}

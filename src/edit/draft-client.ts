/**
 * Asks the drafting assistant, in its worker (draft.worker.ts), to read a text. Answers are cached
 * per text, options and list of actors, so the article view and the actors list share one reading.
 * Where no worker can start, the reading runs here, a frame after the sentences have shown.
 */
import type { Draft, DraftOptions } from '../draft/index.ts';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (d: Draft) => void; reject: (e: Error) => void }>();
const cache = new Map<string, Promise<Draft>>();
const CACHE_SIZE = 8;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<{ id: number; draft?: Draft; error?: string }>) => {
      const w = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.draft) w?.resolve(data.draft);
      else w?.reject(new Error(data.error ?? 'the drafting assistant failed'));
    };
    worker.onerror = () => {
      // A worker that cannot run (blocked by a policy): read on the main thread from now on.
      worker = null;
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.reject(new Error('worker failed'));
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

async function onMainThread(text: string, options: DraftOptions): Promise<Draft> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const { draft } = await import('../draft/index.ts');
  return draft(text, options);
}

function ask(text: string, options: DraftOptions): Promise<Draft> {
  const w = startWorker();
  if (!w) return onMainThread(text, options);
  const id = ++next;
  return new Promise<Draft>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, text, options });
  }).catch(() => onMainThread(text, options));
}

/** The assistant's reading of `text` against the draft's actors (cached). */
export function readText(text: string, options: DraftOptions, actorsKey: string): Promise<Draft> {
  const key = `${options.lang}\u0000${options.published ?? ''}\u0000${actorsKey}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const promise = ask(text, options);
  cache.set(key, promise);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  promise.catch(() => cache.delete(key));
  return promise;
}

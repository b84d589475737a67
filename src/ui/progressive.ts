/**
 * What an interaction shows in its own frame, and what may follow in the next (BENCHMARKS.md):
 *
 * - Long lists in two steps: the first few items with the interaction that asks for them, the
 *   rest in a task after the next frame. An actor's evidence can run to dozens of relations and
 *   quotes; rendering and laying them all out before the frame is what kept a click on a busy
 *   actor from answering within one. The reader sees the top of the list at once, and the rest is
 *   there before they could scroll to it.
 * - Views beside the graph (the article, the table) a frame behind it: a filter change or a
 *   selection redraws the graph and its evidence first.
 */
import { useEffect, useRef, useState } from 'react';
import type { Visibility } from '../model/filter.ts';
import { useAppStore } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import type { Selection } from '../store/view.ts';

/**
 * Items in the first step: about what the panel shows above the fold on a laptop or a phone (an
 * actor's heading, then its first relation with its quotes).
 */
export const FIRST_STEP = 1;
/**
 * Browsers pause animation frames in hidden and off-screen frames (an embed further down the
 * article): the rest then comes after this long anyway.
 */
const LATEST_MS = 120;

/**
 * How many of `total` items to render now. `key` names the list (an actor's relations, say):
 * a new key starts again with the first items; once a list is whole it stays whole while its
 * key stays, so a filter change never shrinks a list the reader is looking at, even for a frame.
 */
export function useProgressive(total: number, key: string, first = FIRST_STEP): number {
  const [shown, setShown] = useState({ key, whole: false });
  let whole = shown.whole;
  if (shown.key !== key) {
    // Another list: start again with its first items (React's "adjust state on a new prop").
    whole = false;
    setShown({ key, whole });
  }
  const waiting = !whole && total > first;
  useEffect(() => {
    if (!waiting) return;
    return afterNextPaint(() => setShown((s) => (s.key === key ? { key, whole: true } : s)));
  }, [key, waiting]);
  return whole ? total : Math.min(first, total);
}

/**
 * `live` as the previous painted frame showed it, and `live` itself from the task after the
 * next frame: for the views beside the graph (the article, the table) that may follow a filter
 * change or a selection a frame later, so that the graph and its evidence answer within one.
 * Values compare one by one (Object.is); while one is behind, later changes join the same wait.
 */
export function useAfterPaint<const T extends readonly unknown[]>(live: T): T {
  const [painted, setPainted] = useState(live);
  const behind = live.some((value, i) => !Object.is(value, painted[i]));
  const latest = useRef(live);
  useEffect(() => {
    latest.current = live;
  });
  useEffect(() => {
    if (!behind) return;
    return afterNextPaint(() => setPainted(latest.current));
  }, [behind]);
  return behind ? painted : live;
}

/**
 * The selection and what the filters show, a frame behind the graph (useAfterPaint): what the
 * article and the table draw.
 */
export function useViewAfterPaint(): { selection: Selection | null; visibility: Visibility } {
  const graph = useAppStore((s) => s.graph);
  const liveSelection = useAppStore((s) => s.selection);
  const liveFilters = useAppStore((s) => s.filters);
  const [selection, filters] = useAfterPaint([liveSelection, liveFilters]);
  // Filters a frame old on a newly opened graph still make a valid view of it, for that frame.
  return { selection, visibility: selectVisibility({ graph, filters }) };
}

/**
 * Runs `fn` once, in a task after the next frame has been painted (or after LATEST_MS where the
 * browser paints no frames), so that its work does not delay what the interaction shows.
 * Returns the cancel.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  let soon: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (soon = setTimeout(once)));
  const late = setTimeout(once, LATEST_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(soon);
    clearTimeout(late);
  };
}

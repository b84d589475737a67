/**
 * Work a frame behind: what the author acted on is drawn in the frame of the click or the
 * keystroke, and work that only follows from it (the check, the canvas) in the next. React's
 * `useDeferredValue` renders again in a task that still runs before that first frame is painted.
 */
import { useEffect, useState } from 'react';

/**
 * Runs `fn` once the next frame has been painted; returns a cancel. The animation frame callback
 * runs just before the frame is painted; a task queued from it runs after.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** A store as zustand's: its state now, and a call at each change. */
interface Followed<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

/**
 * What `select` takes from a store, a frame behind the store. The component does not redraw
 * at the change itself (as it would, only to schedule the later redraw, were it subscribed to
 * the value): it follows the store outside React, and redraws once the frame that shows the
 * change has been painted. `select` must be the same function from render to
 * render (one defined outside the component).
 */
export function useStoreAfterPaint<S, T>(store: Followed<S>, select: (state: S) => T): T {
  const [shown, setShown] = useState(() => select(store.getState()));
  useEffect(() => {
    let cancel = () => {};
    const follow = () => {
      cancel();
      cancel = afterPaint(() => setShown(() => select(store.getState())));
    };
    // A change between the first render and this effect is caught up with too.
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store, select]);
  return shown;
}

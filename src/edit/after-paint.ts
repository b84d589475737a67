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

/** A value a frame behind. */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}

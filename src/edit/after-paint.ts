/**
 * A value a frame behind: what the author acted on is drawn in the frame of the click or the
 * keystroke, and work that only follows from it (the check, the canvas) in the next. React's
 * `useDeferredValue` renders again in a task that still runs before that first frame is painted.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The animation frame callback runs just before the frame is painted; a task queued from
    // it runs after.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShown(() => value))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

/**
 * `react-dom/client` in the embed pages' build, which runs the React source on Preact
 * (vite.config.ts aliases it here; everything else gets React's): Preact's createRoot, with
 * effects run when React would run them.
 *
 * React runs the effects of a render caused by an input event (a click, a key) before the next
 * frame; Preact runs all effects after it. Our code counts on the former: the evidence panel
 * moves focus to the new title in an effect, while a flag raised by the same click or key is up,
 * and a requestAnimationFrame lowers it — after Preact's frame the flag is down, focus stays on
 * the button the render removed, and Escape and Tab no longer reach the panel. So effects run as
 * soon as the render is done (a microtask): still after the DOM is updated, never in the middle
 * of a render.
 */
import { options } from 'preact';

export { createRoot, hydrateRoot } from 'preact/compat/client';

options.requestAnimationFrame = (flush) => queueMicrotask(flush);

/**
 * The embed's height, reported to its host (GUIDE §4) from the first paint on — before the
 * interactive bundle loads — so the host sizes the iframe once, to the static picture's height,
 * which the interactive embed keeps. Tiny on purpose: it is in the embed's first script.
 */
import { heightMessages } from './host-messages.ts';

/** Posts the height of #root whenever it changes; returns a stop function. */
export function reportHeight(id: string, secret: string | null = null): () => void {
  const host = window.parent;
  if (host === window) return () => {}; // not framed: nobody to talk to
  let last = -1;
  const root = document.getElementById('root');
  const post = () => {
    const height = Math.ceil(
      root?.getBoundingClientRect().height ?? document.documentElement.scrollHeight,
    );
    if (height === last || !Number.isFinite(height) || height <= 0) return;
    last = height;
    for (const message of heightMessages(id, height, secret)) host.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  if (root) observer.observe(root);
  post();
  // Browsers pause rendering (and resize observers) in off-screen frames; a timer still runs,
  // so a host gets the height before the reader scrolls to the embed.
  const early = setTimeout(post, 300);
  return () => {
    observer.disconnect();
    clearTimeout(early);
  };
}

/**
 * The embed's height, reported to its host (GUIDE §4) from the first paint on — before the
 * interactive bundle loads — so the host sizes the iframe once, to the static picture's height,
 * which the interactive embed keeps. Tiny on purpose: it is in the embed's first script.
 */
import { heightMessages } from './host-messages.ts';

/**
 * Posts the height of #root whenever it changes; returns a stop function. With WordPress's
 * secret, also when WordPress's host script says it is `ready` (`{ message: 'ready', secret }`):
 * it loads at the end of the post, often after the embed's first height went unheard, and keeps
 * the iframe hidden behind its blockquote until the embed speaks.
 */
export function reportHeight(id: string, secret: string | null = null): () => void {
  const host = window.parent;
  if (host === window) return () => {}; // not framed: nobody to talk to
  let last = -1;
  const root = document.getElementById('root');
  const post = (again = false) => {
    const height = Math.ceil(
      root?.getBoundingClientRect().height ?? document.documentElement.scrollHeight,
    );
    if ((height === last && !again) || !Number.isFinite(height) || height <= 0) return;
    last = height;
    for (const message of heightMessages(id, height, secret)) host.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post());
  if (root) observer.observe(root);
  post();
  const onReady = (event: MessageEvent) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source === host && data?.message === 'ready' && data.secret === secret) post(true);
  };
  if (secret) window.addEventListener('message', onReady);
  // Browsers pause rendering (and resize observers) in off-screen frames; a timer still runs,
  // so a host gets the height before the reader scrolls to the embed.
  const early = setTimeout(post, 300);
  return () => {
    observer.disconnect();
    clearTimeout(early);
    window.removeEventListener('message', onReady);
  };
}

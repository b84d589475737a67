/**
 * Links out of an embed in a sandboxed iframe. Sandboxed with `allow-scripts` alone (WordPress's
 * oEmbed iframes), a frame may open no window and navigate no other: a link's `target="_blank"`
 * does nothing. In WordPress, the host script follows `{ message: 'link', value, secret }` to
 * the iframe's own host, so with a secret the click becomes that message; without one, links
 * aim at the top window (`_top`), which a sandbox granting `allow-top-navigation-by-user-activation`
 * lets through. An embed that is not sandboxed keeps its links as they are.
 */
export const isOpaqueOrigin = () => window.origin === 'null';

export function followLinksOut(root: HTMLElement, secret: string | null): void {
  if (window.parent === window || !isOpaqueOrigin()) return;
  root.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target !== '_blank') return;
      if (!/^https?:$/.test(link.protocol)) return;
      if (secret) {
        event.preventDefault();
        window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
      } else link.target = '_top';
    },
    true,
  );
}

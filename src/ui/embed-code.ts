/** The code a newsroom pastes: the iframe for the current view and the height listener. */
import type { Graph } from '../model/graph.ts';

/**
 * The graphs an embed can show: the one this site ships (embed.html carries it). A file the reader
 * opened, or one named by `graph=`, is not — an embed of it would show the shipped graph instead.
 */
const embeddable = new WeakSet<Graph>();
export const markEmbeddable = (graph: Graph) => void embeddable.add(graph);
export const isEmbeddable = (graph: Graph) => embeddable.has(graph);

/**
 * The embed's page: embed.html, or embed-ar.html for Arabic — each shows a picture of the graph in
 * its language before any script runs (vite.config.ts). `/?embed=1` works too, without the picture.
 */
export function embedUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  const page = url.searchParams.get('lang') === 'ar' ? 'embed-ar.html' : 'embed.html';
  url.pathname = new URL(page, url).pathname;
  url.searchParams.delete('graph'); // an embed shows its built-in graph
  url.searchParams.set('embed', '1');
  url.searchParams.set('id', id);
  return url.toString();
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The listener matches the message's source to this iframe, accepts only a finite height within
 * bounds, and never navigates. It is plain ES5 so it runs in any CMS.
 */
export function embedCode(src: string, id: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" data-faultlines="${attr(id)}" loading="lazy" style="width:100%;border:0;height:640px"></iframe>
<script>
(function () {
  var id = ${JSON.stringify(id)};
  window.addEventListener('message', function (event) {
    var frame = document.querySelector('iframe[data-faultlines="' + id + '"]');
    var data = event.data;
    if (!frame || event.source !== frame.contentWindow || !data || data.type !== 'faultlines:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 120 || height > 6000) return;
    frame.style.height = Math.round(height) + 'px';
  });
})();
</script>`;
}

export function newEmbedId(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return `fl-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * An embed page that is not framed is the page the reader is looking at: its interactive code is
 * wanted at once. This inline script, just after the embed's first script in <head> (allowed by
 * its hash in the page's CSP), asks for that code as soon as the head is parsed, so it downloads
 * and compiles while the picture paints; the first script runs it after the first frame
 * (src/app/embed-main.ts). A framed embed — perhaps far down an article — asks for nothing here:
 * its first script waits until the frame nears the reader's viewport.
 *
 * The bundle's name is read from the first script's `data-live`, beside its `src` (which moves
 * with the page: src/publish/pages.ts relocate), so the text, and its hash, never change.
 */
export const EMBED_PRELOAD_SCRIPT =
  "(function(){var m=document.querySelector('script[data-live]');" +
  'if(window.parent!==window||!m||!m.src)return;' +
  "var l=document.createElement('link');l.rel='preload';l.as='script';" +
  "l.href=new URL(m.getAttribute('data-live'),m.src).href;document.head.appendChild(l)})()";

/** Its hash, for the CSP's script-src (checked against the script by publish.test.ts). */
export const EMBED_PRELOAD_HASH = "'sha256-rjSkgWvTe5non0rVC9/RIWqBgUFRNswqQlmnDo3Sy9o='";

/**
 * Which build-time shell of the app's page (src/app/first-paint-markup.tsx) is the first paint —
 * chosen before the body is parsed, so that the page paints the right one or none, never the
 * wrong one first.
 */

/**
 * Runs in <head>, before the body is parsed (an inline script, allowed by its hash in the page's
 * CSP): says which shell the address asks for on <html data-fl-first>. Only a plain address, or
 * one with a known `lang` and nothing else, gets a picture — any other parameter (a filter, a
 * selection, a focus, `graph=`, `embed=1`, a bad value and its notice) would make the live view
 * differ from it.
 */
export const FIRST_PAINT_SCRIPT =
  '(function(){var d=document.documentElement,q=new URLSearchParams(location.search),' +
  "l=q.get('lang')||'en',n=0;q.forEach(function(v,k){if(k!=='lang')n++});" +
  "var f=n||(l!=='en'&&l!=='ar')?'none':l;d.setAttribute('data-fl-first',f);" +
  "if(f==='ar'){d.lang='ar';d.dir='rtl'}})()";

/** Its hash, for the CSP's script-src (checked against the script by publish.test.ts). */
export const FIRST_PAINT_HASH = "'sha256-V6oWTZpZ4U/26kZk8nj1r2Uy0NNp1AHQ/0yXAuxrTSA='";

/** The id of a shell's picture: the app's entry hands its markup to the live canvas. */
export const appPictureId = (lang: 'en' | 'ar') => `fl-static-picture-${lang}`;

/** The embed's picture: the live embed takes its markup (src/app/embed-boot.tsx). */
export const EMBED_PICTURE_ID = 'fl-static-picture';

/**
 * The pages' stylesheets, inlined at build. A stylesheet link blocks the first frame until the
 * file has arrived: the picture of the graph (and the whole first paint) waited for it. Inlined,
 * the page paints as soon as its HTML is parsed (BENCHMARKS.md). Each `<style>` is admitted by
 * its hash in the page's CSP (src/publish/csp.ts), so no other inline style runs.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { inlineStyles, withCspMeta } from '../../src/publish/csp.ts';

/** A `<style>`'s text as CSP hashes it. */
export const styleHash = (css: string) =>
  `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)"\s*\/?>/g;

/**
 * Each `<link rel="stylesheet" href="./…css">` of a root page replaced by the file's text, its
 * relative `url()`s made relative to the page, and the page's policy admitting exactly its styles.
 * `read`: a built file's text by its root-relative path.
 */
export function inlineStylesheets(html: string, read: (path: string) => string): string {
  const inlined = html.replace(LINK, (_, path: string) => {
    const css = read(path).replace(
      /url\((?!data:)(["']?)([^)"']+)\1\)/g,
      (m, q: string, url: string) =>
        /^([a-z]+:|\/)/i.test(url) ? m : `url(${q}./${posix.join(posix.dirname(path), url)}${q})`,
    );
    if (css.includes('</style')) throw new Error(`${path} cannot be inlined: it has "</style"`);
    // The disabled link loads nothing; it tells Vite's loader of lazy chunks, which adds a chunk's
    // stylesheet unless the page links it (and waits for it), that this one is there already.
    return `<style>${css.trim()}</style>\n    <link rel="stylesheet" href="./${path}" disabled />`;
  });
  return withCspMeta(inlined, inlineStyles(inlined).map(styleHash));
}

/**
 * The Content-Security-Policy every built page runs under, and the header files for hosts that
 * take them. The policy travels with the files as a `<meta>` (a plain static host sends no header,
 * and an injected inline script must still not run); `frame-ancestors` only works as a header, so
 * it is in the header files alone (a `<meta>` carrying it makes Chromium log an error).
 */

import { FIRST_PAINT_HASH } from './first-paint.ts';

/**
 * The fetch directives: no inline script but the app page's first-paint chooser (by its hash), no
 * eval; `connect-src` admits `graph=<url>` files. `styleHashes`: the page's own <style> elements
 * (its critical CSS, inlined at build so the picture paints without waiting for a stylesheet:
 * scripts/build/inline-styles.ts), and no other inline style.
 */
export function cspDirectives(styleHashes: readonly string[] = []): string[] {
  return [
    "default-src 'self'",
    `script-src 'self' ${FIRST_PAINT_HASH}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' https: http:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/** A page with no inline style (the editor's). */
export const CSP_DIRECTIVES = cspDirectives();

/** `*` lets any article frame the graph; a site that embeds only on its own pages lists them. */
export const FRAME_ANCESTORS = 'frame-ancestors *';

/**
 * The policy as a header (what `vite preview` and the header files send). A header is written
 * once for a host and must not break when the folder is rebuilt, but the hashes of a page's
 * inlined CSS change with every change of the CSS: so the header admits inline styles, and each
 * page's own `<meta>` policy — which a browser enforces as well, so only what both allow loads —
 * admits exactly its own by hash. Every page this project writes carries that `<meta>`.
 */
export const CSP = cspDirectives()
  .map((d) => (d.startsWith('style-src ') ? `${d} 'unsafe-inline'` : d))
  .concat(FRAME_ANCESTORS)
  .join('; ');

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

export const cspMeta = (styleHashes: readonly string[] = []) =>
  `<meta http-equiv="Content-Security-Policy" content="${cspDirectives(styleHashes).join('; ')}" />`;

/**
 * Puts the policy at the top of <head> (after the charset), before anything it governs. A page
 * that has one keeps it, unless `styleHashes` are given: then its policy admits those.
 */
export function withCspMeta(html: string, styleHashes?: readonly string[]): string {
  if (META.test(html)) return styleHashes ? html.replace(META, () => cspMeta(styleHashes)) : html;
  const meta = cspMeta(styleHashes);
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
  return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}

/** The text of each `<style>` element of a page (the build writes them without attributes). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
}

/** One year, immutable: files under assets/ are named by their content's hash. */
const HASHED = 'public, max-age=31536000, immutable';
/** Pages, graph files and oEmbed files keep their names when they change: revalidate. */
const PAGES = 'public, max-age=300, must-revalidate';

/**
 * Netlify and Cloudflare Pages read `_headers` at the root of the uploaded folder.
 * `assets/*` also gets `Access-Control-Allow-Origin: *`: not needed by the embed pages (they need
 * no CORS), but `/?embed=1` and a host that prefetches modules from another origin do.
 */
export function netlifyHeaders(): string {
  return [
    '# Faultlines: headers for Netlify and Cloudflare Pages (upload this file with the folder).',
    '/*',
    `  Content-Security-Policy: ${CSP}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `  Cache-Control: ${PAGES}`,
    '/assets/*',
    `  Cache-Control: ${HASHED}`,
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}

/** An nginx snippet: `include` it inside the `location` that serves the folder. */
export function nginxSnippet(prefix = '/'): string {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return [
    '# Faultlines: include inside the server block that serves the folder, e.g.',
    '#   include /etc/nginx/snippets/faultlines.conf;',
    `# Change ${base} below if the folder is served at another path.`,
    `location ${base} {`,
    `    add_header Content-Security-Policy "${CSP}" always;`,
    '    add_header X-Content-Type-Options nosniff always;',
    `    add_header Cache-Control "${PAGES}" always;`,
    '    types { application/json json; image/svg+xml svg; font/woff2 woff2; }',
    '}',
    `location ${base}assets/ {`,
    `    add_header Cache-Control "${HASHED}" always;`,
    '    add_header Access-Control-Allow-Origin * always;',
    '}',
    '',
  ].join('\n');
}

/** S3's CORS configuration (JSON, as the console and `aws s3api put-bucket-cors` take it). */
export function s3Cors(): string {
  const rules = {
    CORSRules: [
      {
        AllowedOrigins: ['*'],
        AllowedMethods: ['GET', 'HEAD'],
        AllowedHeaders: ['*'],
        MaxAgeSeconds: 86400,
      },
    ],
  };
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** The header files, by their path in the built folder. */
export function hostingFiles(): Record<string, string> {
  return {
    _headers: netlifyHeaders(),
    'hosting/nginx.conf': nginxSnippet(),
    'hosting/s3-cors.json': s3Cors(),
  };
}

/**
 * The embed's font as stylesheets with the font files inside (data: URLs). In an iframe sandboxed
 * without `allow-same-origin` every font request is a CORS request, which a plain static host
 * refuses (and the browser reports as an error); a font inside a stylesheet needs no request.
 * One stylesheet per script subset: the page's own language's is linked in its <head> (the
 * picture's labels need it at first paint), the other's is added by the embed's first script.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ROOT } from './graphs.ts';

const PACKAGE = resolve(ROOT, 'node_modules/@fontsource/ibm-plex-sans-arabic');
export const SUBSETS = ['latin', 'arabic'] as const;
export type Subset = (typeof SUBSETS)[number];

async function faces(subset: Subset): Promise<string> {
  const rules = await Promise.all(
    ['400', '600'].map(async (weight) => {
      const css = await readFile(resolve(PACKAGE, `${subset}-${weight}.css`), 'utf8');
      const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(css)?.[1];
      if (!woff2) throw new Error(`no woff2 in ${subset}-${weight}.css`);
      const data = (await readFile(resolve(PACKAGE, 'files', woff2))).toString('base64');
      // Only the woff2 (every browser that runs the embed reads it), inline.
      return css.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`);
    }),
  );
  return rules.join('\n');
}

/** `assets/embed/fonts-<subset>-<hash>.css` → its text, for each subset. */
export async function inlineFontFiles(): Promise<Record<Subset, { name: string; css: string }>> {
  const out = {} as Record<Subset, { name: string; css: string }>;
  for (const subset of SUBSETS) {
    const css = await faces(subset);
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
    out[subset] = { name: `fonts-${subset}-${hash}.css`, css };
  }
  return out;
}

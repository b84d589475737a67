/**
 * What a test asks of a published graph folder (`npm run publish`, the editor's zip): it holds
 * the files its pages load and nothing else — no editor chunk, no file that no other file names —
 * and every file its pages and their files refer to is there. Written apart from the build's own
 * closure (src/publish/references.ts) so that each checks the other: this one reads references
 * as the browser would meet them (a page's src and href, a script's relative imports and its
 * data attributes, a stylesheet's url()).
 */

/** Path → content, as the folder is on disk (root-relative paths, '/' separated). */
export type Folder = Record<string, string | Uint8Array>;

const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);
const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Relative references to built files in a page, script or stylesheet of the folder. */
function references(path: string, content: string): string[] {
  const refs: string[] = [];
  const add = (ref: string, from = dirOf(path)) => {
    if (/^(?:[a-z]+:|\/\/|#|\/)/i.test(ref)) return; // absolute: not the folder's
    refs.push(new URL(ref, `https://folder.test/${from}`).pathname.slice(1));
  };
  if (path.endsWith('.html')) {
    for (const [, ref] of content.matchAll(/\s(?:src|href)="([^"]+)"/g)) add(ref!);
    // The embed's first script names its siblings, resolved against its own address.
    for (const [, src, attrs] of content.matchAll(/<script[^>]*\ssrc="([^"]+)"([^>]*)>/g))
      for (const [, ref] of attrs!.matchAll(/data-(?:live|fonts)="([^"]+)"/g))
        add(ref!, dirOf(new URL(src!, `https://folder.test/${dirOf(path)}`).pathname.slice(1)));
  } else if (/\.(m?js|css)$/.test(path)) {
    for (const [, ref] of content.matchAll(/["'`(]\.\/([\w.-]+\.(?:m?js|css|woff2?))["'`)]/g))
      add(`./${ref}`);
    for (const [, ref] of content.matchAll(/url\(["']?(\.\/[^)"']+)["']?\)/g)) add(ref!);
    // A worker's URL, made at run time from its bare name.
    for (const [, ref] of content.matchAll(/new URL\(`([\w.-]+\.js)`/g)) add(ref!);
  }
  return refs.filter((r) => !r.endsWith('.html') && !r.endsWith('.json') && r !== '');
}

export interface FolderReport {
  /** Referenced by a page or one of its files, but not in the folder. */
  missing: string[];
  /** In the folder, but named by none of its other files. */
  unreferenced: string[];
  /** The editor's code (its entry, drafting, its publish kit), which no reader's page loads. */
  editor: string[];
}

/** `own`: the folder's own files that nothing needs to name (its pages, graph, header files). */
export function checkFolder(folder: Folder, own: (path: string) => boolean): FolderReport {
  const paths = Object.keys(folder);
  const texts = Object.fromEntries(
    paths
      .filter((p) => /\.(html|m?js|css|json|txt|svg)$/.test(p))
      .map((p) => [p, text(folder[p]!)]),
  );
  const missing = new Set<string>();
  for (const [path, content] of Object.entries(texts))
    for (const ref of references(path, content))
      if (!(ref in folder)) missing.add(`${path} → ${ref}`);
  const unreferenced = paths.filter(
    (p) =>
      !own(p) &&
      !Object.entries(texts).some(([other, content]) => other !== p && content.includes(baseOf(p))),
  );
  const editor = paths.filter((p) =>
    /(?:^|\/)(?:edit(?!-playground)|editor-entry|draft)[\w.-]*\.(?:js|css)$/.test(p),
  );
  return { missing: [...missing], unreferenced, editor };
}

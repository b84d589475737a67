/**
 * The built files a set of pages loads: the scripts and stylesheets their HTML names, and from
 * those, every chunk, worker, stylesheet and font they name in turn. The published folder of a
 * graph carries these and nothing else (not the editor's chunks, which a reader's pages never
 * load). Pure: given the texts, it follows names; Node (the build) and tests call it.
 *
 * Built names carry a content hash, so a file's name in another file's text is a reference to it.
 * Vite writes references relative to the referring file ("./engine-x.js", "url(./font.woff2)",
 * "./assets/main-x.js" in a page) or as a bare name resolved at run time against the script's
 * own address (a worker's `new URL("layout.worker-x.js", …)`, the embed page's `data-live`).
 */

export interface BuiltFile {
  path: string;
  /** The text of a file that can name others (HTML, JS, CSS, JSON, SVG); null for a font. */
  text: string | null;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const NAME_CHAR = /[A-Za-z0-9_.\-/]/;

/** `ref` (e.g. "./x.js", "../a/x.js", "x.js") read from a file in `dir`, as a root-relative path. */
function resolvePath(dir: string, ref: string): string {
  const parts = dir.split('/').filter(Boolean);
  for (const part of ref.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every file of `files` that `pages` load, directly or through other files of `files`, as
 * root-relative paths in a stable order. `pages` are read as if at the folder's root.
 */
export function referencedFiles(pages: readonly string[], files: readonly BuiltFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const byName = new Map<string, string[]>();
  for (const f of files)
    byName.set(baseOf(f.path), [...(byName.get(baseOf(f.path)) ?? []), f.path]);
  // Longest first, so that a name inside a longer one never matches in its place.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const pattern = new RegExp(names.map(escape).join('|'), 'g');

  const found = new Set<string>();
  const queue: { dir: string; text: string }[] = pages.map((text) => ({ dir: '', text }));
  for (let item = queue.shift(); item; item = queue.shift()) {
    for (const match of item.text.matchAll(pattern)) {
      let start = match.index;
      while (start > 0 && NAME_CHAR.test(item.text[start - 1]!)) start--;
      const prefix = item.text.slice(start, match.index);
      // "xengine-a1.js" is another name that ends like this one, not a reference to it.
      if (prefix !== '' && !prefix.endsWith('/')) continue;
      const exact = resolvePath(item.dir, prefix + match[0]);
      const candidates = byName.get(match[0]) ?? [];
      // A bare name resolved against something else than the referring file (a script's own
      // address, named in a data attribute): the file of that name beside it, or anywhere.
      const targets = byPath.has(exact)
        ? [exact]
        : candidates.filter((p) => dirOf(p) === item.dir).length > 0
          ? candidates.filter((p) => dirOf(p) === item.dir)
          : candidates;
      for (const target of targets) {
        if (found.has(target)) continue;
        found.add(target);
        const text = byPath.get(target)?.text;
        if (text) queue.push({ dir: dirOf(target), text });
      }
    }
  }
  return [...found].sort();
}

/** A published folder as one zip (fflate: small, maintained, runs in the browser and Node). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Files } from './folder.ts';

/** `folder`: the name of the folder the zip unpacks to ('' for none). */
export function zipFiles(files: Files, folder = ''): Uint8Array {
  const tree: Zippable = {};
  const prefix = folder ? `${folder.replace(/\/+$/, '')}/` : '';
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = typeof content === 'string' ? strToU8(content) : content;
    // Images, fonts and scripts already compressed or small: store what does not shrink.
    const stored = /\.(png|woff2?)$/.test(path);
    tree[`${prefix}${path}`] = [bytes, { level: stored ? 0 : 6 }];
  }
  return zipSync(tree, { mtime: new Date('2024-01-01T00:00:00Z') });
}

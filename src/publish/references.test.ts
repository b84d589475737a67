import { describe, expect, it } from 'vitest';
import { referencedFiles, type BuiltFile } from './references.ts';

/** A small built site: the app, the embed, and the editor's files beside them. */
const FILES: BuiltFile[] = [
  { path: 'assets/main-a1.js', text: 'import("./engine-b2.js");import"./en-c3.css";' },
  {
    path: 'assets/engine-b2.js',
    text: 'new Worker(new URL(`layout.worker-d4.js`,import.meta.url))',
  },
  { path: 'assets/layout.worker-d4.js', text: 'postMessage(1)' },
  { path: 'assets/en-c3.css', text: '@font-face{src:url(./plex-e5.woff2)}' },
  { path: 'assets/plex-e5.woff2', text: null },
  { path: 'assets/embed/embed-main-f6.js', text: 'document.currentScript.dataset.live' },
  { path: 'assets/embed/embed-live-g7.js', text: 'new URL(`layout.worker-d4.js`,s.src)' },
  { path: 'assets/embed/layout.worker-d4.js', text: 'postMessage(2)' },
  // The editor's: its page is not among those published, and no reader's file names them.
  { path: 'assets/edit-h8.js', text: 'import("./draft.worker-i9.js");import("./engine-b2.js")' },
  { path: 'assets/draft.worker-i9.js', text: '' },
  { path: 'favicon.svg', text: '<svg/>' },
];
const APP =
  '<link rel="icon" href="./favicon.svg"><script type="module" src="./assets/main-a1.js">';
// It also names a file that is not in the build, whose name ends like one that is.
const EMBED =
  '<script defer src="./assets/embed/embed-main-f6.js" data-live="embed-live-g7.js"></script>' +
  '<link rel="prefetch" href="./assets/oldmain-a1.js">';

describe('referencedFiles', () => {
  it('follows the pages through chunks, workers, stylesheets and fonts', () => {
    expect(referencedFiles([APP], FILES)).toEqual([
      'assets/en-c3.css',
      'assets/engine-b2.js',
      'assets/layout.worker-d4.js',
      'assets/main-a1.js',
      'assets/plex-e5.woff2',
      'favicon.svg',
    ]);
  });

  it("finds the embed's live bundle by its bare name, and its own worker beside it", () => {
    expect(referencedFiles([EMBED], FILES)).toEqual([
      'assets/embed/embed-live-g7.js',
      'assets/embed/embed-main-f6.js',
      'assets/embed/layout.worker-d4.js',
    ]);
  });

  it("leaves out the editor's files and names that only end like a reference", () => {
    const kept = referencedFiles([APP, EMBED], FILES);
    expect(kept).not.toContain('assets/edit-h8.js');
    expect(kept).not.toContain('assets/draft.worker-i9.js');
    expect(kept).toHaveLength(9);
    expect(referencedFiles([EMBED], FILES)).not.toContain('assets/main-a1.js');
  });
});

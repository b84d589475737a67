import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testGraphFile } from '../model/test-graph.ts';
import { CSP, CSP_DIRECTIVES, hostingFiles, withCspMeta } from './csp.ts';
import { embedSnippets, publishFolder } from './folder.ts';
import { prepareGraph } from './prepare.ts';
import { parsePublicUrl } from './public-url.ts';
import { jsonScript } from './html.ts';
import { oembedFor } from './oembed.ts';
import { appPage, MARKERS, relocate } from './pages.ts';
import { zipFiles } from './zip.ts';
import { FIRST_PAINT_HASH, FIRST_PAINT_SCRIPT } from './first-paint.ts';
import { FIRST_PAINT as firstPaint } from '../app/first-paint-markup.tsx';

/** Templates shaped like the built ones: markers and relative asset URLs. */
const page = (lang: string, script: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="UTF-8" /><title>x</title>` +
  `<link rel="stylesheet" href="./assets/a.css" />${MARKERS.head}</head><body>` +
  `<div id="root">${MARKERS.picture}</div>${MARKERS.data}<script src="./assets/${script}.js"></script></body></html>`;
const kit = {
  templates: {
    app: page('en', 'app'),
    embed: page('en', 'embed'),
    'embed-ar': page('ar', 'embed'),
  },
  assets: { 'assets/a.css': new Uint8Array([1, 2, 3]) },
};

describe('publishing a graph', () => {
  it('writes its pages, graph file, preview, oEmbed files and embed code', () => {
    const result = publishFolder(testGraphFile(), kit, {
      firstPaint,
      publicUrl: 'https://news.example/g/x/',
    });
    if (!result.ok) throw new Error('not published');
    const names = Object.keys(result.files).sort();
    for (const name of [
      'index.html',
      'embed.html',
      'embed-ar.html',
      'oembed.json',
      'oembed-ar.json',
      'preview.svg',
      'embed-code.txt',
      '_headers',
      'assets/a.css',
    ])
      expect(names).toContain(name);
    const graph = testGraphFile();
    expect(names).toContain(`${graph.id}.json`);
    const embedAr = result.files['embed-ar.html'] as string;
    // The picture in Arabic, every quote for readers without scripts, the graph as data.
    expect(embedAr).toContain('lang="ar" dir="rtl"');
    for (const r of graph.relations) for (const e of r.evidence) expect(embedAr).toContain(e.quote);
    expect(embedAr).toContain('<script type="application/json" id="fl-graph">');
    expect(embedAr).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://news.example/g/x/oembed-ar.json"',
    );
    expect(result.files['embed-code.txt']).toContain('https://news.example/g/x/embed.html?embed=1');
  });

  it('links the app to the editor only where the folder has one', () => {
    const site = (html: string) =>
      JSON.parse(html.match(/<script type="application\/json" id="fl-site">(.*?)<\/script>/s)![1]!);
    const published = publishFolder(testGraphFile(), kit, { firstPaint });
    if (!published.ok) throw new Error('not published');
    // A published graph's folder has no edit.html: no "Make a graph" link that goes nowhere.
    expect(site(published.files['index.html'] as string)).toEqual({ editor: null });
    const prepared = prepareGraph(testGraphFile());
    if (!prepared.ok) throw new Error('not prepared');
    const template = kit.templates.app.replace(MARKERS.picture, MARKERS.app);
    const built = (dir: string) =>
      appPage(template, {
        prepared: prepared.prepared,
        firstPaint,
        dir,
        filesDir: dir,
        editor: true,
      });
    expect(site(built(''))).toEqual({ editor: './edit.html' });
    const nested = built('graphs/x/');
    expect(site(nested)).toEqual({ editor: '../../edit.html' });
    expect(nested).toContain('fl-edit-link');
    const without = appPage(template, {
      prepared: prepared.prepared,
      firstPaint,
      dir: '',
      filesDir: '',
    });
    expect(without).not.toContain('fl-edit-link');
  });

  it('never publishes a graph that does not pass the validator', () => {
    const bad = testGraphFile();
    bad.relations[0]!.evidence[0]!.quote = 'words that are in no source';
    const result = publishFolder(bad, kit, { firstPaint });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toMatch(/^relations\[0\]\.evidence\[0\]/);
  });

  it('zips the folder so that it unpacks to the same files', () => {
    const result = publishFolder(testGraphFile(), kit, { firstPaint });
    if (!result.ok) throw new Error('not published');
    const unzipped = unzipSync(zipFiles(result.files, 'my-graph'));
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(result.files)
        .map((n) => `my-graph/${n}`)
        .sort(),
    );
    expect(strFromU8(unzipped['my-graph/embed.html']!)).toBe(result.files['embed.html']);
    expect(unzipped['my-graph/assets/a.css']).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('the code to paste', () => {
  it('gives the English and the Arabic embed each its own id, so both can share an article', () => {
    const prepared = prepareGraph(testGraphFile());
    if (!prepared.ok) throw new Error('not prepared');
    const { en, ar, url } = embedSnippets(prepared.prepared, {
      dir: '',
      publicUrl: 'https://news.example/g/x/',
    });
    const id = (code: string) => /data-faultlines="([^"]+)"/.exec(code)?.[1];
    const listens = (code: string) => /var id = "([^"]+)"/.exec(code)?.[1];
    expect(id(en)).not.toBe(id(ar));
    // Each listener sizes its own iframe, and each iframe reports under its own id.
    expect(listens(en)).toBe(id(en));
    expect(listens(ar)).toBe(id(ar));
    expect(en).toContain(`embed.html?embed=1&amp;id=${id(en)}"`);
    expect(ar).toContain(`https://news.example/g/x/embed-ar.html?embed=1&amp;id=${id(ar)}"`);
    expect(url).toBe('https://news.example/g/x/');
  });

  it('takes only an http(s) address for the folder, with a trailing slash', () => {
    expect(parsePublicUrl('https://news.example/g/x')).toEqual({
      ok: true,
      url: 'https://news.example/g/x/',
    });
    expect(parsePublicUrl('  ')).toEqual({ ok: true, url: undefined });
    expect(parsePublicUrl('ftp://news.example/').ok).toBe(false);
    expect(parsePublicUrl('javascript:alert(1)').ok).toBe(false);
    expect(parsePublicUrl('news.example/g').ok).toBe(false);
  });
});

describe('pages that work at any path', () => {
  it('climb back up to the assets from a graph’s folder', () => {
    const html = relocate(page('en', 'app'), 'graphs/two/');
    expect(html).toContain('href="../../assets/a.css"');
    expect(html).toContain('src="../../assets/app.js"');
    expect(html).not.toContain('"./assets');
    expect(relocate(page('en', 'app'), '')).toContain('href="./assets/a.css"');
  });

  it('carry the CSP (fetch directives) first in <head>, frame-ancestors only in the headers', () => {
    const html = withCspMeta(page('en', 'app'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP_DIRECTIVES.join('; '));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
    expect(meta?.[1]).not.toContain('frame-ancestors');
    expect(hostingFiles()._headers).toContain('frame-ancestors *');
    expect(hostingFiles()._headers).toMatch(
      /\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/,
    );
  });

  it('admit their own inline CSS by hash in the page, and only the header (shared by rebuilds) admits any', () => {
    const css = 'body{font:1em x}';
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const html = withCspMeta(withCspMeta(page('en', 'app')), [hash]);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).toContain(`style-src 'self' ${hash};`);
    expect(withCspMeta(html)).toBe(html);
    expect(CSP).toContain("style-src 'self' 'unsafe-inline';");
    expect(CSP.replace("style-src 'self' 'unsafe-inline'", '')).not.toContain('unsafe-inline');
  });

  it('move inline CSS with the page, and hash it again there', () => {
    const css = '@font-face{src:url(./assets/f.woff2)}';
    const template = withCspMeta(
      page('en', 'app').replace('</head>', `<style>${css}</style></head>`),
    );
    const moved = relocate(template, 'graphs/x/');
    expect(moved).toContain('<style>@font-face{src:url(../../assets/f.woff2)}</style>');
    const prepared = prepareGraph(testGraphFile());
    if (!prepared.ok) throw new Error('not prepared');
    const o = { prepared: prepared.prepared, firstPaint, dir: 'graphs/x/', filesDir: 'graphs/x/' };
    const hashed = appPage(template, { ...o, styleHash: (c: string) => `'h:${c.length}'` });
    expect(hashed).toContain(`style-src 'self' 'h:${css.length + 4}';`);
    expect(() => appPage(template, o)).toThrow(/styleHash/);
    // At the root nothing moves: the template's policy stands (the editor's Publish).
    expect(appPage(template, { ...o, dir: '', filesDir: '' })).toContain(`<style>${css}</style>`);
  });

  it('let the app page’s first-paint chooser run, by its hash, and no other inline script', () => {
    const hash = (script: string) => createHash('sha256').update(script).digest('base64');
    expect(FIRST_PAINT_HASH).toBe(`'sha256-${hash(FIRST_PAINT_SCRIPT)}'`);
    expect(CSP_DIRECTIVES).toContain(`script-src 'self' ${FIRST_PAINT_HASH}`);
    expect(CSP_DIRECTIVES.join(' ')).not.toContain('unsafe-inline');
  });

  it('keep data blocks closed whatever the graph says', () => {
    const block = jsonScript('fl-graph', { label: '</script><script>alert(1)</script><!--' });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    const json = /<script[^>]*>(.*)<\/script>/.exec(block)![1]!;
    expect(JSON.parse(json)).toEqual({ label: '</script><script>alert(1)</script><!--' });
  });
});

describe('oEmbed', () => {
  it('is a rich oEmbed 1.0 with the iframe and thumbnail at absolute addresses', () => {
    const o = oembedFor(testGraphFile(), 'en', 'https://news.example/graphics/', 'graphs/t/');
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 600 });
    // WordPress loads its host script (which sizes the iframe) only after such a blockquote.
    expect(o.html).toMatch(
      /^<blockquote><a href="https:\/\/news\.example\/graphics\/graphs\/t\/">[^<]+<\/a><\/blockquote><iframe src="https:\/\/news\.example\/graphics\/graphs\/t\/embed\.html\?embed=1" title="[^"]+" width="100%" height="600"/,
    );
    const ar = oembedFor(testGraphFile(), 'ar', 'https://news.example/graphics/', 'graphs/t/');
    expect(ar.html).toMatch(
      /^<blockquote><a href="https:\/\/news\.example\/graphics\/graphs\/t\/\?lang=ar">/,
    );
    expect(o.thumbnail_url).toBe('https://news.example/graphics/graphs/t/preview.png');
    expect(o.height).toBeGreaterThanOrEqual(200);
    expect(o.height).toBeLessThanOrEqual(1000);
  });
});

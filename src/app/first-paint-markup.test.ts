import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { layoutGraph } from '../model/layout.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { FIRST_PAINT } from './first-paint-markup.tsx';

describe('the pages’ first paint, rendered from the live components', () => {
  const file = testGraphFile();
  file.title.en = 'Test <script>alert(1)</script>';
  const graph = indexGraph(file);
  const prepared = { id: file.id, file, graph, positions: layoutGraph(graph) };

  it('draws the embed in its language and direction, the picture named in the canvas’s place', () => {
    const en = FIRST_PAINT.embed(prepared, 'en');
    expect(en).toMatch(/^<div class="fl-app fl-embed" lang="en" dir="ltr"/);
    expect(en).toContain('&lt;script&gt;');
    expect(en).not.toContain('<script');
    expect(en).toMatch(/id="fl-static-picture" role="img" aria-label="Graph of the actors/);
    expect(en.match(/class="fl-actor"/g)).toHaveLength(graph.actors.length);
    const ar = FIRST_PAINT.embed(prepared, 'ar');
    expect(ar).toMatch(/^<div class="fl-app fl-embed" lang="ar" dir="rtl"/);
    expect(ar).toContain(`<h1 class="fl-embed-title">${file.title.ar}</h1>`);
    expect(ar).toContain('روسيا');
  });

  it('writes one app shell per language, each with its own picture and ids', () => {
    const html = FIRST_PAINT.app(prepared, [], null);
    expect(html.match(/<div class="fl-static-app" data-fl-shell="(en|ar)">/g)).toEqual([
      '<div class="fl-static-app" data-fl-shell="en">',
      '<div class="fl-static-app" data-fl-shell="ar">',
    ]);
    expect(html).toContain('id="fl-static-picture-en" role="img"');
    expect(html).toContain('id="fl-static-picture-ar" role="img"');
    expect(html).toContain('lang="ar" dir="rtl"');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    // No id twice in the page (React's own, useId, differ between the shells; so do the pictures').
    expect(ids.filter((id) => id.includes('fl-first-')).length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('carries nothing the pages’ CSP would block, and no test id a test could take for the live one', () => {
    for (const html of [
      FIRST_PAINT.embed(prepared, 'en'),
      FIRST_PAINT.embed(prepared, 'ar'),
      FIRST_PAINT.app(prepared, [], './edit.html'),
    ]) {
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/);
      expect(html).not.toContain('data-testid');
    }
  });
});

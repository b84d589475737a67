import { describe, expect, it } from 'vitest';
import { testGraphFile } from '../model/test-graph.ts';
import { staticGraphHtml } from './noscript.ts';

describe('the graph as static HTML', () => {
  it('lists every relation with its quotes and translations', () => {
    const g = testGraphFile();
    const html = staticGraphHtml(g);
    expect(html.match(/<li>/g)?.length).toBe(g.relations.length);
    for (const r of g.relations) for (const e of r.evidence) expect(html).toContain(e.quote);
    expect(html).toContain('Russia said on Saturday that the suspects came from Tajikistan.');
  });

  it('escapes hostile labels and quotes', () => {
    const g = testGraphFile();
    g.actors[0]!.name.en = '<img src=x onerror=alert(1)>';
    g.relations[0]!.summary.en = '</noscript><script>alert(1)</script>';
    const html = staticGraphHtml(g);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</noscript>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

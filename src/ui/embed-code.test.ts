import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed-code.ts';

describe('embed code', () => {
  it('points at the page with the picture in the view’s language, keeping the view', () => {
    const en = new URL(
      embedUrl('https://news.example/faultlines/?tension=1..2&graph=x.json', 'e1'),
    );
    expect(en.pathname).toBe('/faultlines/embed.html');
    expect(en.searchParams.get('tension')).toBe('1..2');
    expect(en.searchParams.get('graph')).toBeNull();
    expect(en.searchParams.get('embed')).toBe('1');
    expect(en.searchParams.get('id')).toBe('e1');
    const ar = new URL(embedUrl('https://news.example/?lang=ar&relation=r1', 'e2'));
    expect(ar.pathname).toBe('/embed-ar.html');
    expect(ar.searchParams.get('relation')).toBe('r1');
  });

  it('loads lazily and escapes what it is given', () => {
    const code = embedCode('https://x/embed.html?a=1&b="2"', 'e1', 'A <b>title</b>');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('src="https://x/embed.html?a=1&amp;b=&quot;2&quot;"');
    expect(code).not.toContain('<b>');
  });
});

import unhomoglyph from 'unhomoglyph';
import table from 'unhomoglyph/data.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { prototypes, skeleton } from './confusables.ts';

/**
 * `prototypes` replaces the package's function (a regular expression of every character, slow to
 * compile in a browser) with a lookup per code point: it must give the package's answer for every
 * character of the table, and leave everything else as it is.
 */
describe('prototypes', () => {
  const keys = Object.keys(table);

  it("maps every character of Unicode's table as the package does", () => {
    expect(keys.length).toBeGreaterThan(6000);
    const differ = keys.filter((k) => prototypes(k) !== unhomoglyph(k));
    expect(differ).toEqual([]);
    // All at once, and between other characters, so that no match spans two of them.
    const all = keys.join('');
    expect(prototypes(all)).toBe(unhomoglyph(all));
    const spaced = keys.join('·x');
    expect(prototypes(spaced)).toBe(unhomoglyph(spaced));
  });

  it('leaves characters outside the table, lone surrogates and Arabic text as they are', () => {
    for (const s of ['روسيا وطاجيكستان', 'Russia', '\ud835', 'a\udc00b', '😀 👍🏽', '', 'Армения'])
      expect(prototypes(s)).toBe(unhomoglyph(s));
  });

  it('is what the skeleton of a look-alike name is made of', () => {
    expect(skeleton('\u13aa\u13de\u13e2\u13bb\u13aa')).toBe(skeleton('ALPHA'));
    expect(skeleton('rn')).toBe(skeleton('m'));
  });
});

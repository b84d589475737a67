/**
 * Quote matching (GUIDE §3): a quote is a verbatim substring of its source; only canonical
 * Unicode equivalence (NFC) and runs of whitespace are forgiven. Compatibility look-alikes — a
 * presentation form, a ligature, a full-width letter — are other text, and are refused.
 */
import { describe, expect, it } from 'vitest';
import { parseGraph } from './parse.ts';
import { testGraphFile } from './test-graph.ts';
import { containsQuote, locateQuote, makeSearchable } from './text.ts';

const source = 'Le café « officiel » a fini. وتنفي طاجيكستان ذلك.';
/** Canonically equal to parts of the source: é decomposed (e + U+0301). */
const canonical = 'cafe\u0301';
/** Only compatibility-equal: the «fi» ligature, «ل» as a presentation form, full-width letters. */
const lookAlikes = ['a ﬁni', 'ذ\ufee0ك', 'ｃａｆé'];

describe('quote matching', () => {
  it('finds a canonically equal quote, and where it is in the printed text', () => {
    expect(containsQuote(makeSearchable(source), canonical)).toBe(true);
    expect(locateQuote(source, canonical)).toEqual([3, 7]);
    expect(source.slice(3, 7)).toBe('café');
  });

  it.each(lookAlikes)('refuses the compatibility look-alike %j', (quote) => {
    expect(containsQuote(makeSearchable(source), quote)).toBe(false);
    expect(locateQuote(source, quote)).toBeUndefined();
  });

  it('the loader accepts a decomposed letter and refuses a presentation form', () => {
    const g = testGraphFile();
    const evidence = g.relations[0]!.evidence[1]!;
    evidence.quote = 'وتنفي طاجيكستان ذلك.'.replace('ذلك', 'ذ\ufee0ك');
    const refused = parseGraph(g);
    expect(refused.ok).toBe(false);
    const h = testGraphFile();
    const first = h.relations[0]!.evidence[0]!;
    first.quote = first.quote.replace('إ', 'ا\u0655'); // alef + hamza below: «إ» decomposed
    expect(first.quote).not.toBe(testGraphFile().relations[0]!.evidence[0]!.quote);
    expect(parseGraph(h).ok).toBe(true);
  });
});

/**
 * Quote matching. A quote must be a verbatim substring of its source; the only differences
 * forgiven are Unicode normalisation (NFC) and runs of whitespace (GUIDE §3).
 */
export function foldText(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A source text prepared once for many quote look-ups. */
export interface SearchableText {
  readonly folded: string;
}

export function makeSearchable(text: string): SearchableText {
  return { folded: foldText(text) };
}

export function containsQuote(source: SearchableText, quote: string): boolean {
  const q = foldText(quote);
  return q.length > 0 && source.folded.includes(q);
}

/** Shortens long strings for messages, so a 100,000-character quote doesn't flood the screen. */
export function ellipsize(s: string, max = 60): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

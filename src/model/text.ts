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

/**
 * Bidi embedding/override/isolate controls and invisible characters let a name masquerade as
 * another ("\u202EaissuR" shown as "Russia", "Al\u00ADpha" as "Alpha") or hide inside one. Names lose
 * every default-ignorable character — soft hyphen, invisible operators, zero-width spaces, bidi
 * controls, fillers — except the joiners (U+200C, U+200D) that Persian and Indic names need.
 */
const HIDDEN_IN_NAMES = /(?![\u200c\u200d])\p{Default_Ignorable_Code_Point}/gu;
export function neutralizeName(s: string): string {
  return s.replace(HIDDEN_IN_NAMES, '');
}

/**
 * Embedding, override and isolate controls (U+202A–202E, U+2066–2069). Unterminated, one of them
 * reorders whatever follows it on the line — the app's own words included — so every data string
 * shown loses them (the marks U+200E, U+200F and U+061C, which only steer their neighbours, stay).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
export function neutralizeBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** Shortens long strings for messages, so a 100,000-character quote doesn't flood the screen. */
export function ellipsize(s: string, max = 60): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Where a quote sits in its source text, as [start, end) offsets into the original text. Exact
 * matches are found directly; otherwise the search runs on the folded text (NFC, whitespace runs
 * as one space) and maps back, so offsets always point into the text as printed.
 */
export function locateQuote(text: string, quote: string): [number, number] | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0 && quote.length > 0) return [exact, exact + quote.length];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (/\s/u.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      inSpace = false;
      const norm = ch.normalize('NFC');
      for (let k = 0; k < norm.length; k++) origin.push(i);
      folded += norm;
    }
    i += ch.length;
  }
  const q = foldText(quote);
  const at = q.length > 0 ? folded.indexOf(q) : -1;
  if (at < 0) return undefined;
  const start = origin[at]!;
  const lastOrigin = origin[at + q.length - 1]!;
  const last = text.codePointAt(lastOrigin)!;
  return [start, lastOrigin + String.fromCodePoint(last).length];
}

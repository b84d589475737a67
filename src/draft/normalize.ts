/**
 * Matching forms of words, for looking names and cues up — never for display: quotes and
 * mentions keep the text exactly as printed, with offsets into it.
 *
 * Arabic spelling varies more than its meaning: hamza seats (أ إ آ ٱ → ا), alef maqsura and ya
 * (ى → ي), ta marbuta and ha (ة → ه), diacritics and tatweel are noise, and Persian/Urdu letters
 * (ک ی ہ …) appear in names copied from other scripts. Words carry clitics (و ف ب ك ل) and the
 * article ال in combinations (وبال…, فلل…), which `variants` strips in every legal order.
 */

const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ۃ: 'ه',
  ہ: 'ه',
  ۀ: 'ه',
  ھ: 'ه',
  ک: 'ك',
  ڪ: 'ك',
  گ: 'ك',
  ؤ: 'و',
  ۆ: 'و',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  ڤ: 'ف',
};

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, and tatweel.
const ARABIC_NOISE = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu;
const ARABIC_FOLD_RE = new RegExp(`[${Object.keys(ARABIC_FOLD).join('')}]`, 'gu');

const NOISE_CODES = new Set<number>();
for (let c = 0x064b; c <= 0x065f; c++) NOISE_CODES.add(c);
for (let c = 0x06d6; c <= 0x06ed; c++) NOISE_CODES.add(c);
NOISE_CODES.add(0x0670).add(0x0640);

/** One word's matching form: folded letters, no diacritics, Latin lower-cased, accents gone. */
export function normalizeWord(word: string): string {
  // Fast path, one pass, for the common case: Arabic letters and unaccented Latin.
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xc0 && c < 0x600) return slowNormalize(word); // accents: decompose
    if (NOISE_CODES.has(c)) continue;
    const ch = word[i]!;
    out += ARABIC_FOLD[ch] ?? (c < 0x80 ? ch.toLowerCase() : ch);
  }
  return out;
}

function slowNormalize(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .normalize('NFC')
    .replace(ARABIC_NOISE, '')
    .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c] ?? c)
    .toLowerCase();
}

export function isArabicWord(word: string): boolean {
  return /[\u0600-\u06ff]/u.test(word);
}

/** A word of the text with its offsets (UTF-16, into the text as printed). */
export interface Token {
  start: number;
  end: number;
  /** The word as printed. */
  raw: string;
  /** Its matching form (normalizeWord). */
  norm: string;
}

// A word: letters, marks (Arabic diacritics are marks) and digits; or a dotted abbreviation
// ("U.S.", "U.K."), kept whole so that it can be told from "us". Hyphens split words, so that
// "Russia-Ukraine" names two actors and "ISIS-K" is the two words of its gazetteer entry.
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = offset + m.index;
    out.push({ start, end: start + raw.length, raw, norm: normalizeWord(raw.replace(/\./g, '')) });
  }
  return out;
}

// Clitic prefixes in the order Arabic allows them: a conjunction (و ف), then a preposition
// (ب ك ل), then the article (ال); ل + ال is written لل.
const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ك', 'ل'];

/**
 * The forms a word may have once its clitics are taken off, longest first, each with how many
 * characters (of the matching form) were stripped. The bare word always comes first, so a name
 * that begins with a clitic letter ("لبنان", "بولندا") matches as itself before anything else.
 * Stripping leaves at least two letters: "وال" alone is not a word to look up.
 */
export type Variant = { form: string; stripped: number; article: boolean };
const variantCache = new Map<string, Variant[]>();

export function variants(norm: string): Variant[] {
  let v = variantCache.get(norm);
  if (!v) {
    // Words repeat: the cache stays small next to the text it serves, and is bounded anyway.
    if (variantCache.size > 100_000) variantCache.clear();
    variantCache.set(norm, (v = computeVariants(norm)));
  }
  return v;
}

function computeVariants(norm: string): Variant[] {
  const out: { form: string; stripped: number; article: boolean }[] = [
    { form: norm, stripped: 0, article: false },
  ];
  if (!isArabicWord(norm)) return out;
  const seen = new Set([norm]);
  const push = (form: string, stripped: number, article: boolean) => {
    if (form.length >= 2 && !seen.has(form)) {
      seen.add(form);
      out.push({ form, stripped, article });
    }
  };
  for (const conj of ['', ...CONJ]) {
    if (conj && !norm.startsWith(conj)) continue;
    const a = norm.slice(conj.length);
    for (const prep of ['', ...PREP]) {
      if (prep && !a.startsWith(prep)) continue;
      const b = a.slice(prep.length);
      const base = conj.length + prep.length;
      if (base > 0) push(b, base, false);
      if (b.startsWith('ال')) push(b.slice(2), base + 2, true);
      // ل + ال → لل: "للروسية" is ل + الروسية.
      if (prep === 'ل' && b.startsWith('ل')) push(b.slice(1), base + 1, true);
    }
  }
  return out;
}

/** The article-less matching form of a word ("الروسية" → "روسيه"), for keys of names. */
export function stripArticle(norm: string): string {
  return isArabicWord(norm) && norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}

/** English possessive and plural endings that do not change which actor a word names. */
export function englishBase(norm: string): string {
  return norm.replace(/['’]s$/u, '');
}

/** The key a word is looked up by: its matching form without the article, English possessive off. */
export function wordKey(norm: string): string {
  return isArabicWord(norm) ? stripArticle(norm) : englishBase(norm);
}

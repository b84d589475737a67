/**
 * Look-alike names, after Unicode's security mechanisms (UTS #39). Two names are confusable when
 * their skeletons match: invisible (default-ignorable) characters dropped, every character mapped
 * to its prototype in Unicode's confusables data (the table `unhomoglyph` ships), so "ᎪᏞᏢᎻᎪ"
 * (Cherokee), "Al\u00ADpha" (a soft hyphen) and "ALPHA" all read as one name. A word whose letters
 * come from more than one script ("Russiа" with a Cyrillic а) is flagged on its own.
 */
import table from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Each character's prototype. The package's own function matches a regular expression of all
 * 6,311 characters alternated, which the browser compiles on first use and then tries at every
 * position: a third of the validator's time on the default graph (~30 ms of a `graph=` load). Every
 * key of the table is one code point, so a lookup per code point gives the same string
 * (confusables.test.ts checks it against the package's function).
 */
const PROTOTYPES: ReadonlyMap<string, string> = new Map(Object.entries(table));

/** Every character replaced by its prototype (what `unhomoglyph(s)` returns). */
export function prototypes(s: string): string {
  let out = '';
  for (const ch of s) out += PROTOTYPES.get(ch) ?? ch;
  return out;
}

/** Soft hyphen, invisible operators, zero-width and bidi controls, variation selectors, fillers … */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of any script as its ASCII digit. Digits must stay themselves: the confusables
 * table maps «٠» (Arabic-Indic zero) to a full stop, which name matching then drops, so «الطرف ٢٠٠»
 * would read as «الطرف ٢». Unicode's digit runs are ten contiguous code points, zero first.
 */
function asciiDigit(digit: string): string {
  let cp = digit.codePointAt(0) ?? 0;
  let value = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    value += 1;
  }
  return String(value % 10);
}

/** The skeleton of a string: equal skeletons mean the strings can be taken for each other. */
export function skeleton(s: string): string {
  const text = s.normalize('NFD').replace(DEFAULT_IGNORABLE, '');
  return prototypes(text.replace(/\p{Nd}/gu, asciiDigit)).normalize('NFD');
}

/**
 * Every script Unicode assigns letters to (ECMAScript's Script property values). A script the
 * running engine does not know yet is skipped rather than breaking the check.
 */
const SCRIPT_NAMES =
  'Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee Chorasmian Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Gurung_Khema Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Kirat_Rai Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Todhri Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square'.split(
    ' ',
  );

let scriptTests: [string, RegExp][] | undefined;
function scripts(): [string, RegExp][] {
  scriptTests ??= SCRIPT_NAMES.flatMap((name): [string, RegExp][] => {
    try {
      return [[name.replace(/_/g, ' '), new RegExp(`^\\p{Script=${name}}$`, 'u')]];
    } catch {
      return [];
    }
  });
  return scriptTests;
}

const scriptOfLetter = new Map<string, string | null>();
/** The script of one letter; null for Common and Inherited (digits, marks, µ …). */
function scriptOf(letter: string): string | null {
  let script = scriptOfLetter.get(letter);
  if (script === undefined) {
    script = scripts().find(([, re]) => re.test(letter))?.[0] ?? null;
    scriptOfLetter.set(letter, script);
  }
  return script;
}

/** Scripts that are written together in one word (Japanese, Korean, Chinese with bopomofo). */
const WRITTEN_TOGETHER = [
  new Set(['Han', 'Hiragana', 'Katakana']),
  new Set(['Han', 'Hangul']),
  new Set(['Han', 'Bopomofo']),
];

/** The usual case, answered without looking up each letter. */
const ONE_COMMON_SCRIPT =
  /^(?:[\p{sc=Latin}\p{sc=Common}\p{sc=Inherited}]*|[\p{sc=Arabic}\p{sc=Common}\p{sc=Inherited}]*)$/u;

/** The scripts of a word's letters when they do not belong together, else an empty list. */
export function mixedScripts(word: string): string[] {
  if (ONE_COMMON_SCRIPT.test(word)) return [];
  const found = new Set<string>();
  for (const letter of word.match(/\p{L}/gu) ?? []) {
    const script = scriptOf(letter);
    if (script) found.add(script);
  }
  if (found.size < 2) return [];
  if (WRITTEN_TOGETHER.some((group) => [...found].every((s) => group.has(s)))) return [];
  return [...found];
}

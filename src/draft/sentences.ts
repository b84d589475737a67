/**
 * Sentences with exact offsets. Intl.Segmenter does the work; a repair pass fixes what it gets
 * wrong in news text: abbreviations ("Mr.", "U.S.", "Jan.", «د.»), quotations that hold their
 * own full stops or exclamation marks, bullet lines, and a full stop with no space after it.
 */
import type { Sentence } from './types.ts';

type Lang = 'ar' | 'en';
interface Range {
  start: number;
  end: number;
}

// Titles and other words that end in a full stop but never end a sentence.
const TITLES = new Set(
  'mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev fr st mt no nos vs jr sr inc ltd corp co dept est approx fig'.split(
    ' ',
  ),
);
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// Arabic abbreviations: د. (doctor), م. (engineer), أ. (professor), ص. (page), ق.م (BC) …
const ARABIC_ABBR = new Set(['د', 'م', 'أ', 'ا', 'ص', 'ج', 'ق', 'ه', 'هـ', 'ت']);
// Capitalised words that usually begin a sentence: after "U.S." they mean a new one starts.
const STARTERS = new Set(
  'the a an he she it they we i you this that these those but and or so yet in on at as if when while after before his her their its our there here however meanwhile still also'.split(
    ' ',
  ),
);

// After a closing quote, a short "he said" («هو قال», "she added") ends the same sentence.
const SAID = /^(?:\S+\s+){0,3}?(?:قال|قالت|أضاف|أضافت|said|says|added|told)[\s\S]{0,20}$/iu;

const OPENING = /[“«‘]/gu;
const CLOSING = /[”»’]/gu;
const BULLET = /^[ \t]*(?:[•●▪◦‣·*–—-]|\d{1,2}[.)])[ \t]+/u;

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Paragraphs and bullet lines: a line break ends a block unless it only wraps a line. */
function blocks(text: string): Range[] {
  const out: Range[] = [];
  const lines = [...text.matchAll(/[^\n]*(?:\n|$)/gu)].filter((m) => m[0].length > 0);
  let current: Range | undefined;
  for (const m of lines) {
    const line = m[0].replace(/\r?\n$/u, '');
    const start = m.index;
    let end = start + line.length;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const blank = line.trim().length === 0;
    const bullet = BULLET.exec(line);
    if (blank) {
      current = undefined;
      continue;
    }
    const from = start + (bullet ? bullet[0].length : /^\s*/u.exec(line)![0].length);
    const prev = current ? text.slice(current.start, current.end) : '';
    // A wrapped line continues its paragraph; a bullet, or a line after a finished one, doesn't.
    const continues = current && !bullet && !/[.!?؟:”»"']$/u.test(prev);
    if (continues && current) current.end = end;
    else out.push((current = { start: from, end }));
  }
  return out;
}

function lastWord(s: string): string {
  // Only the tail: an end-anchored pattern would otherwise be tried at every position.
  return /([\p{L}\p{M}.]+)\.$/u.exec(s.slice(-40))?.[1] ?? '';
}

/** Whether a segment that ends in a full stop ends at an abbreviation rather than a sentence. */
function endsWithAbbreviation(segment: string, next: string): boolean {
  const word = lastWord(segment.trimEnd());
  if (!word) return false;
  const lower = word.toLowerCase();
  const nextWord = /^[\s"“«(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  if (ARABIC_ABBR.has(word)) return true;
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower)) return /^\d/u.test(nextWord) || /^\p{Ll}/u.test(nextWord);
  // Initials and dotted acronyms ("J.", "U.S."): a sentence may end on one, so look ahead.
  if (
    /^(?:\p{Lu}\.?)+$/u.test(word.replace(/\./g, '')) &&
    (word.includes('.') || word.length === 1)
  )
    return nextWord !== '' && !STARTERS.has(nextWord.toLowerCase());
  return /^\p{Ll}/u.test(nextWord) && nextWord.length > 0 && !/[\u0600-\u06ff]/u.test(nextWord);
}

function unbalanced(s: string): boolean {
  const open = s.match(OPENING)?.length ?? 0;
  const close = s.match(CLOSING)?.length ?? 0;
  const straight = s.match(/"/gu)?.length ?? 0;
  // An apostrophe (’) closes nothing when it sits inside a word ("Russia’s").
  const apostrophes = s.match(/\p{L}’\p{L}/gu)?.length ?? 0;
  return open > close - apostrophes || straight % 2 === 1;
}

/** Splits where a full stop runs straight into the next sentence ("attack.The", «الهجوم.وقال»). */
function splitGlued(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let start = r.start;
  const glued = /[.!?؟](?=[\p{Lu}\u0621-\u064a])/gu;
  const piece = text.slice(r.start, r.end);
  for (const m of piece.matchAll(glued)) {
    const at = r.start + m.index + 1;
    const before = text.slice(start, at);
    // "U.S.A", «د.أحمد» and "J.R." are abbreviations, not two sentences.
    const word = lastWord(before);
    if (word.replace(/\./g, '').length <= 1 || /\.\p{L}/u.test(word) || ARABIC_ABBR.has(word))
      continue;
    if (TITLES.has(word.toLowerCase())) continue;
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end: r.end });
  return out;
}

function trimRange(text: string, r: Range): Range | undefined {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const ranges: Range[] = [];
  for (const block of blocks(text)) {
    const pieces: Range[] = [];
    const slice = text.slice(block.start, block.end);
    for (const seg of segmenter(lang).segment(slice)) {
      const r = trimRange(text, {
        start: block.start + seg.index,
        end: block.start + seg.index + seg.segment.length,
      });
      if (!r) {
        // Punctuation alone (a closing quote, "!") belongs to the sentence before it.
        const last = pieces.at(-1);
        const bare = trimRange(text, {
          start: block.start + seg.index,
          end: block.start + seg.index + seg.segment.length,
        });
        if (last && !bare) {
          const end = block.start + seg.index + seg.segment.trimEnd().length;
          if (end > last.end) last.end = end;
        }
        continue;
      }
      const last = pieces.at(-1);
      if (
        last &&
        (endsWithAbbreviation(text.slice(last.start, last.end), text.slice(r.start, r.end)) ||
          unbalanced(text.slice(last.start, last.end)) ||
          (/[”»"]$/u.test(text.slice(last.start, last.end)) &&
            SAID.test(text.slice(r.start, r.end))))
      ) {
        last.end = r.end;
      } else pieces.push(r);
    }
    for (const p of pieces) ranges.push(...splitGlued(text, p));
  }
  return ranges.map((r, index) => ({ ...r, text: text.slice(r.start, r.end), index }));
}

/**
 * Finding gazetteer names in a sentence's words: the longest name wins, a bare word beats the
 * same word with clitics stripped, newspaper names hide the place names inside them, and a
 * capital in a locative phrase ("in Moscow", «في موسكو», «هجوم موسكو») is a place, not a state.
 */
import type { Entry, Gazetteer, Pattern } from './gazetteer.ts';
import { wordKey, type Via } from './gazetteer.ts';
import { normalizeWord, variants, type Token } from './normalize.ts';
import type { ActorKind } from '../model/vocabulary.ts';

export interface Found {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  entry?: Entry;
  via: Via;
  backTo?: ActorKind;
  /** Matching form of the clitics before the name (e.g. "و" in «وروسيا»). */
  prefix: string;
  possessive?: boolean;
  ambiguous?: boolean;
  continues?: boolean;
  /** A plural back-reference: how many states it points back to. */
  count?: number;
  /** After a preposition ("with Russia", «مع روسيا», «لبوتين»): not the subject of a verb. */
  oblique: boolean;
  /** After "in"/«في»: a place where something happens. */
  locative: boolean;
}

/** Offset in the printed word after `n` characters of its matching form (diacritics skipped). */
export function rawOffset(raw: string, n: number): number {
  let count = 0;
  let i = 0;
  while (i < raw.length && count < n) {
    count += normalizeWord(raw[i]!.replace(/\./g, '')).length;
    i++;
  }
  // Diacritics sitting on the last stripped letter belong to the prefix.
  while (i < raw.length && normalizeWord(raw[i]!).length === 0) i++;
  return i;
}

function matches(
  p: Pattern,
  tokens: Token[],
  i: number,
  firstKey: string,
  stripped: number,
): boolean {
  if (i + p.keys.length > tokens.length) return false;
  if (p.keys[0] !== firstKey) return false;
  for (let k = 1; k < p.keys.length; k++) {
    const norm = tokens[i + k]!.norm;
    if ((p.via === 'back-reference' ? norm : wordKey(norm)) !== p.keys[k]) return false;
  }
  if (p.exact) {
    for (let k = 0; k < p.keys.length; k++) {
      const raw = tokens[i + k]!.raw.replace(/\./g, '');
      const want = p.exact[k]!;
      // Only the acronym words must be in capitals; "ISIS-K" → "ISIS", "K".
      if (/^\p{Lu}[\p{Lu}\d]+$/u.test(want) && raw !== want) return false;
    }
  }
  if (p.capitalised && stripped === 0 && !/^\p{Lu}/u.test(tokens[i]!.raw)) return false;
  return true;
}

export function findNames(tokens: Token[], gaz: Gazetteer): Found[] {
  // The best name starting at each word; then the longest names win where they overlap, so
  // «تنظيم داعش ولاية خراسان» is ISIS-K («داعش ولاية خراسان»), not «تنظيم داعش» + «ولاية خراسان».
  const starts: { p: Pattern; stripped: number; score: number; i: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: { p: Pattern; stripped: number; score: number; i: number } | undefined;
    for (const v of variants(tokens[i]!.norm)) {
      const key = wordKey(v.form);
      const pats = [
        ...(gaz.byFirst.get(key) ?? []),
        ...(v.article ? [] : (gaz.backRefs.get(v.form) ?? [])),
      ];
      for (const p of pats) {
        const first = p.via === 'back-reference' ? v.form : key;
        if (!matches(p, tokens, i, first, v.stripped)) continue;
        const score = p.keys.length * 10 + (v.stripped === 0 ? 2 : 0) + (p.entry ? 1 : 0);
        if (!best || score > best.score) best = { p, stripped: v.stripped, score, i };
      }
    }
    if (best) starts.push(best);
  }
  starts.sort((x, y) => y.p.keys.length - x.p.keys.length || x.i - y.i);
  const taken = new Uint8Array(tokens.length);
  const out: Found[] = [];
  for (const best of starts) {
    const i = best.i;
    const to = i + best.p.keys.length;
    if (taken.subarray(i, to).some((x) => x)) continue;
    taken.fill(1, i, to);
    const t = tokens[i]!;
    const prefix = t.norm.slice(0, best.stripped);
    const found: Found = {
      start: t.start + rawOffset(t.raw, best.stripped),
      end: tokens[to - 1]!.end,
      from: i,
      to,
      via: best.p.via,
      prefix,
      ...(best.p.entry ? { entry: best.p.entry } : {}),
      ...(best.p.backTo ? { backTo: best.p.backTo } : {}),
      ...(best.p.possessive ? { possessive: true } : {}),
      ...(best.p.ambiguous ? { ambiguous: true } : {}),
      ...(best.p.continues ? { continues: true } : {}),
      ...(best.p.count ? { count: best.p.count } : {}),
      ...preposition(tokens, i, prefix, gaz),
    };
    if (found.via === 'capital' && locative(tokens, i, prefix, gaz)) delete found.entry;
    if (found.entry || found.backTo || (found.continues && i === 0)) out.push(found);
  }
  return out.sort((a, b) => a.from - b.from);
}

function preposition(tokens: Token[], i: number, prefix: string, gaz: Gazetteer) {
  const prev = tokens[i - 1];
  const key = prev ? wordKey(prev.norm) : '';
  const clitic = /[بلك]$/u.test(prefix);
  return {
    oblique: clitic || gaz.prepositions.has(key),
    locative: prefix.endsWith('ب') || gaz.locativePrepositions.has(key),
  };
}

function locative(tokens: Token[], i: number, prefix: string, gaz: Gazetteer): boolean {
  if (prefix.endsWith('ب')) return true; // «بموسكو»: in Moscow
  const prev = tokens[i - 1];
  if (prev && gaz.locatives.has(wordKey(prev.norm))) return true;
  const prevVariants = prev ? variants(prev.norm).map((v) => wordKey(v.form)) : [];
  return prevVariants.some((k) => gaz.locatives.has(k));
}

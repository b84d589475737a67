/**
 * The actors each sentence names, in order, with back-references resolved as guesses:
 * «البلاد» / "the country" → the last state named; «بلاده» / "his country" → the state of the
 * sentence's subject; "the group", «التحالف» → the first group or alliance of the latest
 * sentence that named one (its subject, usually); a sentence opening with «وهي»/«وهو» → the
 * previous sentence's first actor. A name that is also a common word («مالي») counts only
 * beside another state in a list.
 */
import type { Entry, Gazetteer } from './gazetteer.ts';
import { findNames, type Found } from './match.ts';
import { wordKey } from './gazetteer.ts';
import { isArabicWord, type Token } from './normalize.ts';
import { ShortForms } from './short-forms.ts';
import type { Mention } from './types.ts';

export interface Placed {
  found: Found;
  entry: Entry;
  guess: boolean;
  via: NonNullable<Mention['via']>;
  coordinated: boolean;
  /**
   * A nisba or demonym that only qualifies the actor named beside it («مجموعة فاغنر الروسية»,
   * "the Russian Wagner group"): a mention, but no end of a relation in this sentence.
   */
  attribute?: boolean;
}

type Cls = 'state' | 'alliance' | 'armed-group';
const classOf = (e: Entry): Cls =>
  e.kind === 'state' || e.kind === 'former-state'
    ? 'state'
    : e.kind === 'armed-group'
      ? 'armed-group'
      : 'alliance';

// Words that join the members of a list. Bare space is not one: in Arabic the verb's subject and
// object stand side by side («وتتهم باكو يريفان»); «و» written as a clitic is handled apart.
const COORDINATOR = /^\s*(?:,|،|and|or|nor|as well as|ولا|أو|او|و)\s*$/iu;

/** Memory across sentences, for back-references. */
export class Salience {
  private lastOf = new Map<Cls, Entry>();
  private firstOfLatest = new Map<Cls, Entry>();
  private previousFirst: Entry | undefined;
  private lastAlliance: Entry | undefined;
  /** States named so far, each once, the latest last. */
  private states: Entry[] = [];

  /** «الدول الثلاث», "the two countries": the last `count` distinct states named, or none. */
  resolveMany(f: Found, before: Placed[]): Entry[] {
    const recent = [...this.states];
    for (const p of before)
      if (!p.guess && classOf(p.entry) === 'state') {
        const i = recent.indexOf(p.entry);
        if (i >= 0) recent.splice(i, 1);
        recent.push(p.entry);
      }
    const n = f.count ?? 1;
    return recent.length >= n ? recent.slice(-n) : [];
  }

  resolve(f: Found, before: Placed[], sentenceStart: boolean): Entry | undefined {
    if (f.via === 'back-reference' && f.backTo) {
      const cls = f.backTo as Cls;
      if (cls === 'alliance') {
        // "the alliance" is the military alliance named last (NATO), not a bloc (the EU).
        const strict = [...before].reverse().find((p) => p.entry.kind === 'alliance')?.entry;
        if (strict ?? this.lastAlliance) return strict ?? this.lastAlliance;
      }
      const here = before.find((p) => classOf(p.entry) === cls)?.entry;
      if (f.possessive || cls !== 'state')
        return here ?? this.firstOfLatest.get(cls) ?? this.lastOf.get(cls);
      const lastHere = [...before].reverse().find((p) => classOf(p.entry) === cls)?.entry;
      return lastHere ?? this.lastOf.get(cls);
    }
    if (f.continues) return sentenceStart ? this.previousFirst : undefined;
    return f.entry;
  }

  readonly shortForms = new ShortForms();

  remember(placed: Placed[]): void {
    this.shortForms.remember(placed.filter((p) => !p.guess).map((p) => p.entry));
    const firsts = new Map<Cls, Entry>();
    for (const p of placed) {
      const cls = classOf(p.entry);
      if (!p.guess && cls === 'state') {
        this.states = this.states.filter((e) => e !== p.entry);
        this.states.push(p.entry);
      }
      if (!p.guess) this.lastOf.set(cls, p.entry);
      if (!p.guess && p.entry.kind === 'alliance') this.lastAlliance = p.entry;
      if (!firsts.has(cls)) firsts.set(cls, p.entry);
    }
    for (const [cls, e] of firsts) this.firstOfLatest.set(cls, e);
    if (placed.length > 0) this.previousFirst = placed[0]!.entry;
  }
}

export function placeMentions(
  text: string,
  tokens: Token[],
  gaz: Gazetteer,
  salience: Salience,
): Placed[] {
  const found = findNames(tokens, gaz);
  const placed: Placed[] = [];
  for (const [k, f] of found.entries()) {
    // «وهي»/«وهو» opening a sentence: the previous sentence's subject, continued.
    const sentenceStart = f.from === 0 && f.continues === true;
    if (f.ambiguous && !besideState(text, found, k) && !afterStateNoun(tokens, f, gaz)) continue;
    const entries = f.count
      ? salience.resolveMany(f, placed)
      : [salience.resolve(f, placed, sentenceStart)].filter((e) => e !== undefined);
    const branch = salience.shortForms.resolve(
      f,
      tokens,
      placed.filter((p) => !p.guess).map((p) => p.entry),
    );
    if (branch) entries.splice(0, 1, branch);
    const guess = f.via === 'back-reference' || !!branch;
    const via = branch ? 'short-form' : f.via;
    entries.forEach((entry, n) => {
      const prev = placed.at(-1);
      const between = prev ? text.slice(prev.found.end, f.start) : '';
      // The states a plural back-reference stands for are one list.
      const coordinated =
        n > 0 ||
        (!!prev &&
          (COORDINATOR.test(between) || (/^\s*$/u.test(between) && /^(و|او)$/u.test(f.prefix))));
      placed.push({ found: f, entry, guess, via, coordinated });
    });
  }
  markAttributes(text, placed);
  salience.remember(placed);
  return placed;
}

function markAttributes(text: string, placed: Placed[]): void {
  const touching = (a: Placed, b: Placed) => /^\s+$/u.test(text.slice(a.found.end, b.found.start));
  for (let k = 0; k < placed.length; k++) {
    const p = placed[k]!;
    if (p.via !== 'demonym') continue;
    const prev = placed[k - 1];
    const next = placed[k + 1];
    const arabic = /[\u0600-\u06ff]/u.test(text.slice(p.found.start, p.found.end));
    if (arabic ? prev && !p.found.prefix && touching(prev, p) : next && touching(p, next))
      p.attribute = true;
  }
}

function besideState(text: string, found: Found[], k: number): boolean {
  const f = found[k]!;
  const near = (g: Found | undefined, a: number, b: number) =>
    !!g?.entry &&
    g.entry.kind === 'state' &&
    !g.ambiguous &&
    /^\s*(?:,|،|and|or|و)?\s*$/u.test(text.slice(a, b));
  const next = found[k + 1];
  const prev = found[k - 1];
  return (
    near(next, f.end, next ? next.start - (next.prefix ? 1 : 0) : 0) ||
    near(prev, prev?.end ?? 0, f.start)
  );
}

/**
 * «الجيش المالي», «رئيس مالي», "the army of Chad", "Chad's president": a noun only a state has
 * makes an ambiguous name the state («المالي» alone may mean "financial").
 */
function afterStateNoun(tokens: Token[], f: Found, gaz: Gazetteer): boolean {
  const key = (t: Token | undefined) => (t ? wordKey(t.norm) : '');
  const prev = tokens[f.from - 1];
  if (prev && isArabicWord(prev.norm)) return gaz.stateNouns.has(key(prev));
  if (key(prev) === 'of' && gaz.stateNouns.has(key(tokens[f.from - 2]))) return true;
  return /['’]s$/u.test(tokens[f.to - 1]!.raw) && gaz.stateNouns.has(key(tokens[f.to]));
}

/**
 * Names into matching patterns: each name, alias, nisba, demonym, capital and back-reference of
 * the gazetteer becomes a sequence of word keys filed under its first word. The first source to
 * claim a name keeps it, so the graph's own actors win every collision.
 */
import type { ActorKind } from '../model/vocabulary.ts';
import type { Entry, Pattern, Via } from './gazetteer.ts';
import type { GAZETTEER } from './gazetteer-data.ts';
import { normalizeWord, stripArticle, tokenize, wordKey } from './normalize.ts';

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => wordKey(t.norm))
    .join(' ');
}

/** Arabic nisba adjectives from a state's name: روسيا → روسي، روسية، الروسيون … */
export function nisbaStems(name: string): string[] {
  if (name.includes(' ')) return [];
  const base = stripArticle(normalizeWord(name));
  const stems = new Set<string>();
  if (base.endsWith('ستان')) stems.add(base.slice(0, -4));
  if (base.endsWith('يا')) stems.add(base.slice(0, -1));
  else if (base.endsWith('ا')) stems.add(base.slice(0, -1) + 'ي');
  else stems.add(base + 'ي');
  if (base.endsWith('ستان')) stems.add(base + 'ي');
  return [...stems].filter((s) => s.length >= 3).map((s) => (s.endsWith('ي') ? s : s + 'ي'));
}
export const NISBA_ENDINGS = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان'];

export function englishDemonymForms(d: string): string[] {
  return /(?:s|sh|ch|ese|i)$/iu.test(d) ? [d] : [d, `${d}s`];
}

export class Builder {
  readonly entries = new Map<string, Entry>();
  readonly byFirst = new Map<string, Pattern[]>();
  readonly backRefs = new Map<string, Pattern[]>();
  /** Which entry owns each full name key, so that later sources don't steal a graph's names. */
  private readonly owner = new Map<string, string>();
  private readonly ambiguous: Set<string>;

  constructor(ambiguous: string[]) {
    this.ambiguous = new Set(ambiguous.map(nameKey));
  }

  add(entry: Entry): Entry {
    const known = this.entries.get(entry.id) ?? this.findByNames(entry);
    if (known) {
      // The same actor from a second source: its extra names become aliases.
      for (const lang of ['en', 'ar'] as const)
        for (const n of [entry.name[lang], ...entry.aliases[lang]])
          if (n && n !== known.name[lang] && !known.aliases[lang].includes(n))
            known.aliases[lang].push(n);
      known.wikidata ??= entry.wikidata;
      for (const lang of ['en', 'ar'] as const)
        for (const n of [entry.name[lang], ...entry.aliases[lang]]) this.name(known, n);
      return known;
    }
    this.entries.set(entry.id, entry);
    for (const lang of ['en', 'ar'] as const)
      for (const n of [entry.name[lang], ...entry.aliases[lang]]) this.name(entry, n);
    return entry;
  }

  private findByNames(entry: Entry): Entry | undefined {
    for (const e of this.entries.values())
      if (entry.wikidata && e.wikidata === entry.wikidata) return e;
    for (const n of [entry.name.en, entry.name.ar]) {
      const id = this.owner.get(nameKey(n));
      if (id) return this.entries.get(id);
    }
    return undefined;
  }

  name(entry: Entry, text: string, via: Via = 'name', backTo?: ActorKind): void {
    const tokens = tokenize(text.replace(/\(.*?\)/gu, ''));
    if (tokens[0]?.norm === 'the' && tokens.length > 1) tokens.shift();
    if (tokens.length === 0) return;
    const key = tokens.map((t) => wordKey(t.norm)).join(' ');
    const owner = this.owner.get(key);
    if (owner !== undefined) return; // first come (the graph) keeps it
    this.owner.set(key, entry.id);
    this.pattern(
      tokens,
      entry,
      via,
      backTo,
      via === 'name' && this.ambiguous.has(key) && !entry.existing,
    );
  }

  pattern(
    tokens: ReturnType<typeof tokenize>,
    entry: Entry | undefined,
    via: Via,
    backTo?: ActorKind,
    ambiguous = false,
    possessive = false,
  ) {
    // Back-references keep their article: «البلاد» points back, «بلاد الشام» does not.
    const keys = tokens.map((t) => (via === 'back-reference' ? t.norm : wordKey(t.norm)));
    const acronym = tokens.some((t) => /^\p{Lu}[\p{Lu}.\d]+$/u.test(t.raw) && t.raw.length >= 2);
    const p: Pattern = {
      keys,
      capitalised: /^\p{Lu}/u.test(tokens[0]!.raw) && via !== 'back-reference',
      via,
      ...(acronym ? { exact: tokens.map((t) => t.raw.replace(/\./g, '')) } : {}),
      ...(entry ? { entry } : {}),
      ...(backTo ? { backTo } : {}),
      ...(ambiguous ? { ambiguous } : {}),
      ...(possessive ? { possessive } : {}),
    };
    const map = via === 'back-reference' ? this.backRefs : this.byFirst;
    const list = map.get(keys[0]!) ?? [];
    list.push(p);
    map.set(keys[0]!, list);
  }

  /** A word form that points at an entry (nisba, demonym): matched, never displayed as a name. */
  form(entry: Entry, text: string, via: Via) {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const key = tokens.map((t) => wordKey(t.norm)).join(' ');
    if (this.owner.has(key)) return;
    this.owner.set(key, entry.id);
    this.pattern(tokens, entry, via);
  }
}

/** "the country", «بلاده», «الدول الثلاث», «وهي»: words that point back to an actor named before. */
export function backReferences(b: Builder, data: typeof GAZETTEER): void {
  const both = (n: { en: string[]; ar: string[] } | undefined) => [
    ...(n?.en ?? []),
    ...(n?.ar ?? []),
  ];
  for (const [k, names] of Object.entries(data['back-references'])) {
    const kind = k as ActorKind;
    // "the" stays: "the country" points back, "a country" does not.
    for (const n of both(names)) b.pattern(tokenize(n), undefined, 'back-reference', kind);
    for (const n of both(names.possessive))
      b.pattern(tokenize(n), undefined, 'back-reference', kind, false, true);
    for (const group of names.plural ?? [])
      for (const n of both(group)) {
        b.pattern(tokenize(n), undefined, 'back-reference', kind);
        b.backRefs.get(tokenize(n)[0]!.norm)!.at(-1)!.count = group.count;
      }
  }
  for (const n of both(data.continuation)) {
    const p = tokenize(n);
    b.pattern(p, undefined, 'back-reference');
    b.backRefs.get(p[0]!.norm)!.at(-1)!.continues = true;
  }
}

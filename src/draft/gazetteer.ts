/**
 * Who can be named: the graph's own actors first, then the repo's list of organisations and
 * armed groups (data/draft/gazetteer.json), then every state i18n-iso-countries names in English
 * and Arabic. Each name becomes a sequence of matching keys (normalize.ts); capitals, demonyms,
 * nisba adjectives and leaders point at their state. Graph names win every collision.
 */
import type { GraphFile } from '../model/schema.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import { englishBase, isArabicWord, normalizeWord, stripArticle, tokenize } from './normalize.ts';
import { countryNames, GAZETTEER } from './gazetteer-data.ts';
import type { DraftLang, Mention, ProposedActor } from './types.ts';

export type Via = NonNullable<Mention['via']>;

export interface Entry {
  id: string;
  kind: ActorKind;
  name: { en: string; ar: string };
  aliases: { en: string[]; ar: string[] };
  wikidata?: string;
  existing: boolean;
}

export interface Pattern {
  /** Matching keys of the name's words, article-less. */
  keys: string[];
  /** Acronyms match only in capitals ("US", not "us"); holds the capitalised raw form. */
  exact?: string[];
  /** English proper names must start with a capital in the text. */
  capitalised: boolean;
  /** undefined: a phrase that names nobody (a newspaper), which hides the names inside it. */
  entry?: Entry;
  via: Via;
  /** For back-references: the kind of actor they point back to. */
  backTo?: ActorKind;
  /** «بلاده», "his country": the country of the sentence's subject, not the last one named. */
  possessive?: boolean;
  /** «وهي» opening a sentence: the previous sentence's first actor, continued. */
  continues?: boolean;
  /** A name that is also a common word («مالي» is Mali and "financial"): needs a neighbour. */
  ambiguous?: boolean;
}

export interface Gazetteer {
  entries: Map<string, Entry>;
  /** Patterns by the key of their first word. */
  byFirst: Map<string, Pattern[]>;
  /** Back-references («البلاد», "the country") by their first word, article kept. */
  backRefs: Map<string, Pattern[]>;
  locatives: Set<string>;
  prepositions: Set<string>;
  locativePrepositions: Set<string>;
}

/** The key a word is looked up by: its matching form without the article, English possessive off. */
export function wordKey(norm: string): string {
  return isArabicWord(norm) ? stripArticle(norm) : englishBase(norm);
}

function slug(s: string): string {
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
function nisbaStems(name: string): string[] {
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
const NISBA_ENDINGS = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان'];

function englishDemonymForms(d: string): string[] {
  return /(?:s|sh|ch|ese|i)$/iu.test(d) ? [d] : [d, `${d}s`];
}

class Builder {
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

function graphEntry(a: GraphFile['actors'][number]): Entry {
  const wikidata = (a as { wikidata?: unknown }).wikidata;
  return {
    id: a.id,
    kind: a.kind,
    name: { en: a.name.en, ar: a.name.ar },
    aliases: { en: [...(a.aliases?.en ?? [])], ar: [...(a.aliases?.ar ?? [])] },
    ...(typeof wikidata === 'string' ? { wikidata } : {}),
    existing: true,
  };
}

const cache = new WeakMap<object, Gazetteer>();
let plain: Gazetteer | undefined;

export function gazetteer(graph?: GraphFile): Gazetteer {
  if (!graph) return (plain ??= build(undefined));
  let g = cache.get(graph);
  if (!g) cache.set(graph, (g = build(graph)));
  return g;
}

function build(graph: GraphFile | undefined): Gazetteer {
  const data = GAZETTEER;
  const b = new Builder([...data.ambiguous.en, ...data.ambiguous.ar]);
  for (const a of graph?.actors ?? []) b.add(graphEntry(a));
  for (const o of data.organisations)
    b.add({
      id: o.id,
      kind: o.kind,
      name: { en: o.en[0]!, ar: o.ar[0]! },
      aliases: { en: o.en.slice(1), ar: o.ar.slice(1) },
      ...(o.wikidata ? { wikidata: o.wikidata } : {}),
      existing: false,
    });
  const byCode = new Map<string, Entry>();
  for (const c of countryNames()) {
    const extra = data.countries[c.code];
    const en =
      extra?.en ??
      c.en.filter((n) => !/[,(]/u.test(n)).sort((x, y) => x.length - y.length)[0] ??
      c.en[0]!;
    const entry = b.add({
      id: extra?.id ?? slug(en),
      kind: 'state',
      name: { en, ar: c.ar[0]! },
      aliases: {
        en: [...c.en.filter((n) => n !== en), ...(extra?.['en-aliases'] ?? [])],
        ar: [...c.ar.slice(1), ...(extra?.['ar-aliases'] ?? [])],
      },
      ...(extra?.wikidata ? { wikidata: extra.wikidata } : {}),
      existing: false,
    });
    byCode.set(c.code, entry);
    for (const n of [entry.name.ar, ...entry.aliases.ar])
      for (const stem of nisbaStems(n))
        for (const end of NISBA_ENDINGS) b.form(entry, stem + end, 'demonym');
    for (const d of extra?.demonyms?.ar ?? [])
      for (const end of d.includes(' ') ? [''] : NISBA_ENDINGS) b.form(entry, d + end, 'demonym');
    for (const d of extra?.demonyms?.en ?? [])
      for (const f of englishDemonymForms(d)) b.form(entry, f, 'demonym');
  }
  for (const c of data.capitals) {
    const entry = byCode.get(c.of);
    if (entry) for (const n of [...c.en, ...c.ar]) b.form(entry, n, 'capital');
  }
  for (const l of data.leaders) {
    const entry = byCode.get(l.of);
    if (entry) for (const n of [...l.en, ...l.ar]) b.form(entry, n, 'name');
  }
  for (const n of [...data['not-actors'].en, ...data['not-actors'].ar])
    b.pattern(tokenize(n), undefined, 'name');
  for (const [kind, names] of Object.entries(data['back-references']))
    for (const n of [...names.en, ...names.ar]) {
      // "the" stays: "the country" points back, "a country" does not.
      b.pattern(tokenize(n), undefined, 'back-reference', kind as ActorKind);
      for (const n of [...data.continuation.en, ...data.continuation.ar])
        for (const p of [tokenize(n)]) {
          b.pattern(p, undefined, 'back-reference');
          b.backRefs.get(p[0]!.norm)!.at(-1)!.continues = true;
        }
      for (const [kind, names] of Object.entries(data['back-references']))
        for (const n of [...(names.possessive?.en ?? []), ...(names.possessive?.ar ?? [])])
          b.pattern(tokenize(n), undefined, 'back-reference', kind as ActorKind, false, true);
    }
  const locatives = new Set(
    [...data.locatives.en, ...data.locatives.ar].map((w) => wordKey(normalizeWord(w))),
  );
  const keys = (ws: string[]) => new Set(ws.map((w) => wordKey(normalizeWord(w))));
  const preps = data.prepositions;
  return {
    entries: b.entries,
    byFirst: b.byFirst,
    backRefs: b.backRefs,
    locatives,
    prepositions: keys([...preps.en, ...preps.ar]),
    locativePrepositions: keys([...preps.locative.en, ...preps.locative.ar]),
  };
}

export function proposed(e: Entry): ProposedActor {
  const aliases: ProposedActor['aliases'] = {};
  if (e.aliases.en.length) aliases.en = e.aliases.en;
  if (e.aliases.ar.length) aliases.ar = e.aliases.ar;
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    ...(Object.keys(aliases).length ? { aliases } : {}),
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    existing: e.existing,
  };
}

export type { DraftLang };

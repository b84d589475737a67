/**
 * Who can be named: the graph's own actors first, then the repo's list of organisations and
 * armed groups (data/draft/gazetteer.json), then every state i18n-iso-countries names in English
 * and Arabic. Each name becomes a sequence of matching keys (normalize.ts); capitals, demonyms,
 * nisba adjectives and leaders point at their state. Graph names win every collision.
 */
import type { GraphFile } from '../model/schema.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import { normalizeWord, tokenize, wordKey } from './normalize.ts';
import {
  backReferences,
  Builder,
  nisbaStems,
  NISBA_ENDINGS,
  englishDemonymForms,
  slug,
} from './gazetteer-builder.ts';
import { countryNames, GAZETTEER } from './gazetteer-data.ts';
import type { DraftLang, Mention, ProposedActor } from './types.ts';

export type Via = NonNullable<Mention['via']>;
export { wordKey };

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
  /** «الدول الثلاث», "the two countries": the last `count` states named. */
  count?: number;
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
  /** Keys of nouns only a state has, which make an ambiguous name beside them the state. */
  stateNouns: Set<string>;
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
  backReferences(b, data);
  const keys = (ws: string[]) => new Set(ws.map((w) => wordKey(normalizeWord(w))));
  const preps = data.prepositions;
  return {
    entries: b.entries,
    byFirst: b.byFirst,
    backRefs: b.backRefs,
    locatives: keys([...data.locatives.en, ...data.locatives.ar]),
    prepositions: keys([...preps.en, ...preps.ar]),
    locativePrepositions: keys([...preps.locative.en, ...preps.locative.ar]),
    stateNouns: keys([...data['state-nouns'].en, ...data['state-nouns'].ar]),
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

/**
 * The schema's happy path, without zod: a well-formed file (every shipped graph, every file the
 * editor writes) is checked by this plain pass, and zod — its code and its first, cold run, most
 * of a `graph=` load's checking time — is only loaded for a file it is not sure of.
 *
 * It is a one-sided check: it returns exactly what `GraphSchema.safeParse` gives as its data
 * (same fields, same order, same trimmed and cleaned strings, unknown fields kept as they are), or
 * undefined — "ask zod" — for anything it does not recognise as plainly valid (a suggestion, an
 * object that is not a plain one, any doubt). It never reports a problem: zod says what is wrong,
 * with its paths and messages. fast-schema.test.ts runs both over the shipped graphs, the test
 * fixtures, the hostile inputs and generated mutations, and requires that.
 */
import type { GraphFile } from './schema.ts';
import {
  CONTROL_CHARS,
  FORMAT,
  LANGUAGE_TAG,
  LIMITS,
  ISO_DATE,
  PARTIAL_DATE,
  WIKIDATA_ID,
} from './format.ts';
import { neutralizeName } from './text.ts';
import { ACTOR_KINDS, RELATION_KIND_IDS, TENSION_LEVELS } from './vocabulary.ts';

type Obj = Record<string, unknown>;
type Check<T = unknown> = (value: unknown) => T;

/** Thrown (and caught below) the moment the input is not plainly valid. */
const NOT_SURE = new Error('not sure: ask the schema');
const notSure = (): never => {
  throw NOT_SURE;
};

/** A plain object (what JSON.parse makes); zod also takes others, but those are its to judge. */
function plain(value: unknown): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notSure();
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null ? (value as Obj) : notSure();
}

const string = (value: unknown): string => (typeof value === 'string' ? value : notSure());
const within = (s: string, min: number, max: number) =>
  s.length >= min && s.length <= max ? s : notSure();
const matching = (pattern: RegExp) => (value: unknown) =>
  pattern.test(string(value)) ? (value as string) : notSure();
const oneOf =
  <T>(values: readonly T[]) =>
  (value: unknown): T =>
    values.includes(value as T) ? (value as T) : notSure();

/** z.string().trim().min(1).max(max): the trimmed string. */
const text =
  (max: number): Check<string> =>
  (value) =>
    within(string(value).trim(), 1, max);
const id: Check<string> = (value) =>
  CONTROL_CHARS.test(within(string(value), 1, LIMITS.idLength)) ? notSure() : (value as string);
/** text, then the invisible characters removed (neutralizeName), and still not empty. */
const name: Check<string> = (value) =>
  within(neutralizeName(text(LIMITS.nameLength)(value)), 1, 1e9);

/** z.url({ protocol: /^https?$/ }).max(2000) on a string that needs no trimming. */
function url(value: unknown): string {
  const s = within(string(value), 0, 2000);
  if (s !== s.trim() || /[\t\n\r]/.test(s) || !/^https?:\/\//i.test(s)) return notSure();
  let protocol: string;
  try {
    protocol = new URL(s).protocol;
  } catch {
    return notSure();
  }
  return protocol === 'http:' || protocol === 'https:' ? s : notSure();
}

/**
 * An object's fields, in the order the schema lists them (zod's output order): `required` ones
 * must be there, optional ones are left out when absent. `loose`: the fields the schema does not
 * know follow, as they are, in the input's order (zod's looseObject); otherwise they are dropped.
 */
function object(
  fields: Record<string, Check>,
  optional: readonly string[] = [],
  loose = false,
): Check<Obj> {
  const known = new Set(Object.keys(fields));
  return (value) => {
    const input = plain(value);
    const out: Obj = {};
    for (const key in fields) {
      const present = key in input;
      if (!present && optional.includes(key)) continue;
      const field = input[key];
      // Present but undefined (never in JSON): zod keeps such keys in ways not worth copying.
      if (field === undefined) return notSure();
      out[key] = fields[key]!(field);
    }
    if (loose)
      for (const key in input) if (!known.has(key) && key !== '__proto__') out[key] = input[key];
    return out;
  };
}

function array<T>(item: Check<T>, min: number, max: number): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return notSure();
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) out.push(item(value[i]));
    return out;
  };
}

const localized = (max: number) => object({ en: text(max), ar: text(max) });
const partialLocalized = (max: number) => object({ en: text(max), ar: text(max) }, ['en', 'ar']);
const note: Check = (value) =>
  typeof value === 'string'
    ? text(LIMITS.noteLength)(value)
    : partialLocalized(LIMITS.noteLength)(value);

const source = object(
  {
    id,
    language: matching(LANGUAGE_TAG),
    title: localized(LIMITS.summaryLength),
    outlet: text(LIMITS.nameLength),
    published: matching(ISO_DATE),
    url,
    text: (value) => within(string(value), 0, LIMITS.sourceTextLength),
    textFile: (value) => within(string(value), 1, Infinity),
    note,
  },
  ['outlet', 'published', 'url', 'text', 'textFile', 'note'],
  true,
);

const coordinate: Check<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMITS.coordinate
    ? value
    : notSure();

const actor = object(
  {
    id,
    kind: oneOf(ACTOR_KINDS),
    name: object({ en: name, ar: name }),
    aliases: object({ en: array(name, 0, 50), ar: array(name, 0, 50) }, ['en', 'ar']),
    description: localized(LIMITS.summaryLength),
    position: object({ x: coordinate, y: coordinate }),
    wikidata: (value) => within(matching(WIKIDATA_ID)(value), 0, 20),
  },
  ['aliases', 'description', 'position', 'wikidata'],
  true,
);

const when = object(
  {
    date: matching(PARTIAL_DATE),
    until: matching(PARTIAL_DATE),
    basis: oneOf(['stated', 'resolved']),
    expression: text(LIMITS.nameLength),
  },
  ['until'],
);

const offset: Check<number> = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_000_000
    ? value
    : notSure();
const spanFields = object({ start: offset, end: offset });
const span: Check = (value) => {
  const out = spanFields(value);
  return (out.end as number) > (out.start as number) ? out : notSure();
};

const evidenceFields = {
  source: id,
  quote: text(LIMITS.quoteLength),
  translation: partialLocalized(LIMITS.quoteLength * 2),
  note,
  speaker: id,
  speakerLabel: localized(LIMITS.nameLength),
  stance: oneOf(['asserts', 'denies']),
  when,
  at: span,
};
const EVIDENCE_OPTIONAL = [
  'translation',
  'note',
  'speaker',
  'speakerLabel',
  'stance',
  'when',
  'at',
];
const evidence = object(evidenceFields, EVIDENCE_OPTIONAL, true);

const event = object(
  {
    id,
    name: localized(LIMITS.nameLength),
    // An event's evidence must be dated.
    evidence: object(
      evidenceFields,
      EVIDENCE_OPTIONAL.filter((key) => key !== 'when'),
      true,
    ),
  },
  [],
  true,
);

const relation = object(
  {
    id,
    source: id,
    target: id,
    kind: oneOf(RELATION_KIND_IDS),
    directed: (value) => (typeof value === 'boolean' ? value : notSure()),
    tension: oneOf(TENSION_LEVELS),
    summary: localized(LIMITS.summaryLength),
    evidence: array(evidence, 1, LIMITS.evidencePerRelation),
    about: array(id, 1, 20),
    // An unreviewed suggestion (the editor's drafts): rare in a file a reader loads; zod's.
    suggestion: notSure,
  },
  ['about', 'suggestion'],
  true,
);

const graph = object(
  {
    format: (value) => (value === FORMAT ? value : notSure()),
    id,
    title: localized(LIMITS.summaryLength),
    description: localized(LIMITS.summaryLength),
    sources: array(source, 1, LIMITS.sources),
    actors: array(actor, 0, LIMITS.actors),
    relations: array(relation, 0, LIMITS.relations),
    events: array(event, 0, LIMITS.events),
  },
  ['description', 'events'],
  true,
);

/** What GraphSchema.safeParse(input) gives as its data when it is sure the input is valid; else undefined. */
export function fastSchema(input: unknown): GraphFile | undefined {
  try {
    return graph(input) as GraphFile;
  } catch {
    // Not sure (or an exotic object threw): the schema decides, and says why.
    return undefined;
  }
}

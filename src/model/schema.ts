/**
 * The graph format — the single source of truth for the file format. The JSON Schema in
 * schema/faultlines-3.schema.json is generated from this (npm run schema) for authors.
 */
import { z } from './zod.ts';
import { Span, SuggestionSchema } from './schema-spans.ts';
import { neutralizeName } from './text.ts';
import {
  CONTROL_CHARS,
  FORMAT,
  FORMAT_V1,
  FORMAT_V2,
  LANGUAGE_TAG,
  LIMITS,
  PARTIAL_DATE,
  WIKIDATA_ID,
} from './format.ts';
import { ACTOR_KINDS, RELATION_KIND_IDS, TENSION_LEVELS } from './vocabulary.ts';

export { FORMAT, FORMAT_V1, FORMAT_V2, LIMITS, OLDER_FORMATS } from './format.ts';

/** "is missing" reads better than a type error when the field is simply absent. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `must be ${what}`;

const Id = z
  .string({ error: expected('a string id') })
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.idLength, { error: `is longer than ${LIMITS.idLength} characters` })
  .refine((s) => !CONTROL_CHARS.test(s), { error: 'must not contain control characters' });

const text = (max: number) =>
  z
    .string({ error: expected('a string') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `is longer than ${max} characters` });

/** A name: like text, but with bidi overrides and invisible characters removed (text.ts). */
const name = () =>
  text(LIMITS.nameLength)
    .transform(neutralizeName)
    .pipe(z.string().min(1, { error: 'must not be empty' }));

/** Text shown in the interface: one entry per interface language. */
const Localized = (max: number) =>
  z.object({ en: text(max), ar: text(max) }, { error: expected('an object {"en": …, "ar": …}') });

/** Text that may be given in some languages only (translations of a quote, notes). */
const PartialLocalized = (max: number) =>
  z.object({ en: text(max).optional(), ar: text(max).optional() });

const Note = z.union([text(LIMITS.noteLength), PartialLocalized(LIMITS.noteLength)], {
  error: 'must be a string or {"en": …, "ar": …}',
});

/**
 * Graph, source, actor, event, relation and evidence objects are loose: a field this version does
 * not know (an editor's desk note, a later version's addition) is kept, and exports write it back.
 * Known fields are still checked strictly.
 */
export const SourceSchema = z.looseObject(
  {
    id: Id,
    language: z.string().regex(LANGUAGE_TAG, {
      error: 'must be a language tag such as "ar" or "en"',
    }),
    title: Localized(LIMITS.summaryLength),
    outlet: text(LIMITS.nameLength).optional(),
    published: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2000)
      .optional(),
    /** The verbatim text. Files on disk may give textFile instead; it is inlined at build time. */
    text: z.string().max(LIMITS.sourceTextLength).optional(),
    textFile: z.string().min(1).optional(),
    note: Note.optional(),
  },
  { error: expected('an object') },
);

const Coordinate = z
  .number({ error: expected('a number') })
  .refine(Number.isFinite, { error: 'must be a finite number' })
  .refine((v) => Math.abs(v) <= LIMITS.coordinate, {
    error: `must be between -${LIMITS.coordinate} and ${LIMITS.coordinate}`,
  });
const Position = z.object(
  { x: Coordinate, y: Coordinate },
  { error: expected('an object {"x": …, "y": …}') },
);

export const ActorSchema = z.looseObject(
  {
    id: Id,
    kind: z.enum(ACTOR_KINDS, { error: `must be one of: ${ACTOR_KINDS.join(', ')}` }),
    name: z.object({ en: name(), ar: name() }, { error: expected('an object {"en": …, "ar": …}') }),
    aliases: z
      .object({
        en: z.array(name()).max(50).optional(),
        ar: z.array(name()).max(50).optional(),
      })
      .optional(),
    description: Localized(LIMITS.summaryLength).optional(),
    /**
     * Where the actor sits, in layout units (y grows downwards). Optional: when every actor has
     * one the app draws them there and computes no layout (shipped graphs get theirs at build).
     */
    position: Position.optional(),
    /** The actor's Wikidata item (v3), e.g. "Q159" for Russia: a link to the world's records. */
    wikidata: z
      .string({ error: expected('a Wikidata id such as "Q159"') })
      .regex(WIKIDATA_ID, { error: 'must be a Wikidata id such as "Q159"' })
      .max(20, { error: 'must be a Wikidata id such as "Q159"' })
      .describe('v3: the Wikidata item of the actor (a QID such as "Q159")')
      .optional(),
  },
  { error: expected('an object') },
);

/** A calendar date as precise as the text allows: a year, a month or a day. */
const PartialDate = z.string({ error: expected('a date') }).regex(PARTIAL_DATE, {
  error: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
});

export const WhenSchema = z.object(
  {
    /** Start of the event or period, as precise as the text allows. */
    date: PartialDate,
    /** End of a period ("over the weekend", "earlier this year"). */
    until: PartialDate.optional(),
    /** stated: the text gives the date; resolved: a relative expression read against the source's date. */
    basis: z.enum(['stated', 'resolved'], { error: 'must be "stated" or "resolved"' }),
    /** The words of the quote that give the time, verbatim. */
    expression: text(LIMITS.nameLength),
  },
  { error: expected('an object') },
);

export const STANCES = ['asserts', 'denies'] as const;

export const EvidenceSchema = z.looseObject(
  {
    source: Id,
    quote: text(LIMITS.quoteLength),
    translation: PartialLocalized(LIMITS.quoteLength * 2).optional(),
    note: Note.optional(),
    /** The actor who says it; absent (with no speakerLabel) = the source's own voice. */
    speaker: Id.optional(),
    /** Who exactly, when the text names them (a person, an office, "experts"). */
    speakerLabel: Localized(LIMITS.nameLength).optional(),
    /** Whether the quote asserts the relation or denies it. Default: asserts. */
    stance: z.enum(STANCES, { error: 'must be "asserts" or "denies"' }).optional(),
    when: WhenSchema.optional(),
    /**
     * Where the quote sits in its source's text (v3). Checked on every load: the text there must
     * be the quote (after NFC and whitespace folding, as quotes are matched).
     */
    at: Span.describe(
      'v3: UTF-16 offsets [start, end) of the quote in its source text (after textFile is inlined); re-checked on every load',
    ).optional(),
  },
  { error: expected('an object') },
);

/**
 * An event the text dates once (v3), e.g. the attack "on Friday": relations about it reference it
 * by id, and the time control never shows them before it. Dated by one quote, never by us.
 */
export const EventSchema = z.looseObject(
  {
    id: Id,
    name: Localized(LIMITS.nameLength),
    evidence: EvidenceSchema.extend({ when: WhenSchema }),
  },
  { error: expected('an object') },
);

export const RelationSchema = z.looseObject(
  {
    id: Id,
    source: Id,
    target: Id,
    kind: z.enum(RELATION_KIND_IDS, { error: `must be one of: ${RELATION_KIND_IDS.join(', ')}` }),
    directed: z.boolean({ error: expected('true or false') }),
    tension: z.union(
      TENSION_LEVELS.map((t) => z.literal(t)),
      { error: 'must be an integer from -2 (allied) to 2 (hostile)' },
    ),
    summary: Localized(LIMITS.summaryLength),
    evidence: z
      .array(EvidenceSchema, { error: expected('a list') })
      .min(1, {
        error: 'needs at least one evidence quote: a relation without a sentence does not exist',
      })
      .max(LIMITS.evidencePerRelation, {
        error: `has more than ${LIMITS.evidencePerRelation} items`,
      }),
    /** Ids of the events the relation is about (v3): it is never shown before them. */
    about: z
      .array(Id, { error: expected('a list of event ids') })
      .min(1, { error: 'must not be empty' })
      .max(20, { error: 'has more than 20 items' })
      .describe('v3: ids of the events the relation is about; it is never shown before them')
      .optional(),
    suggestion: SuggestionSchema.describe(
      'v3: present = an unreviewed suggestion of the drafting assistant, never shown to readers; removed when a person accepts it',
    ).optional(),
  },
  { error: expected('an object') },
);

export const GraphSchema = z.looseObject(
  {
    format: z.literal(FORMAT, {
      error: `must be "${FORMAT}" (files in "${FORMAT_V1}" and "${FORMAT_V2}" are upgraded)`,
    }),
    id: Id,
    title: Localized(LIMITS.summaryLength),
    description: Localized(LIMITS.summaryLength).optional(),
    sources: z
      .array(SourceSchema, { error: 'must be a list' })
      .min(1, { error: 'needs at least one source' })
      .max(LIMITS.sources, { error: `has more than ${LIMITS.sources} sources` }),
    actors: z
      .array(ActorSchema, { error: 'must be a list' })
      .max(LIMITS.actors, { error: `has more than ${LIMITS.actors} actors` }),
    relations: z
      .array(RelationSchema, { error: 'must be a list' })
      .max(LIMITS.relations, { error: `has more than ${LIMITS.relations} relations` }),
    events: z
      .array(EventSchema, { error: 'must be a list' })
      .max(LIMITS.events, { error: `has more than ${LIMITS.events} events` })
      .describe('v3: events the text dates once (each dated by a quote) that relations are about')
      .optional(),
  },
  { error: expected('an object') },
);

export type GraphFile = z.output<typeof GraphSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type Relation = z.output<typeof RelationSchema>;
export type Evidence = z.output<typeof EvidenceSchema>;
export type GraphEvent = z.output<typeof EventSchema>;
export type Note = z.output<typeof Note>;
export type When = z.output<typeof WhenSchema>;
export type Stance = (typeof STANCES)[number];
export type { Suggestion, Trigger } from './schema-spans.ts';

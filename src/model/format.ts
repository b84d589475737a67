/**
 * The format's names, limits and patterns, without the schema library: schema.ts builds the schema
 * from them, and the loader's fast path (fast-schema.ts) and the migration read them without
 * loading zod. One copy, so the two checks cannot drift apart.
 */

/**
 * Format versions. v2 adds who asserts each piece of evidence, whether it asserts or denies, and
 * when. v3 adds dated events that relations are about, a quote's offsets in its source, actors'
 * Wikidata ids and the drafting assistant's unreviewed suggestions, and keeps fields it does not
 * know. Every addition is optional, so v1 and v2 files load unchanged (migrate.ts).
 */
export const FORMAT = 'faultlines/3';

export const FORMAT_V1 = 'faultlines/1';
export const FORMAT_V2 = 'faultlines/2';
/** Formats migrate.ts upgrades. */
export const OLDER_FORMATS: readonly string[] = [FORMAT_V1, FORMAT_V2];

/** Limits keep a hostile or broken file from freezing the page; each message names its limit. */
export const LIMITS = {
  idLength: 200,
  nameLength: 200,
  summaryLength: 1000,
  quoteLength: 5000,
  noteLength: 2000,
  sourceTextLength: 2_000_000,
  // What the end-to-end suite loads, filters and selects (e2e/large-graph.spec.ts); 10,000 / 50,000
  // froze the tab for 15–30 s with one long task and took ~6 s per filter click (issue 17).
  actors: 5_000,
  relations: 20_000,
  sources: 100,
  evidencePerRelation: 100,
  coordinate: 1_000_000,
  events: 1_000,
} as const;

// eslint-disable-next-line no-control-regex -- the point is to reject control characters.
export const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A calendar date as precise as the text allows: a year, a month or a day. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const WIKIDATA_ID = /^Q[1-9]\d*$/;
/**
 * A real calendar day YYYY-MM-DD, leap years included: zod's `z.iso.date()` pattern, copied so the
 * fast path (fast-schema.ts) needs no zod (fast-schema.test.ts checks the copy against zod's).
 */
export const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

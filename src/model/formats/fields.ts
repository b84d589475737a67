/**
 * How our objects travel in formats whose elements carry flat attributes (GEXF, GraphML): each
 * scalar field a tool can show and edit gets its own attribute (`name_ar`, `tension` …), and
 * everything else — evidence lists, aliases, a newsroom's own fields, later versions' additions —
 * rides along as one JSON attribute (`faultlines`), so a file imports back to an equal graph.
 * Reading back, the flat attributes win over the JSON: an edit made in Gephi is kept.
 */
import type { Language } from '../vocabulary.ts';

export type Scalar = string | number | boolean;
type FieldType = 'string' | 'integer' | 'boolean';
export interface FieldSpec {
  /** The attribute's name in the exported file. */
  readonly attr: string;
  /** Where the value sits in our object. */
  readonly path: readonly string[];
  readonly type: FieldType;
}

const str = (attr: string, ...path: string[]): FieldSpec => ({ attr, path, type: 'string' });

/** Actor fields shown as attributes; `id` and `position` travel natively (node id, x/y). */
export const ACTOR_FIELDS: readonly FieldSpec[] = [
  str('kind', 'kind'),
  str('name_en', 'name', 'en'),
  str('name_ar', 'name', 'ar'),
  str('description_en', 'description', 'en'),
  str('description_ar', 'description', 'ar'),
  str('wikidata', 'wikidata'),
];

/** Relation fields shown as attributes; `id`, `source`, `target` travel natively. */
export const RELATION_FIELDS: readonly FieldSpec[] = [
  str('kind', 'kind'),
  { attr: 'tension', path: ['tension'], type: 'integer' },
  { attr: 'directed', path: ['directed'], type: 'boolean' },
  str('summary_en', 'summary', 'en'),
  str('summary_ar', 'summary', 'ar'),
];

/** The attribute that carries everything else, as JSON. */
export const REST_ATTR = 'faultlines';

// XML 1.0 cannot hold these characters at all, not even escaped; JSON escapes them.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the point is to find control characters.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Text for a derived, read-only attribute: what XML cannot hold becomes U+FFFD. */
export function xmlSafe(s: string): string {
  return s.replace(new RegExp(NOT_XML.source, 'gu'), '\ufffd');
}

/** JSON that XML can hold: JSON.stringify escapes controls and lone surrogates, not U+FFFE/U+FFFF. */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fits(type: FieldType, value: unknown): value is Scalar {
  if (type === 'string') return typeof value === 'string' && value !== '' && !NOT_XML.test(value);
  if (type === 'integer') return Number.isSafeInteger(value);
  return typeof value === 'boolean';
}

/**
 * Splits an object into flat attributes and the JSON of the rest. `omit` names top-level keys the
 * format carries natively (ids, endpoints, positions). Never changes its input.
 */
export function flatten(
  object: object,
  specs: readonly FieldSpec[],
  omit: readonly string[] = [],
): { attrs: Record<string, Scalar>; rest: string | undefined } {
  const clone = structuredClone(object) as Loose;
  for (const key of omit) delete clone[key];
  const attrs: Record<string, Scalar> = {};
  for (const spec of specs) {
    const parents: Loose[] = [clone];
    for (const key of spec.path.slice(0, -1)) {
      const next = parents[parents.length - 1]![key];
      if (!isRecord(next)) break;
      parents.push(next);
    }
    if (parents.length !== spec.path.length) continue;
    const last = spec.path[spec.path.length - 1]!;
    const holder = parents[parents.length - 1]!;
    if (!Object.hasOwn(holder, last) || !fits(spec.type, holder[last])) continue;
    attrs[spec.attr] = holder[last];
    delete holder[last];
    // Drop the objects this emptied ({"name": {}}), never ones that were empty to begin with.
    for (let i = parents.length - 1; i > 0; i--) {
      if (Object.keys(parents[i]!).length > 0) break;
      delete parents[i - 1]![spec.path[i - 1]!];
    }
  }
  return { attrs, rest: Object.keys(clone).length > 0 ? jsonForXml(clone) : undefined };
}

/** The inverse of flatten: the JSON rest with each flat attribute put back in its place. */
export function unflatten(attrs: Loose, specs: readonly FieldSpec[]): Loose {
  const object = parseRest(attrs[REST_ATTR]);
  for (const spec of specs) {
    const value = coerce(spec.type, attrs[spec.attr]);
    if (value === undefined) continue;
    let holder = object;
    for (const key of spec.path.slice(0, -1)) {
      if (!isRecord(holder[key])) holder[key] = {};
      holder = holder[key] as Loose;
    }
    holder[spec.path[spec.path.length - 1]!] = value;
  }
  return object;
}

/** A JSON attribute that does not parse is left out, not guessed at: the validator then names what is missing. */
function parseRest(value: unknown): Loose {
  if (typeof value !== 'string' || value === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** Values as the XML parsers hand them over: typed when the file declared a type, else strings. */
function coerce(type: FieldType, value: unknown): Scalar | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (type === 'string') return String(value);
  if (type === 'integer') {
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    return Number.isSafeInteger(n) ? n : String(value);
  }
  if (typeof value === 'boolean') return value;
  const s = String(value).trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : String(value);
}

/** Gephi's y axis points up, ours down (GUIDE: layout units, y grows downwards). */
export function flipY(y: number): number {
  return y === 0 ? 0 : -y;
}

/** What an edge is called in a tool's label column: its summary in the export's language. */
export function labelIn(
  localized: Partial<Record<Language, string>> | undefined,
  lang: Language,
): string | undefined {
  return localized?.[lang] ?? localized?.en ?? localized?.ar;
}

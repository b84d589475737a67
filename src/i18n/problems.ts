/**
 * Validation problems in the interface language. Semantic problems carry a key and values;
 * schema problems carry the schema's English message, matched here against its known forms.
 * Anything unmatched is shown in English rather than hidden.
 */
import type { TFunction } from 'i18next';
import { keyed } from './keys.ts';
import { neutralizeBidi } from '../model/text.ts';
import type { Problem } from '../model/validate.ts';
import type en from './locales/en.json';

/** Each known form of a schema message, and its key under `problem.schema` in the locales. */
type SchemaKey = keyof (typeof en)['problem']['schema'];
const SCHEMA_FORMS: [RegExp, SchemaKey][] = [
  [/^is missing$/, 'missing'],
  [/^must not be empty$/, 'empty'],
  [/^must be a list$/, 'list'],
  [/^must be an object$/, 'object'],
  [/^must be a string( id)?$/, 'string'],
  [/^must be an object \{"en": …, "ar": …\}$/, 'localized'],
  [/^must be a string or \{"en": …, "ar": …\}$/, 'note'],
  [/^must be true or false$/, 'boolean'],
  [/^must be a date YYYY-MM-DD$/, 'day'],
  [/^must be a date/, 'date'],
  [/^must be an http\(s\) URL$/, 'url'],
  [/^must be an integer from -2 \(allied\) to 2 \(hostile\)$/, 'tension'],
  [/^must be one of: (?<values>.+)$/, 'oneOf'],
  // Before the format's form, which would read them as one value.
  [/^must be "asserts" or "denies"$/, 'stance'],
  [/^must be "stated" or "resolved"$/, 'basis'],
  [/^must be "(?<values>[^"]+)"/, 'format'],
  // The v3 fields: quote offsets, positions, Wikidata ids, suggestions, events.
  [/^must be a number$/, 'number'],
  [/^must be a number from 0 to 1$/, 'fraction'],
  [/^must be a whole number$/, 'whole'],
  [/^must not be negative$/, 'negative'],
  [/^must be at most (?<max>\d+)$/, 'atMost'],
  [/^must be a finite number$/, 'finite'],
  [/^must be between -(?<max>\d+) and \d+$/, 'between'],
  [/^must be an object \{"start": …, "end": …\}$/, 'span'],
  [/^end must be after start$/, 'endAfterStart'],
  [/^must be a Wikidata id such as "Q159"$/, 'wikidata'],
  [/^must be a list of event ids$/, 'eventIds'],
  [/^must be a language tag/, 'language'],
  [/^must not contain control characters$/, 'control'],
  [/^is longer than (?<max>\d+) characters$/, 'tooLong'],
  [/^has more than (?<max>\d+)/, 'tooMany'],
  [/^needs at least one evidence quote/, 'noEvidence'],
  [/^needs at least one source$/, 'noSources'],
];

export function problemText(p: Problem, t: TFunction): string {
  // Values quoted from the file are data: a bidi control in one must not reorder the message.
  const params = Object.fromEntries(
    Object.entries(p.params ?? {}).map(([k, v]) => [k, neutralizeBidi(v)]),
  );
  const translate = keyed(t);
  if (p.key && p.key !== 'schema') return translate(`problem.${p.key}`, params);
  for (const [form, key] of SCHEMA_FORMS) {
    const m = form.exec(p.message);
    if (m) return translate(`problem.schema.${key}`, { ...m.groups });
  }
  return neutralizeBidi(p.message);
}

/**
 * Flourish-style network sheets (the shape Kumu imports too): a points sheet, one row per actor
 * (`id`, `label`, …), and a links sheet, one row per quote (`source`, `target`, `value` = how
 * many sentences back the relation, …), with our columns for kind, tension, direction, summary,
 * quote, source, translation, speaker, stance and date. What has no column of its own (a
 * newsroom's fields, a later version's additions) rides in the `extra` JSON columns, so the
 * sheets import back (sheet-import.ts) to the same actors and relations. Sources' texts are not
 * in the sheets: an import checks its quotes against the draft's own sources.
 */
import { strToU8, zipSync } from 'fflate';
import { csvField, guardFormula } from '../export.ts';
import type { Actor, Evidence, GraphFile, Relation } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { labelIn } from './fields.ts';

export const POINT_COLUMNS = [
  'id',
  'label',
  'name_en',
  'name_ar',
  'kind',
  'aliases_en',
  'aliases_ar',
  'description_en',
  'description_ar',
  'wikidata',
  'x',
  'y',
  'extra',
] as const;
export const LINK_COLUMNS = [
  'relation',
  'source',
  'target',
  'source_label',
  'target_label',
  'value',
  'kind',
  'tension',
  'directed',
  'summary_en',
  'summary_ar',
  'quote',
  'quote_source',
  'translation_en',
  'translation_ar',
  'speaker',
  'speaker_label_en',
  'speaker_label_ar',
  'stance',
  'date',
  'date_until',
  'date_basis',
  'date_expression',
  'note',
  'note_en',
  'note_ar',
  'relation_extra',
  'evidence_extra',
] as const;
type Row<C extends string> = Partial<Record<C, string | number>>;

/** Fields that have columns of their own; the rest goes to the extra JSON. */
const ACTOR_KEYS = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'wikidata',
  'position',
]);
const RELATION_KEYS = new Set([
  'id',
  'source',
  'target',
  'kind',
  'tension',
  'directed',
  'summary',
  'evidence',
]);
const EVIDENCE_KEYS = new Set([
  'source',
  'quote',
  'translation',
  'note',
  'speaker',
  'speakerLabel',
  'stance',
  'when',
]);

function extra(
  object: object,
  known: ReadonlySet<string>,
  also: Record<string, unknown> = {},
): string {
  const rest = {
    ...Object.fromEntries(Object.entries(object).filter(([k]) => !known.has(k))),
    ...also,
  };
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : '';
}

/** A list in one cell, or — if a name holds the separator — in the extra JSON instead. */
const listCell = (names: readonly string[] | undefined) => (names ?? []).join(' | ');
/** Cells can hold lists of names, but not an empty list ("ar": []) nor a name with a "|" in it. */
const listFits = (actor: Actor) =>
  Object.values(actor.aliases ?? {}).every(
    (names) => names === undefined || (names.length > 0 && names.every((a) => !/[|\n]/.test(a))),
  );

function pointRow(actor: Actor, lang: Language): Row<(typeof POINT_COLUMNS)[number]> {
  const fits = listFits(actor);
  return {
    id: actor.id,
    label: labelIn(actor.name, lang) ?? actor.id,
    name_en: actor.name.en,
    name_ar: actor.name.ar,
    kind: actor.kind,
    aliases_en: fits ? listCell(actor.aliases?.en) : '',
    aliases_ar: fits ? listCell(actor.aliases?.ar) : '',
    description_en: actor.description?.en ?? '',
    description_ar: actor.description?.ar ?? '',
    wikidata: String((actor as { wikidata?: unknown }).wikidata ?? ''),
    x: actor.position?.x ?? '',
    y: actor.position?.y ?? '',
    extra: extra(actor, ACTOR_KEYS, fits || !actor.aliases ? {} : { aliases: actor.aliases }),
  };
}

function linkRow(
  file: GraphFile,
  r: Relation,
  e: Evidence,
  first: boolean,
  lang: Language,
): Row<(typeof LINK_COLUMNS)[number]> {
  const name = (id: string) => labelIn(file.actors.find((a) => a.id === id)?.name, lang) ?? id;
  const note = e.note;
  return {
    relation: r.id,
    source: r.source,
    target: r.target,
    source_label: name(r.source),
    target_label: name(r.target),
    value: r.evidence.length,
    kind: r.kind,
    tension: r.tension,
    directed: String(r.directed),
    summary_en: r.summary.en,
    summary_ar: r.summary.ar,
    quote: e.quote,
    quote_source: e.source,
    translation_en: e.translation?.en ?? '',
    translation_ar: e.translation?.ar ?? '',
    speaker: e.speaker ?? '',
    speaker_label_en: e.speakerLabel?.en ?? '',
    speaker_label_ar: e.speakerLabel?.ar ?? '',
    stance: e.stance ?? '',
    date: e.when?.date ?? '',
    date_until: e.when?.until ?? '',
    date_basis: e.when?.basis ?? '',
    date_expression: e.when?.expression ?? '',
    note: typeof note === 'string' ? note : '',
    note_en: typeof note === 'object' ? (note.en ?? '') : '',
    note_ar: typeof note === 'object' ? (note.ar ?? '') : '',
    relation_extra: first ? extra(r, RELATION_KEYS) : '',
    evidence_extra: extra(e, EVIDENCE_KEYS),
  };
}

/**
 * RFC 4180 with CRLF and a BOM (spreadsheets then read Arabic as UTF-8). Text cells that would run
 * as formulas get an apostrophe; numbers are written as numbers. Fields are quoted on any
 * delimiter a spreadsheet might split on (csvField).
 */
function csv<C extends string>(columns: readonly C[], rows: readonly Row<C>[]): string {
  const cell = (v: string | number | undefined) =>
    csvField(typeof v === 'number' ? String(v) : guardFormula(v ?? ''));
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toFlourishSheets(
  file: GraphFile,
  lang: Language,
): { points: string; links: string } {
  return {
    points: csv(
      POINT_COLUMNS,
      file.actors.map((a) => pointRow(a, lang)),
    ),
    links: csv(
      LINK_COLUMNS,
      file.relations.flatMap((r) => r.evidence.map((e, i) => linkRow(file, r, e, i === 0, lang))),
    ),
  };
}

/** Both sheets in one download: `points.csv` and `links.csv`. */
export function toFlourishZip(file: GraphFile, lang: Language): Uint8Array {
  const { points, links } = toFlourishSheets(file, lang);
  return zipSync(
    { 'points.csv': strToU8(points), 'links.csv': strToU8(links) },
    { level: 6, mtime: new Date('2000-01-01T00:00:00Z') },
  );
}

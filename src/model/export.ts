/**
 * Exports of what the reader sees: the visible part of the graph as a graph file (same format, so
 * it loads back) and its evidence as a CSV table for spreadsheets. Pure: no DOM, no downloads.
 */
import type { Visibility } from './filter.ts';
import { actorName, noteText, type Graph } from './graph.ts';
import type { Actor, Evidence, GraphFile, Relation, Source } from './schema.ts';
import type { Language } from './vocabulary.ts';

/**
 * The visible relations, the actors they touch (ends and speakers) and the sources their evidence
 * cites, in file order, as a graph file that `parseGraph` accepts. Actors without any relation in
 * the graph stay too: no filter hides them (the canvas shows them dimmed in every view), and so
 * exporting an unfiltered view gives back the whole file. Never shares objects with the input;
 * sources carry their text inline (never textFile).
 */
export function visibleGraphFile(graph: Graph, visibility: Visibility): GraphFile {
  const file = graph.file;
  const relations = file.relations.filter((r) => visibility.relationIds.has(r.id));
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const r of relations) {
    actorIds.add(r.source);
    actorIds.add(r.target);
    for (const e of r.evidence) {
      sourceIds.add(e.source);
      // A speaker must exist in the file, or the file no longer validates.
      if (e.speaker !== undefined) actorIds.add(e.speaker);
    }
  }
  let sources = file.sources.filter((s) => sourceIds.has(s.id));
  // The format needs at least one source; an export of nothing keeps the first.
  if (sources.length === 0) sources = file.sources.slice(0, 1);
  // Cloned part by part: the sources left out may hold megabytes of text.
  const { sources: _sources, actors: _actors, relations: _relations, ...rest } = file;
  return {
    ...structuredClone(rest),
    sources: sources.map(inlineSource),
    actors: file.actors
      .filter((a) => actorIds.has(a.id) || !graph.relationsByActor.get(a.id)?.length)
      .map((a) => structuredClone<Actor>(a)),
    relations: relations.map((r) => structuredClone<Relation>(r)),
  };
}

function inlineSource(source: Source): Source {
  const copy = structuredClone(source);
  delete copy.textFile;
  return copy;
}

export const CSV_COLUMNS = [
  'relation_id',
  'source_actor',
  'relation_kind',
  'target_actor',
  'directed',
  'tension',
  'summary',
  'quote',
  'translation_en',
  'speaker',
  'stance',
  'date',
  'date_until',
  'date_basis',
  'note',
  'source_id',
  'source_title',
  'source_outlet',
  'source_published',
  'source_url',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Columns written as numbers: never prefixed by the formula guard ("-2" stays "-2"). */
const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set(['tension']);

/**
 * One row per evidence item of each visible relation, in graph order (RFC 4180, CRLF, UTF-8 BOM so
 * spreadsheet programs read Arabic correctly). Names, summaries, notes and titles in `lang`; quotes
 * verbatim. Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
export function evidenceCsv(graph: Graph, visibility: Visibility, lang: Language): string {
  const name = (id: string) => actorName(graph, id, lang);
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const r of graph.relations) {
    if (!visibility.relationIds.has(r.id)) continue;
    for (const e of r.evidence) {
      const row = evidenceRow(graph, r, e, lang, name);
      lines.push(CSV_COLUMNS.map((c) => csvCell(c, row[c])).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function evidenceRow(
  graph: Graph,
  r: Relation,
  e: Evidence,
  lang: Language,
  name: (id: string) => string,
): Record<Column, string> {
  const source = graph.sourceById.get(e.source);
  return {
    relation_id: r.id,
    source_actor: name(r.source),
    relation_kind: r.kind,
    target_actor: name(r.target),
    directed: String(r.directed),
    tension: String(r.tension),
    summary: r.summary[lang],
    quote: e.quote,
    translation_en: e.translation?.en ?? '',
    speaker: speakerText(e, lang, name),
    stance: e.stance ?? 'asserts',
    date: e.when?.date ?? '',
    date_until: e.when?.until ?? '',
    date_basis: e.when?.basis ?? '',
    note: noteText(e.note, lang) ?? '',
    source_id: e.source,
    source_title: source?.title[lang] ?? '',
    source_outlet: source?.outlet ?? '',
    source_published: source?.published ?? '',
    source_url: source?.url ?? '',
  };
}

/** "Russia — Russian state media"; empty for the source's own voice. */
function speakerText(e: Evidence, lang: Language, name: (id: string) => string): string {
  const parts = [e.speaker === undefined ? undefined : name(e.speaker), e.speakerLabel?.[lang]];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' — ');
}

function csvCell(column: Column, value: string): string {
  return csvField(NUMERIC_COLUMNS.has(column) ? value : guardFormula(value));
}

/**
 * Spreadsheets run cells starting with these as formulas (CSV injection). A spreadsheet set to a
 * locale whose list separator is ";" (or one splitting on tabs) cuts our comma-separated lines at
 * every ";" inside a field too, so a formula after one of those is guarded as well.
 */
export function guardFormula(value: string): string {
  const inner = value.replace(/([;\t][\s"]*)(?=[=+\-@])/g, "$1'");
  return /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
}

/**
 * RFC 4180: quote fields holding a comma, quote, CR or LF; double the quotes inside. Semicolons and
 * tabs too: a spreadsheet set to split on them (Excel in many locales) would otherwise cut the
 * cell there, and a piece after the cut that starts with "=" would run as a formula.
 */
export function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A download name such as `crocus-2024-faultlines.csv` (with a date: `…-faultlines-2024-03-25.csv`).
 * The graph id comes from the file, so only [a-z0-9-] is kept.
 */
export function exportFileName(graph: Graph, extension: string, date?: Date): string {
  const base = slug(graph.file.id, 60) || 'graph';
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'txt';
  const day = date && !Number.isNaN(date.getTime()) ? `-${localDate(date)}` : '';
  return `${base}-faultlines${day}.${ext}`;
}

function slug(s: string, max: number): string {
  const trim = (t: string) => t.replace(/^-+|-+$/g, '');
  return trim(trim(s.toLowerCase().replace(/[^a-z0-9]+/g, '-')).slice(0, max));
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

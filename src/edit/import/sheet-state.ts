/**
 * The import step's state, outside React so it can be tested as data: each sheet's text (from a
 * file or pasted), read once, with its column mapping — guessed from the headers until the
 * person changes it — and the import it gives against the draft as it is now. Nothing here
 * touches the draft: `applySheetImport` does, in one change (one undo step).
 */
import {
  guessColumns,
  LINK_FIELDS,
  POINT_FIELDS,
  REQUIRED,
  type ColumnTarget,
  type SheetField,
} from '../../model/formats/sheet-columns.ts';
import { importSheets, type SheetImport } from '../../model/formats/sheet-import.ts';
import type { SheetName } from '../../model/formats/sheet-problems.ts';
import { readSheet, type Sheet } from '../../model/formats/sheet-read.ts';
import type { Actor } from '../../model/schema.ts';
import type { DraftGraph, EditorDocument } from '../doc/index.ts';

export interface SheetEntry {
  /** The file's name, or undefined for pasted cells. */
  readonly file?: string;
  readonly text: string;
  readonly sheet: Sheet;
  readonly columns: readonly ColumnTarget[];
}

export type SheetEntries = Partial<Record<SheetName, SheetEntry>>;

export function enterSheet(name: SheetName, text: string, file?: string): SheetEntry {
  const sheet = readSheet(text, name);
  return {
    ...(file !== undefined ? { file } : {}),
    text,
    sheet,
    columns: guessColumns(sheet.headers, name),
  };
}

export function remap(entry: SheetEntry, column: number, target: ColumnTarget): SheetEntry {
  const columns = entry.columns.slice();
  columns[column] = target;
  return { ...entry, columns };
}

/** The fields a sheet's columns may go to, required ones first. */
export function fieldsOf(name: SheetName): readonly SheetField[] {
  const all: readonly SheetField[] = name === 'links' ? LINK_FIELDS : POINT_FIELDS;
  const required = REQUIRED[name];
  return [...required, ...all.filter((f) => !required.includes(f))];
}

/** What importing the entries into this draft gives (its actors found, its ids not reused). */
export function previewImport(graph: DraftGraph, entries: SheetEntries): SheetImport | null {
  if (!entries.links && !entries.points) return null;
  const result = importSheets({
    ...(entries.points
      ? { points: { sheet: entries.points.sheet, columns: entries.points.columns } }
      : {}),
    ...(entries.links
      ? { links: { sheet: entries.links.sheet, columns: entries.links.columns } }
      : {}),
    sources: graph.sources,
    existing: { actors: graph.actors, relations: graph.relations },
  });
  // The editor fills an empty summary with the plain one (its ends and kind), as it does for a
  // relation made by hand: a row without one has nothing left to check.
  const problems = result.problems.filter(
    (p) => !(p.key === 'missing' && p.params.field === 'summary'),
  );
  return { ...result, problems };
}

export type SummaryOf = (
  source: Actor | undefined,
  target: Actor | undefined,
  relation: SheetImport['relations'][number],
) => { en: string; ar: string };

/**
 * The draft with the good rows added: computed again against the document as it is at that
 * moment (never against a stale preview), with the plain summary where a row gave none.
 */
export function applySheetImport(
  doc: EditorDocument,
  entries: SheetEntries,
  summaryOf: SummaryOf,
): { doc: EditorDocument; result: SheetImport | null } {
  const result = previewImport(doc.graph, entries);
  if (!result || (result.actors.length === 0 && result.relations.length === 0))
    return { doc, result };
  const actors = [...doc.graph.actors, ...result.actors];
  const find = (id: string) => actors.find((a) => a.id === id);
  const relations = result.relations.map((r) => {
    const plain = summaryOf(find(r.source), find(r.target), r);
    const summary = { en: r.summary.en.trim() || plain.en, ar: r.summary.ar.trim() || plain.ar };
    return { ...r, summary };
  });
  return {
    doc: {
      ...doc,
      graph: { ...doc.graph, actors, relations: [...doc.graph.relations, ...relations] },
    },
    result,
  };
}

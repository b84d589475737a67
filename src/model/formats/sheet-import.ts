/**
 * The spreadsheet import the editor runs: a points sheet and a links sheet (either may be
 * missing), each with its column mapping (guessed unless given), against the draft's sources and
 * actors. The result is a partial graph to merge — new actors, new relations with their evidence —
 * and every problem, row by row. Nothing here changes the draft: the caller merges, so a bad
 * sheet can be looked at, fixed and imported again without losing anything.
 */
import type { Actor, Relation, Source } from '../schema.ts';
import type { ActorKind } from '../vocabulary.ts';
import { importPoints, ActorIndex } from './sheet-actors.ts';
import { checkColumns, guessColumns, type ColumnTarget } from './sheet-columns.ts';
import { importLinks } from './sheet-links.ts';
import type { SheetProblem } from './sheet-problems.ts';
import { readSheet, type Sheet } from './sheet-read.ts';

export interface SheetInput {
  readonly sheet: Sheet;
  /** One target per column; guessed from the headers when absent. */
  readonly columns?: readonly ColumnTarget[];
}

export interface SheetImportOptions {
  readonly points?: SheetInput;
  readonly links?: SheetInput;
  /** The draft's sources, with their text: every quote must be found in one. */
  readonly sources: readonly Source[];
  /** The draft as it is: its actors are found by id, name or alias; ids are not reused. */
  readonly existing?: {
    readonly actors: readonly Actor[];
    readonly relations: readonly Relation[];
  };
  /** The kind of actor made from a name that no points row gives, or a points row without one. */
  readonly defaultActorKind?: ActorKind;
}

export interface SheetImport {
  /** Actors to add to the draft (the graph's own are referred to by their ids, not repeated). */
  readonly actors: Actor[];
  readonly relations: Relation[];
  readonly problems: SheetProblem[];
  /** Rows taken in from each sheet. */
  readonly imported: { readonly points: number; readonly links: number };
}

export function importSheets(options: SheetImportOptions): SheetImport {
  const problems: SheetProblem[] = [];
  const existing = options.existing ?? { actors: [], relations: [] };
  const takenIds = new Set([
    ...existing.actors.map((a) => a.id),
    ...existing.relations.map((r) => r.id),
  ]);
  const index = new ActorIndex(existing.actors, takenIds);
  const defaultActorKind = options.defaultActorKind ?? 'state';
  const imported = { points: 0, links: 0 };
  const prepare = (input: SheetInput | undefined) => {
    if (!input) return undefined;
    const { sheet } = input;
    const unreadable = (list: readonly SheetProblem[]) =>
      list.some((p) => p.severity === 'error' && p.row === undefined);
    problems.push(...sheet.problems);
    if (unreadable(sheet.problems)) return undefined;
    const columns = input.columns ?? guessColumns(sheet.headers, sheet.name);
    const columnProblems = checkColumns(sheet.headers, columns, sheet.name);
    problems.push(...columnProblems);
    return unreadable(columnProblems) ? undefined : { sheet, columns };
  };
  const points = prepare(options.points);
  if (points)
    imported.points = importPoints(points.sheet, points.columns, index, defaultActorKind, problems);
  const links = prepare(options.links);
  let relations: Relation[] = [];
  if (links) {
    for (const actor of index.added) takenIds.add(actor.id);
    const result = importLinks(
      links.sheet,
      links.columns,
      { index, sources: options.sources, takenIds, defaultActorKind },
      problems,
    );
    relations = result.relations;
    imported.links = result.imported;
  }
  return { actors: index.added, relations, problems, imported };
}

/** The same from the sheets' texts (files or pasted cells), with guessed columns. */
export function importSheetTexts(
  texts: { points?: string; links?: string },
  options: Omit<SheetImportOptions, 'points' | 'links'>,
): SheetImport {
  return importSheets({
    ...options,
    ...(texts.points !== undefined ? { points: { sheet: readSheet(texts.points, 'points') } } : {}),
    ...(texts.links !== undefined ? { links: { sheet: readSheet(texts.links, 'links') } } : {}),
  });
}

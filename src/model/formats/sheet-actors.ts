/**
 * Actors from a points sheet, and the look-up that links rows use to find their ends: by id, or
 * by any name or alias in either language (normalised as the search box does), among the graph's
 * actors first, so a sheet never makes a second Russia. A name nobody knows becomes a new actor.
 */
import type { Actor } from '../schema.ts';
import { normalizeForSearch } from '../search.ts';
import { ACTOR_KINDS, type ActorKind } from '../vocabulary.ts';
import type { ColumnTarget } from './sheet-columns.ts';
import { bothLanguages, jsonObject, RowReader } from './sheet-cells.ts';
import type { SheetProblem } from './sheet-problems.ts';
import type { Sheet, SheetRow } from './sheet-read.ts';
import { parseActorKind, parseNumber, scriptLanguage, splitList } from './sheet-values.ts';

export class ActorIndex {
  readonly added: Actor[] = [];
  private readonly ids = new Set<string>();
  private readonly byId = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  /** Names and ids of points rows that were not imported, with their row. */
  private readonly skipped = new Map<string, number>();
  private readonly firstRow = new Map<string, number>();

  constructor(existing: readonly Actor[], taken: Iterable<string>) {
    for (const id of taken) this.ids.add(id);
    for (const actor of existing) this.remember(actor);
  }

  private remember(actor: Actor, row?: number): void {
    this.ids.add(actor.id);
    this.byId.set(actor.id, actor.id);
    const names = [
      actor.name.en,
      actor.name.ar,
      ...(actor.aliases?.en ?? []),
      ...(actor.aliases?.ar ?? []),
    ];
    for (const name of names) {
      const key = normalizeForSearch(name);
      if (key !== '' && !this.byName.has(key)) this.byName.set(key, actor.id);
    }
    if (row !== undefined) this.firstRow.set(actor.id, row);
  }

  find(ref: string): string | undefined {
    return this.byId.get(ref) ?? this.byName.get(normalizeForSearch(ref));
  }

  rowOf(id: string): number | undefined {
    return this.firstRow.get(id);
  }

  skippedRow(ref: string): number | undefined {
    return this.skipped.get(ref) ?? this.skipped.get(normalizeForSearch(ref));
  }

  skip(refs: readonly string[], row: number): void {
    for (const ref of refs)
      if (ref) {
        this.skipped.set(ref, row);
        this.skipped.set(normalizeForSearch(ref), row);
      }
  }

  /** A new id: the given one, or one made from the name; never one already in use. */
  freshId(wanted: string): string {
    const base = wanted.trim() || 'actor';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  add(actor: Actor, row?: number): void {
    this.added.push(actor);
    this.remember(actor, row);
  }
}

/** An id made from a name: its words joined by hyphens (Arabic letters stay Arabic). */
export function idFromName(name: string): string {
  return normalizeForSearch(name).replace(/ /g, '-').slice(0, 80);
}

/** An actor from a name alone (a links row's end that no points row gives). */
export function actorFromName(index: ActorIndex, name: string, kind: ActorKind): Actor {
  const lang = scriptLanguage(name);
  return {
    id: index.freshId(idFromName(name)),
    kind,
    name: { en: lang === 'en' ? name : '', ar: lang === 'ar' ? name : '' },
  };
}

export function importPoints(
  sheet: Sheet,
  columns: readonly ColumnTarget[],
  index: ActorIndex,
  defaultKind: ActorKind,
  problems: SheetProblem[],
): number {
  const reader = new RowReader(sheet, columns, problems);
  let imported = 0;
  for (const row of sheet.rows) if (importPoint(reader, row, index, defaultKind)) imported++;
  return imported;
}

function importPoint(
  reader: RowReader,
  row: SheetRow,
  index: ActorIndex,
  defaultKind: ActorKind,
): boolean {
  const wantedId = reader.get(row, 'id');
  const names = reader.localized(row, 'name_en', 'name_ar', 'name');
  const refs = [wantedId, names.en ?? '', names.ar ?? ''].filter((r) => r !== '');
  if (refs.length === 0) {
    reader.report(row, 'error', 'missing', { field: 'name' }, 'name');
    return false;
  }
  const known = refs.map((r) => index.find(r)).find((id) => id !== undefined);
  if (known !== undefined) {
    const first = index.rowOf(known);
    if (first !== undefined)
      reader.report(row, 'error', 'duplicateActor', { name: refs[0]!, row: String(first) });
    else reader.report(row, 'warning', 'sameAsExisting', { name: refs[0]!, id: known });
    return false;
  }
  const kindCell = reader.get(row, 'kind');
  let kind = parseActorKind(kindCell);
  if (kindCell !== '' && kind === undefined) {
    reader.report(
      row,
      'error',
      'unknownActorKind',
      { value: kindCell, allowed: ACTOR_KINDS.join(', ') },
      'kind',
    );
    index.skip(refs, row.row);
    return false;
  }
  if (kind === undefined) {
    reader.report(row, 'warning', 'defaultKind', { kind: defaultKind }, 'kind');
    kind = defaultKind;
  }
  for (const field of ['name', 'name_en', 'name_ar'] as const) reader.warnFormula(row, field);
  const actor: Actor = {
    ...jsonObject(reader, row, 'extra'),
    ...Object.fromEntries(reader.kept(row)),
    id: index.freshId(wantedId || idFromName(names.en ?? names.ar ?? '')),
    kind,
    name: bothLanguages(reader, row, 'name', names),
  } as Actor;
  const aliases = pointAliases(reader, row);
  if (aliases) actor.aliases = aliases;
  const description = reader.localized(row, 'description_en', 'description_ar', 'description');
  if (description.en !== undefined || description.ar !== undefined)
    actor.description = bothLanguages(reader, row, 'description', description);
  const wikidata = reader.get(row, 'wikidata');
  if (wikidata !== '') {
    if (/^Q[1-9]\d*$/.test(wikidata)) Object.assign(actor, { wikidata });
    else reader.report(row, 'warning', 'badWikidata', { value: wikidata }, 'wikidata');
  }
  const position = pointPosition(reader, row);
  if (position) actor.position = position;
  index.add(actor, row.row);
  return true;
}

function pointAliases(reader: RowReader, row: SheetRow): Actor['aliases'] {
  const en = splitList(reader.get(row, 'aliases_en'));
  const ar = splitList(reader.get(row, 'aliases_ar'));
  for (const alias of splitList(reader.get(row, 'aliases')))
    (scriptLanguage(alias) === 'ar' ? ar : en).push(alias);
  if (en.length === 0 && ar.length === 0) return undefined;
  return { ...(en.length ? { en } : {}), ...(ar.length ? { ar } : {}) };
}

function pointPosition(reader: RowReader, row: SheetRow): Actor['position'] {
  const xs = reader.get(row, 'x');
  const ys = reader.get(row, 'y');
  if (xs === '' && ys === '') return undefined;
  const x = parseNumber(xs);
  const y = parseNumber(ys);
  if (x === undefined) reader.report(row, 'warning', 'badNumber', { field: 'x', value: xs }, 'x');
  if (y === undefined) reader.report(row, 'warning', 'badNumber', { field: 'y', value: ys }, 'y');
  return x !== undefined && y !== undefined ? { x, y } : undefined;
}

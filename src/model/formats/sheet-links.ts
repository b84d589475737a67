/**
 * Relations from a links sheet, one row per quote (rows with the same relation id — or, without
 * one, the same ends and kind — are that relation's evidence). Every quote must be found in a
 * source text, as the validator finds it (NFC and whitespace folding only): a row whose quote is
 * not there is not imported, and says so.
 */
import type { Evidence, Relation, Source } from '../schema.ts';
import { readEvidence, searchableSources } from './sheet-evidence.ts';
import {
  RELATION_KINDS,
  RELATION_KIND_IDS,
  type ActorKind,
  type RelationKind,
  type Tension,
} from '../vocabulary.ts';
import { normalizeForSearch } from '../search.ts';
import { actorFromName, type ActorIndex } from './sheet-actors.ts';
import { bothLanguages, jsonObject, RowReader } from './sheet-cells.ts';
import type { ColumnTarget } from './sheet-columns.ts';
import type { SheetProblem } from './sheet-problems.ts';
import type { Sheet, SheetRow } from './sheet-read.ts';
import { parseDirected, parseRelationKind, parseTension } from './sheet-values.ts';

export interface LinksContext {
  readonly index: ActorIndex;
  readonly sources: readonly Source[];
  /** Relation and actor ids already in use: new relations get others. */
  readonly takenIds: Set<string>;
  readonly defaultActorKind: ActorKind;
}

interface Group {
  readonly relation: Relation;
  readonly row: number;
}

export function importLinks(
  sheet: Sheet,
  columns: readonly ColumnTarget[],
  context: LinksContext,
  problems: SheetProblem[],
): { relations: Relation[]; imported: number } {
  const reader = new RowReader(sheet, columns, problems);
  if (context.sources.length === 0) {
    reader.report(undefined, 'error', 'noSources');
    return { relations: [], imported: 0 };
  }
  const searchable = searchableSources(context.sources);
  const groups = new Map<string, Group>();
  let imported = 0;
  for (const row of sheet.rows) {
    const ends = readEnds(reader, row, context);
    const fields = readFields(reader, row);
    const evidence = readEvidence(reader, row, context.index, searchable);
    if (!ends || !fields || !evidence) continue;
    // Only now, with the row sure to be imported, are actors made from names nobody knows.
    const source = realize(reader, row, 'source', ends.source, context);
    const target = realize(reader, row, 'target', ends.target, context);
    const link = readLink(reader, row, source, target, fields);
    const group = groups.get(link.key);
    if (group) {
      for (const field of ['source', 'target', 'kind', 'tension', 'directed'] as const)
        if (group.relation[field] !== link.relation[field])
          reader.report(row, 'warning', 'conflict', { field, row: String(group.row) }, field);
      group.relation.evidence.push(evidence);
    } else {
      link.relation.id = freshId(context.takenIds, link.relation.id);
      if (link.relation.summary.en === '' && link.relation.summary.ar === '')
        reader.report(row, 'warning', 'missing', { field: 'summary' }, 'summary');
      link.relation.evidence.push(evidence);
      groups.set(link.key, { relation: link.relation, row: row.row });
    }
    imported++;
  }
  return { relations: [...groups.values()].map((g) => g.relation), imported };
}

function freshId(taken: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

type Ref = { id: string } | { name: string };

/** Both ends, found or to be made; nothing if one is missing, not imported, or both are one. */
function readEnds(
  reader: RowReader,
  row: SheetRow,
  context: LinksContext,
): { source: Ref; target: Ref } | undefined {
  const source = readEnd(reader, row, 'source', context);
  const target = readEnd(reader, row, 'target', context);
  if (!source || !target) return undefined;
  const same =
    'id' in source && 'id' in target
      ? source.id === target.id
      : 'name' in source &&
        'name' in target &&
        normalizeForSearch(source.name) === normalizeForSearch(target.name);
  if (same) {
    reader.report(row, 'error', 'selfLoop', {}, 'target');
    return undefined;
  }
  return { source, target };
}

function readEnd(
  reader: RowReader,
  row: SheetRow,
  field: 'source' | 'target',
  context: LinksContext,
): Ref | undefined {
  const ref = reader.get(row, field);
  if (ref === '') {
    reader.report(row, 'error', 'missing', { field }, field);
    return undefined;
  }
  const found = context.index.find(ref);
  if (found !== undefined) return { id: found };
  const skipped = context.index.skippedRow(ref);
  if (skipped !== undefined) {
    reader.report(row, 'error', 'actorNotImported', { name: ref, row: String(skipped) }, field);
    return undefined;
  }
  return { name: ref };
}

/** A new actor from a name no points row and no actor of the graph has (with a warning). */
function realize(
  reader: RowReader,
  row: SheetRow,
  field: 'source' | 'target',
  ref: Ref,
  context: LinksContext,
): string {
  if ('id' in ref) return ref.id;
  const again = context.index.find(ref.name);
  if (again !== undefined) return again;
  reader.warnFormula(row, field);
  const actor = actorFromName(context.index, ref.name, context.defaultActorKind);
  context.index.add(actor);
  context.takenIds.add(actor.id);
  reader.report(
    row,
    'warning',
    'newActor',
    { name: ref.name, kind: context.defaultActorKind },
    field,
  );
  return actor.id;
}

interface LinkFields {
  readonly kind: RelationKind;
  readonly tension: Tension;
  readonly directed: boolean;
}

function readFields(reader: RowReader, row: SheetRow): LinkFields | undefined {
  const kindCell = reader.get(row, 'kind');
  const kind = parseRelationKind(kindCell);
  if (kindCell === '') reader.report(row, 'error', 'missing', { field: 'kind' }, 'kind');
  else if (!kind)
    reader.report(
      row,
      'error',
      'unknownRelationKind',
      { value: kindCell, allowed: RELATION_KIND_IDS.join(', ') },
      'kind',
    );
  const tensionCell = reader.get(row, 'tension');
  const tension =
    tensionCell === '' ? kind && RELATION_KINDS[kind].defaultTension : parseTension(tensionCell);
  if (tensionCell !== '' && tension === undefined)
    reader.report(row, 'error', 'badTension', { value: tensionCell }, 'tension');
  const directedCell = reader.get(row, 'directed');
  const directed =
    directedCell === '' ? kind && RELATION_KINDS[kind].directed : parseDirected(directedCell);
  if (directedCell !== '' && directed === undefined)
    reader.report(row, 'error', 'badDirected', { value: directedCell }, 'directed');
  if (!kind || tension === undefined || directed === undefined) return undefined;
  return { kind, tension, directed };
}

/** The relation a row belongs to, without its evidence. */
function readLink(
  reader: RowReader,
  row: SheetRow,
  source: string,
  target: string,
  { kind, tension, directed }: LinkFields,
): { key: string; relation: Relation } {
  const wanted = reader.get(row, 'relation');
  const relation = {
    ...jsonObject(reader, row, 'relation_extra'),
    ...Object.fromEntries(reader.kept(row)),
    id: wanted || `${source}-${target}-${kind}`,
    source,
    target,
    kind,
    directed,
    tension,
    summary: { en: '', ar: '' },
    evidence: [] as Evidence[],
  } as Relation;
  const summary = reader.localized(row, 'summary_en', 'summary_ar', 'summary');
  if (summary.en !== undefined || summary.ar !== undefined)
    relation.summary = bothLanguages(reader, row, 'summary', summary);
  return { key: wanted ? `id:${wanted}` : `ends:${source}\u0000${target}\u0000${kind}`, relation };
}

/** Actors: add, edit, alias, place, delete (with what goes with them). */
import { LIMITS } from '../../model/schema.ts';
import { foldText } from '../../model/text.ts';
import type { ActorKind, Language } from '../../model/vocabulary.ts';
import { pickId } from './ids.ts';
import { applyPatch, findActor, replaceById, withList } from './patch.ts';
import {
  DocError,
  type DraftActor,
  type DraftEvidence,
  type DraftGraph,
  type DraftRelation,
} from './types.ts';

export interface NewActor {
  /** Used when free (a drafting-assistant proposal); otherwise made from the English name. */
  readonly id?: string;
  readonly kind: ActorKind;
  /** A name may start in one language only (an actor added from a mention in an Arabic text). */
  readonly name: { readonly en?: string; readonly ar?: string };
  readonly aliases?: { readonly en?: readonly string[]; readonly ar?: readonly string[] };
  readonly wikidata?: string;
  readonly position?: { readonly x: number; readonly y: number };
}

/** Fields an actor may change; `undefined` removes an optional one. The id never changes. */
export type ActorPatch = Partial<
  Pick<DraftActor, 'kind' | 'name' | 'aliases' | 'description' | 'position' | 'wikidata'>
>;

export function addActor(graph: DraftGraph, input: NewActor): { graph: DraftGraph; id: string } {
  const { id: wanted, name, aliases, position, ...rest } = input;
  const id = pickId(graph, wanted, [name.en, name.ar], 'actor');
  if (position) checkPosition(position);
  const actor = {
    id,
    ...rest,
    name: { en: name.en ?? '', ar: name.ar ?? '' },
    ...(aliases ? { aliases: { ...aliases } } : {}),
    ...(position ? { position: { x: position.x, y: position.y } } : {}),
  } as DraftActor;
  return { graph: { ...graph, actors: [...graph.actors, actor] }, id };
}

export function updateActor(graph: DraftGraph, id: string, patch: ActorPatch): DraftGraph {
  findActor(graph, id);
  if (patch.position) checkPosition(patch.position);
  const { id: _ignored, ...rest } = patch as ActorPatch & { id?: unknown };
  return withList(
    graph,
    'actors',
    replaceById(graph.actors, id, (a) => applyPatch(a, rest))!,
  );
}

/** Whether `alias` already names the actor (its name or an alias, spacing and case aside). */
export function namesActor(actor: DraftActor, lang: Language, alias: string): boolean {
  const key = nameKey(alias);
  const names = [actor.name?.[lang], ...(actor.aliases?.[lang] ?? [])];
  return names.some((n) => typeof n === 'string' && nameKey(n) === key);
}

/**
 * Adds an alias in one language (from a selection: "Moscow" for Russia). One that repeats the
 * actor's name or another alias is not added again: the graph is returned unchanged.
 */
export function addAlias(graph: DraftGraph, id: string, lang: Language, alias: string): DraftGraph {
  const actor = findActor(graph, id);
  const value = alias.trim().replace(/\s+/gu, ' ');
  if (value === '' || namesActor(actor, lang, value)) return graph;
  const aliases = { ...actor.aliases, [lang]: [...(actor.aliases?.[lang] ?? []), value] };
  return withList(
    graph,
    'actors',
    replaceById(graph.actors, id, (a) => ({ ...a, aliases }))!,
  );
}

/** Places an actor on the canvas (a drag's end). */
export function setPosition(
  graph: DraftGraph,
  id: string,
  position: { readonly x: number; readonly y: number },
): DraftGraph {
  return setPositions(graph, new Map([[id, position]]));
}

/** Places several actors at once (a layout applied): one change, one undo step. */
export function setPositions(
  graph: DraftGraph,
  positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): DraftGraph {
  for (const [id, p] of positions) {
    findActor(graph, id);
    checkPosition(p);
  }
  let changed = false;
  const actors = graph.actors.map((a) => {
    const p = positions.get(a.id);
    if (!p || (a.position?.x === p.x && a.position?.y === p.y)) return a;
    changed = true;
    return { ...a, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...graph, actors } : graph;
}

export interface DeletePlan {
  readonly actor: string;
  /** Relations that lose an end and go with the actor, with how much evidence each holds. */
  readonly relations: readonly { readonly id: string; readonly evidence: number }[];
  /** Evidence items that go with those relations. */
  readonly evidence: number;
  /**
   * Evidence of other relations that this actor speaks: it keeps the speaker as words (the
   * actor's name as `speakerLabel`) so a quote never turns into the source's own voice.
   */
  readonly speakerKept: number;
  /** The graph once it is done. */
  readonly result: DraftGraph;
}

/** What deleting an actor takes with it, before it is done (and the result, so both agree). */
export function planDeleteActor(graph: DraftGraph, id: string): DeletePlan {
  const actor = findActor(graph, id);
  const gone = graph.relations.filter((r) => r.source === id || r.target === id);
  let speakerKept = 0;
  const label = {
    en: actor.name?.en || actor.name?.ar || id,
    ar: actor.name?.ar || actor.name?.en || id,
  };
  const unspeak = <E extends DraftEvidence>(e: E): E => {
    if (e.speaker !== id) return e;
    speakerKept++;
    const { speaker: _gone, ...rest } = e;
    return (rest.speakerLabel ? rest : { ...rest, speakerLabel: label }) as E;
  };
  const relations: DraftRelation[] = [];
  for (const r of graph.relations) {
    if (r.source === id || r.target === id) continue;
    relations.push(
      r.evidence.some((e) => e.speaker === id) ? { ...r, evidence: r.evidence.map(unspeak) } : r,
    );
  }
  const events = graph.events?.some((e) => e.evidence?.speaker === id)
    ? { events: graph.events.map((e) => ({ ...e, evidence: unspeak(e.evidence) })) }
    : {};
  return {
    actor: id,
    relations: gone.map((r) => ({ id: r.id, evidence: r.evidence.length })),
    evidence: gone.reduce((n, r) => n + r.evidence.length, 0),
    speakerKept,
    result: { ...graph, actors: graph.actors.filter((a) => a.id !== id), relations, ...events },
  };
}

export function deleteActor(graph: DraftGraph, id: string): DraftGraph {
  return planDeleteActor(graph, id).result;
}

/** How names are compared for duplicates: NFC, spacing and case aside. */
export function nameKey(name: string): string {
  return foldText(name).toLocaleLowerCase();
}

function checkPosition(p: { readonly x: number; readonly y: number }) {
  const ok = [p.x, p.y].every((v) => Number.isFinite(v) && Math.abs(v) <= LIMITS.coordinate);
  if (!ok) throw new DocError('bad-position', `position ${p.x}, ${p.y} is not on the canvas`);
}

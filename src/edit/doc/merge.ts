/**
 * Merging two actors that are one (a duplicate made by accident, "Tajikistan" and "Tajik
 * Republic"): everything said of `drop` is said of `keep`, and drop's names live on as keep's
 * aliases. planMerge shows what will change; mergeActors does exactly that.
 */
import { LANGUAGE_CODES, type Language } from '../../model/vocabulary.ts';
import { namesActor } from './actors.ts';
import { sameQuote } from './evidence.ts';
import { findActor, sameValue } from './patch.ts';
import { DocError, type DraftActor, type DraftGraph, type DraftRelation } from './types.ts';

export interface MergePlan {
  readonly keep: string;
  readonly drop: string;
  /** Relations of `drop` that now start or end at `keep`. */
  readonly rewired: readonly string[];
  /**
   * Relations between the two: they would join keep to itself, so they go, with their evidence
   * (a sentence relating two names of one actor says nothing about a relation).
   */
  readonly selfLoops: readonly { readonly id: string; readonly evidence: number }[];
  /**
   * Relations that, once rewired, repeat another (same ends, kind and direction, both reviewed or
   * both suggestions): `from` joins `into`, its evidence added there.
   */
  readonly duplicates: readonly {
    readonly into: string;
    readonly from: string;
    readonly evidenceAdded: number;
  }[];
  /** Evidence spoken by drop, now spoken by keep. */
  readonly speakerRewired: number;
  /** drop's names and aliases that keep did not have, now keep's aliases. */
  readonly aliasesAdded: Readonly<Record<Language, readonly string[]>>;
  /** Fields keep lacked and takes from drop (wikidata, description, position, a desk's own). */
  readonly fieldsTaken: readonly string[];
  /** Fields both give differently: keep's stays. */
  readonly conflicts: readonly string[];
  /** The graph once merged. */
  readonly result: DraftGraph;
}

const OWN_FIELDS = new Set(['id', 'name', 'aliases', 'kind']);

export function planMerge(graph: DraftGraph, keep: string, drop: string): MergePlan {
  const kept = findActor(graph, keep);
  const dropped = findActor(graph, drop);
  if (keep === drop) throw new DocError('same-actor', 'an actor cannot be merged into itself');

  const { actor, aliasesAdded, fieldsTaken, conflicts } = mergeActor(kept, dropped);
  const rewired: string[] = [];
  const selfLoops: { id: string; evidence: number }[] = [];
  let speakerRewired = 0;
  const moved = new Set<string>();
  const relations: DraftRelation[] = [];
  for (const r of graph.relations) {
    const source = r.source === drop ? keep : r.source;
    const target = r.target === drop ? keep : r.target;
    if (source === keep && target === keep && (r.source === drop || r.target === drop)) {
      selfLoops.push({ id: r.id, evidence: r.evidence.length });
      continue;
    }
    let next = r;
    if (source !== r.source || target !== r.target) {
      next = { ...r, source, target };
      rewired.push(r.id);
      moved.add(r.id);
    }
    if (r.evidence.some((e) => e.speaker === drop)) {
      next = {
        ...next,
        evidence: next.evidence.map((e) => {
          if (e.speaker !== drop) return e;
          speakerRewired++;
          return { ...e, speaker: keep };
        }),
      };
    }
    relations.push(next);
  }
  const { merged, duplicates } = joinDuplicates(relations, moved);
  const actors = graph.actors.filter((a) => a.id !== drop).map((a) => (a.id === keep ? actor : a));
  const events = rewireEventSpeakers(graph, drop, keep);
  speakerRewired += events.count;
  const result = { ...graph, actors, relations: merged, ...events.patch } as DraftGraph;
  return {
    keep,
    drop,
    rewired,
    selfLoops,
    duplicates,
    speakerRewired,
    aliasesAdded,
    fieldsTaken,
    conflicts,
    result,
  };
}

export function mergeActors(graph: DraftGraph, keep: string, drop: string): DraftGraph {
  return planMerge(graph, keep, drop).result;
}

function mergeActor(kept: DraftActor, dropped: DraftActor) {
  const aliases: Record<string, string[]> = {};
  const aliasesAdded = {} as Record<Language, string[]>;
  let probe: DraftActor = kept;
  for (const lang of LANGUAGE_CODES) {
    aliasesAdded[lang] = [];
    const list = [...(kept.aliases?.[lang] ?? [])];
    for (const n of [dropped.name?.[lang], ...(dropped.aliases?.[lang] ?? [])]) {
      if (typeof n !== 'string' || n.trim() === '') continue;
      if (namesActor(probe, lang, n)) continue;
      list.push(n);
      aliasesAdded[lang].push(n);
      probe = { ...probe, aliases: { ...probe.aliases, [lang]: list } };
    }
    if (list.length > 0) aliases[lang] = list;
  }
  // Keep's own fields stay; drop's fill the gaps (a name missing in one language included).
  const actor: Record<string, unknown> = { ...kept };
  const fieldsTaken: string[] = [];
  const conflicts: string[] = [];
  for (const [key, value] of Object.entries(dropped)) {
    if (OWN_FIELDS.has(key) || value === undefined) continue;
    if (actor[key] === undefined) {
      actor[key] = value;
      fieldsTaken.push(key);
    } else if (!sameValue(actor[key], value)) conflicts.push(key);
  }
  const name = { ...kept.name };
  for (const lang of LANGUAGE_CODES)
    if (!name[lang]?.trim() && dropped.name?.[lang]?.trim()) {
      name[lang] = dropped.name[lang];
      fieldsTaken.push(`name.${lang}`);
      aliasesAdded[lang] = aliasesAdded[lang].filter((a) => a !== dropped.name[lang]);
      aliases[lang] = (aliases[lang] ?? []).filter((a) => a !== dropped.name[lang]);
      if (aliases[lang].length === 0) delete aliases[lang];
    }
  actor.name = name;
  if (Object.keys(aliases).length > 0) actor.aliases = aliases;
  return { actor: actor as unknown as DraftActor, aliasesAdded, fieldsTaken, conflicts };
}

/** Same ends (either order when undirected), kind, direction and review state. */
function relationKey(r: DraftRelation): string {
  const ends = r.directed ? [r.source, r.target] : [r.source, r.target].sort();
  return JSON.stringify([r.kind, r.directed, r.suggestion ? 'suggested' : 'reviewed', ...ends]);
}

/** A rewired relation that repeats another joins it; pairs that were already there are left be. */
function joinDuplicates(relations: DraftRelation[], moved: ReadonlySet<string>) {
  const byKey = new Map<string, number>();
  const merged: DraftRelation[] = [];
  const duplicates: { into: string; from: string; evidenceAdded: number }[] = [];
  for (const r of relations) {
    const key = relationKey(r);
    const at = byKey.get(key);
    const into = at === undefined ? undefined : merged[at];
    if (at === undefined || !into || (!moved.has(r.id) && !moved.has(into.id))) {
      if (at === undefined) byKey.set(key, merged.length);
      merged.push(r);
      continue;
    }
    const added = r.evidence.filter((e) => !into.evidence.some((x) => sameQuote(x, e)));
    const about = [...new Set([...aboutOf(into), ...aboutOf(r)])];
    merged[at] = {
      ...into,
      evidence: [...into.evidence, ...added],
      ...(about.length > 0 ? { about } : {}),
      summary: {
        en: into.summary?.en?.trim() ? into.summary.en : (r.summary?.en ?? ''),
        ar: into.summary?.ar?.trim() ? into.summary.ar : (r.summary?.ar ?? ''),
      },
    };
    duplicates.push({ into: into.id, from: r.id, evidenceAdded: added.length });
  }
  return { merged, duplicates };
}

/** Events (format v3) carry one evidence item each; its speaker follows the merge too. */
function rewireEventSpeakers(graph: DraftGraph, drop: string, keep: string) {
  const events = (graph as { events?: unknown }).events;
  if (!Array.isArray(events)) return { count: 0, patch: {} };
  let count = 0;
  const next = events.map((e: { evidence?: { speaker?: unknown } }) => {
    if (e?.evidence?.speaker !== drop) return e;
    count++;
    return { ...e, evidence: { ...e.evidence, speaker: keep } };
  });
  return { count, patch: count > 0 ? { events: next } : {} };
}

/** The events a relation is about (format v3). */
function aboutOf(r: DraftRelation): readonly string[] {
  const about = (r as { about?: unknown }).about;
  return Array.isArray(about) ? (about as string[]) : [];
}

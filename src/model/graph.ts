/**
 * The in-memory graph: the validated file plus look-up tables. Maps (never plain objects) keep
 * ids such as "__proto__" or "constructor" harmless.
 */
import {
  corroboration,
  isContested,
  isSingleClaim,
  voicesOf,
  type Corroboration,
  type Voice,
} from './evidence.ts';
import type { Actor, GraphFile, Note, Relation, Source } from './schema.ts';
import { eventDates, relationTiming, type EventDates } from './time.ts';
import type { Language } from './vocabulary.ts';

export interface Graph {
  readonly file: GraphFile;
  readonly actors: readonly Actor[];
  /** The relations a reader sees: unreviewed suggestions are left out (GUIDE: a suggestion is
   *  not a relation until a person accepts it). */
  readonly relations: readonly Relation[];
  /** How many unreviewed suggestions the file holds that `relations` leaves out. */
  readonly unreviewed: number;
  /** Dates of the file's events (v3), by id. */
  readonly eventDates: EventDates;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly relationById: ReadonlyMap<string, Relation>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Relations touching each actor, in file order. */
  readonly relationsByActor: ReadonlyMap<string, readonly Relation[]>;
  /** What filters and styles ask of each relation, worked out once per graph. */
  readonly facts: ReadonlyMap<string, RelationFacts>;
}

export interface RelationFacts {
  readonly voices: ReadonlySet<Voice>;
  /** Sentences, speakers and sources asserting it (line weight, badges, table, filter). */
  readonly corroboration: Corroboration;
  /** Rests on a single sentence. */
  readonly singleClaim: boolean;
  readonly contested: boolean;
  /** When it begins: its earliest dated assertion, or the event it is about (time.ts). */
  readonly start: string | undefined;
  /** The event whose date `start` is, when no sentence of its own is dated that early. */
  readonly startEvent: string | undefined;
}

/** Indexes a graph for reading: suggestions nobody has accepted yet are not relations. */
export function indexGraph(file: GraphFile): Graph {
  const relations = file.relations.filter((r) => r.suggestion === undefined);
  const events = eventDates(file.events);
  const relationsByActor = new Map<string, Relation[]>(file.actors.map((a) => [a.id, []]));
  for (const r of relations) {
    relationsByActor.get(r.source)?.push(r);
    if (r.target !== r.source) relationsByActor.get(r.target)?.push(r);
  }
  return {
    file,
    actors: file.actors,
    relations,
    unreviewed: file.relations.length - relations.length,
    eventDates: events,
    actorById: new Map(file.actors.map((a) => [a.id, a])),
    relationById: new Map(relations.map((r) => [r.id, r])),
    sourceById: new Map(file.sources.map((s) => [s.id, s])),
    relationsByActor,
    facts: new Map(
      relations.map((r) => {
        const c = corroboration(r);
        const timing = relationTiming(r, events);
        return [
          r.id,
          {
            voices: voicesOf(r),
            corroboration: c,
            singleClaim: isSingleClaim(c),
            contested: isContested(r),
            start: timing.start,
            startEvent: timing.event,
          },
        ];
      }),
    ),
  };
}

/** Everything worked out about one relation; every relation of the graph has an entry. */
export function factsOf(graph: Graph, relationId: string): RelationFacts {
  const facts = graph.facts.get(relationId);
  if (!facts) throw new Error(`no relation ${relationId} in this graph`);
  return facts;
}

/** An actor's name in `lang`, or its id when the graph has no such actor. */
export function actorName(graph: Graph, id: string, lang: Language): string {
  return graph.actorById.get(id)?.name[lang] ?? id;
}

/** An event's name in `lang`, or its id when the file has no such event. */
export function eventName(graph: Graph, id: string, lang: Language): string {
  return graph.file.events?.find((e) => e.id === id)?.name[lang] ?? id;
}

/** The other end of a relation, seen from one of its actors. */
export function otherEnd(relation: Relation, actorId: string): string {
  return relation.source === actorId ? relation.target : relation.source;
}

/** A note in the wanted language, falling back to any language it has. */
export function noteText(note: Note | undefined, lang: Language): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return note[lang] ?? note.en ?? note.ar;
}

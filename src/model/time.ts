/**
 * Dates as precise as the text allows. A partial date ("2022", "2022-10") covers a whole period;
 * nothing is ever given a made-up day. Times are UTC milliseconds, for ordering only.
 */
import { assertions } from './evidence.ts';
import type { GraphEvent, Relation } from './schema.ts';

/** Event dates by event id, each as its dating quote gives it. */
export type EventDates = ReadonlyMap<string, string>;
const NO_EVENTS: EventDates = new Map();

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** First instant of a partial date. */
export function startOf(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** Last instant of a partial date (end of that year, month or day). */
export function endOf(date: string): number {
  const [y, m, d] = parts(date);
  const p = precisionOf(date);
  const next =
    p === 'year'
      ? Date.UTC(y + 1, 0, 1)
      : p === 'month'
        ? Date.UTC(y, m, 1)
        : Date.UTC(y, m - 1, d + 1);
  return next - 1;
}

/** The date of each event, as the quote that dates it gives it. */
export function eventDates(events: readonly GraphEvent[] | undefined): EventDates {
  return new Map((events ?? []).map((e) => [e.id, e.evidence.when.date]));
}

/** When a relation begins, and whether that date is its own or the event's it is about. */
export interface RelationTiming {
  readonly start: string | undefined;
  /** The event whose date it takes (none of its own sentences is dated that early), if any. */
  readonly event: string | undefined;
}

/**
 * When a relation begins. A dated assertion gives its own date; an undated one takes the date of
 * the event the relation is about (v3), and nothing begins before the event it is about. No start
 * when neither the relation's sentences nor its events are dated: nothing says when it began.
 */
export function relationTiming(r: Relation, events: EventDates = NO_EVENTS): RelationTiming {
  let floor: string | undefined;
  let event: string | undefined;
  for (const id of r.about ?? []) {
    const date = events.get(id);
    if (date !== undefined && (floor === undefined || startOf(date) > startOf(floor))) {
      floor = date;
      event = id;
    }
  }
  let own: string | undefined;
  let undated = false;
  for (const e of assertions(r)) {
    const date = e.when?.date;
    if (date === undefined) undated = true;
    else if (own === undefined || startOf(date) < startOf(own)) own = date;
  }
  if (floor === undefined) return { start: own, event: undefined };
  // Its own date stands when it is the earliest and not before the event.
  if (
    own !== undefined &&
    startOf(own) >= startOf(floor) &&
    !(undated && startOf(own) > startOf(floor))
  )
    return { start: own, event: undefined };
  return { start: floor, event };
}

/** When a relation begins (see relationTiming). */
export function relationStart(r: Relation, events: EventDates = NO_EVENTS): string | undefined {
  return relationTiming(r, events).start;
}

/**
 * Shown "as of" a day, for a relation beginning at `start` (relationTiming): undated relations
 * stay, since nothing in the text says they begin later. `asOf` null: all time.
 */
export function begunBy(start: string | undefined, asOf: string | null): boolean {
  return start === undefined || asOf === null || startOf(start) <= endOf(asOf);
}

/** The distinct dates evidence mentions, in order: the stops of the time control. */
export function timeline(relations: readonly Relation[], events: EventDates = NO_EVENTS): string[] {
  const days = new Set<string>();
  for (const r of relations) {
    const start = relationStart(r, events);
    if (start) days.add(start);
  }
  return [...days].sort((a, b) => startOf(a) - startOf(b) || a.length - b.length);
}

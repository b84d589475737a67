/**
 * Dates as precise as the text allows. A partial date ("2022", "2022-10") covers a whole period;
 * nothing is ever given a made-up day. Times are UTC milliseconds, for ordering only.
 */
import { assertions } from './evidence.ts';
import type { Relation } from './schema.ts';

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

/** When a relation begins, as far as its dated assertions tell; undefined when none is dated. */
export function relationStart(r: Relation): string | undefined {
  let first: string | undefined;
  for (const e of assertions(r)) {
    const date = e.when?.date;
    if (date !== undefined && (first === undefined || startOf(date) < startOf(first))) first = date;
  }
  return first;
}

/** Shown "as of" a day: undated relations stay (nothing says they begin later). */
export function beganBy(r: Relation, asOf: string): boolean {
  const start = relationStart(r);
  return start === undefined || startOf(start) <= endOf(asOf);
}

/** The distinct dates evidence mentions, in order: the stops of the time control. */
export function timeline(relations: readonly Relation[]): string[] {
  const days = new Set<string>();
  for (const r of relations) {
    const start = relationStart(r);
    if (start) days.add(start);
  }
  return [...days].sort((a, b) => startOf(a) - startOf(b) || a.length - b.length);
}

/**
 * Tension levels as text: `1..2`, `-2,2`, `-2..-1,2`. One syntax for the address bar and for a
 * host page's `faultlines:select` messages.
 */
import { TENSION_LEVELS, type Tension } from './vocabulary.ts';

/**
 * Comma-separated levels or ranges, e.g. `1..2` (the contract), `-2,2`, `-2..-1,2`.
 * Returns undefined when any part is malformed.
 */
export function parseTensions(value: string): Tension[] | undefined {
  const levels = new Set<Tension>();
  for (const part of value.split(',')) {
    const m = /^\s*(-?\d)\s*(?:\.\.\s*(-?\d)\s*)?$/.exec(part);
    if (!m) return undefined;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo > hi || !TENSION_LEVELS.some((t) => t === lo) || !TENSION_LEVELS.some((t) => t === hi))
      return undefined;
    for (const t of TENSION_LEVELS) if (t >= lo && t <= hi) levels.add(t);
  }
  return TENSION_LEVELS.filter((t) => levels.has(t));
}

/** The shortest form: runs become `a..b`; all five levels (the default) become undefined. */
export function formatTensions(tensions: readonly Tension[]): string | undefined {
  const sorted = TENSION_LEVELS.filter((t) => tensions.includes(t));
  if (sorted.length === TENSION_LEVELS.length) return undefined;
  const parts: string[] = [];
  let start: Tension | undefined;
  sorted.forEach((t, i) => {
    start ??= t;
    const next = sorted[i + 1];
    if (next !== t + 1) {
      parts.push(start === t ? `${t}` : `${start}..${t}`);
      start = undefined;
    }
  });
  return parts.length > 0 ? parts.join(',') : 'none';
}

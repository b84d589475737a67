/**
 * How a relation is drawn. Tension reads from colour *and* dash pattern, so the graph survives
 * greyscale printing and colour blindness; line weight is left to corroboration (how many
 * sentences back a relation); a contested relation is a double line.
 */
import type { Tension } from '../model/vocabulary.ts';
import { TENSION_COLORS } from './palette.ts';

export interface LineEncoding {
  readonly color: string;
  readonly width: number;
  /** Dash pattern in px (dash, gap, …); empty for a solid line. */
  readonly dash: readonly number[];
}

const DASHES: Record<`${Tension}`, readonly number[]> = {
  '-2': [],
  '-1': [16, 5],
  '0': [10, 4, 2, 4],
  '1': [6, 4],
  '2': [1, 5],
};

/** The width of a line sample in the legend, where corroboration does not apply. */
export const SAMPLE_LINE_WIDTH = 3;

export const TENSION_LINES: Record<`${Tension}`, LineEncoding> = Object.fromEntries(
  (Object.keys(DASHES) as `${Tension}`[]).map((t) => [
    t,
    { color: TENSION_COLORS[t], width: SAMPLE_LINE_WIDTH, dash: DASHES[t] },
  ]),
) as Record<`${Tension}`, LineEncoding>;

export function tensionLine(t: Tension): LineEncoding {
  return TENSION_LINES[`${t}`];
}

/** Line width by the number of sentences that assert a relation: 1 → thin, 5 or more → heavy. */
export function corroborationWidth(sentences: number): number {
  return 1.8 + 1.1 * (Math.min(Math.max(sentences, 1), 5) - 1);
}
/** The weights the legend shows. */
export const CORROBORATION_STEPS = [1, 3, 5] as const;

/**
 * Parallel relations between one pair fan out this far apart (Cytoscape's
 * control-point-step-size; the build-time picture bends its curves the same).
 */
export const CURVE_STEP = 34;
/** Gap between a line's end and the actor's outline. */
export const LINE_GAP = 3;
/**
 * Contested: the line's core is drawn in the paper's colour inside rails of its tension colour,
 * this much wider than the line.
 */
export const CONTESTED_RAIL = 5;

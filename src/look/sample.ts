/**
 * The legend's line sample, as geometry: the legend and the embed's key (ui/Samples.tsx) draw
 * their marks from it — in the live page and in its first paint, rendered from the same
 * components at build.
 */
import type { Tension } from '../model/vocabulary.ts';
import { CONTESTED_RAIL, tensionLine } from './lines.ts';

export const SAMPLE_BOX = { width: 44, height: 16 } as const;

export interface SampleStroke {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash: string | undefined;
  /** `rail`: a contested line's outer rails, in the tension colour; `core`: its paper-coloured core. */
  readonly paint: 'tension' | 'paper';
}

export interface LineSampleSpec {
  readonly strokes: readonly SampleStroke[];
  /** The arrowhead's path, for a directed relation. */
  readonly arrow: string | undefined;
}

export interface LineSampleOptions {
  directed?: boolean;
  /** Line weight; defaults to the tension encoding's. */
  width?: number;
  contested?: boolean;
}

/** A relation line as the canvas draws it: contested lines are double (paper core, two rails). */
export function lineSample(
  tension: Tension,
  { directed = false, width, contested = false }: LineSampleOptions = {},
): LineSampleSpec {
  const line = tensionLine(tension);
  const w = width ?? line.width;
  const common = {
    x1: 3,
    y1: 8,
    x2: directed ? 33 : 41,
    y2: 8,
    dash: line.dash.length > 0 ? line.dash.join(' ') : undefined,
  };
  const strokes: SampleStroke[] = contested
    ? [
        { ...common, width: w + CONTESTED_RAIL, paint: 'tension' },
        { ...common, width: w, paint: 'paper' },
      ]
    : [{ ...common, width: w, paint: 'tension' }];
  return { strokes, arrow: directed ? 'M32 2 L43 8 L32 14 Z' : undefined };
}

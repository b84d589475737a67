/**
 * Visual encoding shared by the canvas stylesheet and the DOM legend, so they cannot drift.
 * Tension reads from colour *and* dash pattern, so the graph survives greyscale printing and
 * colour blindness; line weight is left to corroboration (how many sentences back a relation);
 * a contested relation is drawn as a double line. Every mark colour has ≥ 3:1 contrast on white.
 */
import type { ActorKind, Tension } from '../model/vocabulary.ts';

export interface LineEncoding {
  readonly color: string;
  readonly width: number;
  /** Dash pattern in px (dash, gap, …); empty for a solid line. */
  readonly dash: readonly number[];
}

export const TENSION_LINES: Record<`${Tension}`, LineEncoding> = {
  '-2': { color: '#1f5aa6', width: 3, dash: [] },
  '-1': { color: '#3d7cbd', width: 3, dash: [16, 5] },
  '0': { color: '#6b6b6b', width: 3, dash: [10, 4, 2, 4] },
  '1': { color: '#b85c00', width: 3, dash: [6, 4] },
  '2': { color: '#c1272d', width: 3, dash: [1, 5] },
};

/** On a dark page the same hues, lighter, keep ≥ 3:1 against the dark canvas. */
export const DARK_TENSION_COLORS: Record<`${Tension}`, string> = {
  '-2': '#7fb0ff',
  '-1': '#9cc4ee',
  '0': '#b0b0b0',
  '1': '#f2a65a',
  '2': '#ff7a7a',
};
export type Theme = 'light' | 'dark';
export const CANVAS_COLORS = {
  light: { ink: '#1f1f1f', paper: '#ffffff', muted: '#3a3a3a' },
  dark: { ink: '#ececec', paper: '#17191c', muted: '#cfcfcf' },
} as const;

/** Line width by the number of sentences that assert a relation: 1 → thin, 5 or more → heavy. */
export function corroborationWidth(sentences: number): number {
  return 1.8 + 1.1 * (Math.min(Math.max(sentences, 1), 5) - 1);
}
export const CORROBORATION_STEPS = [1, 3, 5] as const;

export function tensionLine(t: Tension): LineEncoding {
  return TENSION_LINES[`${t}`];
}

/** Node shape per actor kind; names are Cytoscape shapes, the legend draws the same in SVG. */
export const ACTOR_SHAPES: Record<
  ActorKind,
  {
    shape: 'ellipse' | 'hexagon' | 'diamond' | 'round-rectangle';
    fill: string;
    dashedBorder: boolean;
  }
> = {
  state: { shape: 'ellipse', fill: '#f4f1ea', dashedBorder: false },
  'former-state': { shape: 'ellipse', fill: '#ecebe8', dashedBorder: true },
  alliance: { shape: 'hexagon', fill: '#e3ebf6', dashedBorder: false },
  'armed-group': { shape: 'diamond', fill: '#f7e4e2', dashedBorder: false },
  bloc: { shape: 'round-rectangle', fill: '#eceee9', dashedBorder: false },
};

export const INK = '#1f1f1f';
export const SELECTION_HALO = '#f2c200';
export const FONT_FAMILY = '"IBM Plex Sans Arabic", system-ui, sans-serif';

/**
 * Visual encoding shared by the canvas stylesheet and the DOM legend, so they cannot drift.
 * Tension reads from colour *and* line (width + dash), so the graph survives greyscale printing
 * and colour blindness; every mark colour has ≥ 3:1 contrast on the white canvas.
 */
import type { ActorKind, Tension } from '../model/vocabulary.ts';

export interface LineEncoding {
  readonly color: string;
  readonly width: number;
  /** Dash pattern in px (dash, gap); empty for a solid line. */
  readonly dash: readonly number[];
}

export const TENSION_LINES: Record<`${Tension}`, LineEncoding> = {
  '-2': { color: '#1f5aa6', width: 5, dash: [] },
  '-1': { color: '#3f7fc0', width: 2.5, dash: [] },
  '0': { color: '#6b6b6b', width: 2, dash: [12, 6] },
  '1': { color: '#b85c00', width: 3, dash: [6, 4] },
  '2': { color: '#c1272d', width: 4.5, dash: [2, 4] },
};

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

/**
 * How an actor is drawn: the shape is the kind of actor (circle = state, dashed circle = former
 * state, hexagon = alliance, diamond = armed group, rounded box = group of states).
 */
import type { ActorKind } from '../model/vocabulary.ts';

export type ActorShape = 'ellipse' | 'hexagon' | 'diamond' | 'round-rectangle';

export interface ActorLook {
  /** A Cytoscape shape name; the SVG writers draw the same outline. */
  readonly shape: ActorShape;
  readonly fill: string;
  readonly dashedBorder: boolean;
  /** Width and height in layout units. */
  readonly size: readonly [number, number];
}

export const ACTOR_LOOKS: Record<ActorKind, ActorLook> = {
  state: { shape: 'ellipse', fill: '#f4f1ea', dashedBorder: false, size: [34, 34] },
  'former-state': { shape: 'ellipse', fill: '#ecebe8', dashedBorder: true, size: [34, 34] },
  alliance: { shape: 'hexagon', fill: '#e3ebf6', dashedBorder: false, size: [42, 36] },
  'armed-group': { shape: 'diamond', fill: '#f7e4e2', dashedBorder: false, size: [40, 40] },
  bloc: { shape: 'round-rectangle', fill: '#eceee9', dashedBorder: false, size: [42, 36] },
};

/** The look of a kind, or a state's for a kind this version does not know. */
export function actorLook(kind: string): ActorLook {
  return ACTOR_LOOKS[kind as ActorKind] ?? ACTOR_LOOKS.state;
}

/** Polygon corners in quarters of the width and height (Cytoscape's hexagon and diamond). */
export const POLYGON_CORNERS = {
  hexagon: [-2, 0, -1, -2, 1, -2, 2, 0, 1, 2, -1, 2],
  diamond: [0, -2, 2, 0, 0, 2, -2, 0],
} as const;

/** Border widths: an actor, the selected one, and one a selected relation touches. */
export const ACTOR_BORDER = { normal: 2, selected: 4, related: 3 } as const;

/**
 * A picture of the graph as data: what the canvas shows (positions, curves, states) and the words
 * around it. The SVG writers (scene-svg.ts) draw it; the canvas (src/graph) and the build-time
 * picture (scripts/lib/static-embed.ts) make it.
 */
import type { ActorKind, Tension } from '../model/vocabulary.ts';

export interface Point {
  x: number;
  y: number;
}

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  label: string;
  kind: ActorKind;
  dimmed: boolean;
  selected: boolean;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  tension: Tension;
  directed: boolean;
  contested: boolean;
  width: number;
  label: string;
  selected: boolean;
  /** Path in the same coordinates as the nodes: start point, optional quadratic control point, end point (cytoscape bezier edges). */
  start: Point;
  control?: Point;
  end: Point;
}

export interface SceneText {
  title: string;
  subtitle?: string;
  sourceLine: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  legend: {
    actorKinds: { kind: ActorKind; label: string }[];
    tensions: { tension: Tension; label: string }[];
    notes: string[];
  };
}

/** Everything drawn: actors and relations, in layout coordinates. */
export interface Scene {
  readonly nodes: SceneNode[];
  readonly edges: SceneEdge[];
}

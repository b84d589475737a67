/**
 * What a controller is: a small piece of the engine with one concern, that draws nothing of its
 * own. It is told each new state (and the one before; null the first time and after the graph
 * changed) and pushes what changed into Cytoscape, or turns canvas events into engine events.
 */
import type { Core } from 'cytoscape';
import type { Visibility } from '../../model/filter.ts';
import type { Graph } from '../../model/graph.ts';
import type { Point } from '../../model/layout.ts';
import type { Language } from '../../model/vocabulary.ts';
import type { Theme } from '../../look/palette.ts';
import type { Focus, Selection } from '../../store/view.ts';

/** The view the engine shows; the host pushes it with `engine.update`. */
export interface EngineState {
  /** What the filters leave visible; null shows everything. */
  readonly visibility: Visibility | null;
  readonly selection: Selection | null;
  readonly focus: Focus | null;
  readonly lang: Language;
  readonly theme: Theme;
}

/** What the engine tells its host. Handlers get the payload; `on` returns the unsubscribe. */
export interface EngineEvents {
  /** The reader picked an actor (tap, or the arrow keys). */
  'select-actor': { readonly id: string };
  'select-relation': { readonly id: string };
  /** A tap on the background, or Escape with nothing else to leave. */
  clear: Record<string, never>;
  /** Escape in focus mode. */
  'leave-focus': Record<string, never>;
  /** Enter with a selection: the host moves keyboard focus to the evidence. */
  'open-evidence': Record<string, never>;
  /** Any tap on the canvas (an embed starts taking gestures at the first one). */
  tap: Record<string, never>;
  status: EngineStatus;
  /** Edit mode: an actor was dragged (or nudged with Alt+arrow) and dropped here. */
  'actor-moved': { readonly id: string; readonly position: Point };
  /** Edit mode: the author drew a line from one actor to another. */
  'relation-drawn': { readonly source: string; readonly target: string };
  /** Edit mode: a relation is being drawn from this actor (null: drawing ended). */
  'drawing-from': { readonly source: string | null };
}

export type RenderState = 'loading' | 'layout' | 'ready' | 'error';

export interface EngineStatus {
  readonly state: RenderState;
  /** Share of a background layout done, while there is one. */
  readonly progress: number;
  readonly renderer: 'canvas' | 'webgl' | null;
}

export type Emit = <K extends keyof EngineEvents>(name: K, event: EngineEvents[K]) => void;

export interface ControllerContext {
  readonly cy: Core;
  readonly mode: 'read' | 'edit';
  /** A graph of thousands: no fades, fewer labels, thinner lines. */
  readonly large: boolean;
  /** Whether a selection opens the app's evidence sheet over the lower screen on phones. */
  readonly evidenceSheet: boolean;
  graph(): Graph;
  state(): EngineState;
  emit: Emit;
}

export interface Controller {
  update?(state: EngineState, previous: EngineState | null): void;
  destroy?(): void;
}

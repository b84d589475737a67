/**
 * What the live graph beside the article means for the editor, with no canvas code (the canvas
 * engine is src/graph's, and the page's entry joins the two: src/app/EditorCanvas.tsx). The
 * graph it draws is the draft as a reader would see it; what the author does on it becomes a
 * document change (placing actors) or opens a form (a relation, an actor, a drawn relation).
 */
import { indexGraph, type Graph } from '../model/graph.ts';
import type { Point } from '../model/layout.ts';
import { DocError, type DocStore, type DraftGraph } from './doc/index.ts';
import type { ViewStore } from './view-store.ts';

// One indexed graph per draft version: the canvas, its labels and its diff all read the same one.
const indexed = new WeakMap<DraftGraph, Graph>();

/** The draft as the canvas draws it: reviewed relations only (a suggestion is not a relation). */
export function canvasGraph(draft: DraftGraph): Graph {
  let graph = indexed.get(draft);
  if (!graph) indexed.set(draft, (graph = indexGraph(draft)));
  return graph;
}

/** Positions are kept to a tenth of a unit: the file stays readable, nothing visible moves. */
const round = (v: number) => Math.round(v * 10) / 10;

export interface CanvasActions {
  /**
   * An actor was dropped. `placed` is where the canvas draws every actor now: all of them are
   * saved, in one undo step, so the picture the author arranged is the one the file gives
   * (a reader's app lays out afresh a file that leaves actors unplaced).
   */
  moved(placed: ReadonlyMap<string, Point>): boolean;
  selectActor(id: string): void;
  selectRelation(id: string): void;
  clear(): void;
  /** A line drawn from one actor to another: the relation form opens and waits for a quote. */
  drawn(source: string, target: string): void;
}

export function canvasActions(doc: DocStore, view: ViewStore): CanvasActions {
  return {
    moved(placed) {
      const graph = doc.getState().graph;
      const known = new Set(graph.actors.map((a) => a.id));
      const positions = new Map<string, Point>();
      for (const [id, p] of placed)
        if (known.has(id)) positions.set(id, { x: round(p.x), y: round(p.y) });
      try {
        doc.getState().setPositions(positions);
        return true;
      } catch (error) {
        // Dragged off the format's canvas (coordinates beyond its limit): nothing is saved.
        if (error instanceof DocError) return false;
        throw error;
      }
    },
    selectActor(id) {
      view.getState().selectActor(id);
      view.getState().open({ type: 'actor', actor: id });
    },
    selectRelation(id) {
      view.getState().selectRelation(id);
      view.getState().open({ type: 'edit-relation', relation: id });
    },
    clear() {
      view.getState().selectActor(null);
    },
    drawn(source, target) {
      // Words picked before the line was drawn are not its quote: the author picks them now.
      view.getState().setPick(null);
      globalThis.document?.getSelection()?.removeAllRanges();
      view.getState().open({ type: 'drawn', source, target });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { canvasActions, canvasGraph } from './canvas.ts';
import { createDocStore } from './doc/store.ts';
import { draft, spanOf } from './doc/test-draft.ts';
import { createViewStore } from './view-store.ts';

const setup = () => {
  const doc = createDocStore({ graph: draft(), rejected: [] });
  const view = createViewStore('en');
  return { doc, view, act: canvasActions(doc, view) };
};

describe('the live graph in the editor', () => {
  it('saves where every actor is drawn when one is dropped, as one undo step', () => {
    const { doc, act } = setup();
    const before = doc.getState().graph;
    const placed = new Map(before.actors.map((a, i) => [a.id, { x: i * 100.04, y: -i * 3.333 }]));
    placed.set('not-an-actor', { x: 1, y: 1 });
    expect(act.moved(placed)).toBe(true);
    const after = doc.getState().graph;
    expect(after.actors.map((a) => a.position)).toEqual(
      before.actors.map((_, i) => ({
        x: Math.round(i * 1000.4) / 10,
        y: Math.round(-i * 33.33) / 10,
      })),
    );
    // One drop, one step: undo gives back the very document from before the drag.
    doc.getState().undo();
    expect(doc.getState().graph).toBe(before);
    expect(doc.getState().canUndo).toBe(false);
  });

  it('refuses a drop beyond the format’s coordinates and changes nothing', () => {
    const { doc, act } = setup();
    const before = doc.getState().graph;
    const id = before.actors[0]!.id;
    expect(act.moved(new Map([[id, { x: 5e6, y: 0 }]]))).toBe(false);
    expect(doc.getState().graph).toBe(before);
  });

  it('opens the relation’s form for a line, the actor’s for a shape', () => {
    const { doc, view, act } = setup();
    const relation = doc.getState().graph.relations[0]!.id;
    act.selectRelation(relation);
    expect(view.getState().panel).toEqual({ type: 'edit-relation', relation });
    expect(view.getState().selectedRelation).toBe(relation);
    const actor = doc.getState().graph.actors[1]!.id;
    act.selectActor(actor);
    expect(view.getState().panel).toEqual({ type: 'actor', actor });
    expect(view.getState().selectedActor).toBe(actor);
  });

  it('a drawn line opens the form with its ends and makes no relation without a quote', () => {
    const { doc, view, act } = setup();
    const before = doc.getState().graph;
    view.getState().setPick({ source: 's', start: 0, end: 3, text: 'old' });
    act.drawn('russia', 'csto');
    expect(view.getState().panel).toEqual({ type: 'drawn', source: 'russia', target: 'csto' });
    // Words picked before the line was drawn are not its quote.
    expect(view.getState().pick).toBeNull();
    expect(doc.getState().graph).toBe(before);
  });

  it('draws reviewed relations only, one indexed graph per draft version', () => {
    const { doc } = setup();
    doc.getState().addSuggestions([
      {
        source: 'tajikistan',
        target: 'csto',
        kind: 'membership',
        evidence: [spanOf('وطاجيكستان وروسيا حليفتان.')],
        suggestion: { by: 'test', confidence: 0.9, triggers: [] },
      },
    ]);
    const graph = doc.getState().graph;
    const waiting = graph.relations.filter((r) => r.suggestion).map((r) => r.id);
    expect(waiting).toHaveLength(1);
    const drawn = canvasGraph(graph);
    expect(canvasGraph(graph)).toBe(drawn);
    expect(drawn.relations.map((r) => r.id)).toEqual(
      graph.relations.filter((r) => !r.suggestion).map((r) => r.id),
    );
    expect(drawn.relationById.has(waiting[0]!)).toBe(false);
  });
});

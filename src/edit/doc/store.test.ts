import { describe, expect, it } from 'vitest';
import { createDocStore } from './store.ts';
import { draft, spanOf } from './test-draft.ts';
import type { NewSuggestion } from './ops.ts';

const newStore = (limit?: number) =>
  createDocStore({ graph: draft(), rejected: [] }, limit ? { historyLimit: limit } : {});

const suggestion: NewSuggestion = {
  source: 'tajikistan',
  target: 'csto',
  kind: 'membership',
  evidence: [spanOf('وطاجيكستان وروسيا حليفتان.')],
  suggestion: { by: 'test', confidence: 0.9, triggers: [] },
};

describe('the document store', () => {
  it('undoes and redoes one action at a time, back to the very same document', () => {
    const store = newStore();
    const s = () => store.getState();
    const start = s().graph;
    expect(s().canUndo).toBe(false);
    const id = s().addActor({ kind: 'state', name: { en: 'Armenia', ar: 'أرمينيا' } });
    const withArmenia = s().graph;
    s().addAlias(id, 'en', 'Republic of Armenia');
    s().addRelation({
      source: 'armenia',
      target: 'csto',
      kind: 'suspension',
      evidence: [spanOf('وتنفي طاجيكستان')],
    });
    expect(s().canUndo).toBe(true);
    s().undo();
    expect(s().graph.relations).toHaveLength(2);
    expect(s().graph.actors.at(-1)!.aliases).toEqual({ en: ['Republic of Armenia'] });
    s().undo();
    expect(s().graph).toBe(withArmenia);
    s().undo();
    expect(s().graph).toBe(start);
    expect(s().canUndo).toBe(false);
    expect(s().canRedo).toBe(true);
    s().redo();
    expect(s().graph).toBe(withArmenia);
    s().redo();
    s().redo();
    expect(s().graph.relations.map((r) => r.id)).toContain('armenia-csto-suspension');
    expect(s().canRedo).toBe(false);
  });

  it('a merge, with its rewiring, aliases and removed self-loops, is one step', () => {
    const store = newStore();
    const s = () => store.getState();
    const before = s().graph;
    const plan = s().mergeActors('russia', 'tajikistan');
    expect(plan.selfLoops).toHaveLength(2);
    expect(s().graph.relations).toEqual([]);
    s().undo();
    expect(s().graph).toBe(before);
  });

  it('selection is not in the history: selecting makes no step, undo does not restore it', () => {
    const store = newStore();
    const s = () => store.getState();
    s().select({ kind: 'actor', id: 'csto' });
    expect(s().canUndo).toBe(false);
    s().updateActor('csto', { kind: 'bloc' });
    s().select({ kind: 'relation', id: 'ru-tj-alliance' });
    s().select({ kind: 'actor', id: 'russia' });
    s().undo();
    expect(s().graph.actors[2]!.kind).toBe('alliance');
    expect(s().selection).toEqual({ kind: 'actor', id: 'russia' });
    expect(s().canUndo).toBe(false);
    expect(store.temporal.getState().futureStates).toHaveLength(1);
  });

  it('an action that changes nothing makes no undo step', () => {
    const store = newStore();
    const s = () => store.getState();
    s().updateActor('russia', { kind: 'state' });
    s().addAlias('russia', 'en', 'Russia');
    s().setPosition('russia', { x: 1, y: 2 });
    s().setPosition('russia', { x: 1, y: 2 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('a selection of something deleted or undone away is cleared', () => {
    const store = newStore();
    const s = () => store.getState();
    s().select({ kind: 'relation', id: 'ru-tj-alliance' });
    s().deleteActor('tajikistan');
    expect(s().selection).toBeNull();
    const id = s().addActor({ kind: 'state', name: { en: 'Iran' } });
    s().select({ kind: 'actor', id });
    s().undo();
    expect(s().selection).toBeNull();
  });

  it('a rejection is part of the document: undone with it, and remembered after', () => {
    const store = newStore();
    const s = () => store.getState();
    const [id] = s().addSuggestions([suggestion]).added;
    s().rejectSuggestion(id!);
    expect(s().rejected).toHaveLength(1);
    expect(s().addSuggestions([suggestion]).skipped.rejected).toBe(1);
    s().undo();
    expect(s().rejected).toEqual([]);
    expect(s().graph.relations.some((r) => r.id === id)).toBe(true);
    s().acceptSuggestion(id!, { tension: -1 });
    expect(s().graph.relations.find((r) => r.id === id)).not.toHaveProperty('suggestion');
  });

  it('keeps a bounded history', () => {
    const store = newStore(5);
    for (let i = 0; i < 12; i++) store.getState().setPosition('russia', { x: i, y: 0 });
    expect(store.temporal.getState().pastStates).toHaveLength(5);
    for (let i = 0; i < 10; i++) store.getState().undo();
    expect(store.getState().graph.actors[0]!.position).toEqual({ x: 6, y: 0 });
  });

  it('several operations through change() are one step; an impossible action changes nothing', () => {
    const store = newStore();
    const s = () => store.getState();
    s().change((doc) => ({
      ...doc,
      graph: {
        ...doc.graph,
        title: { en: 'New', ar: 'جديد' },
        actors: doc.graph.actors.slice(0, 1),
      },
    }));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    const graph = s().graph;
    expect(() => s().deleteRelation('nope')).toThrow(/no relation/);
    expect(s().graph).toBe(graph);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('two stores never share state', () => {
    const a = newStore();
    const b = newStore();
    a.getState().deleteActor('csto');
    expect(b.getState().graph.actors).toHaveLength(3);
    expect(b.getState().canUndo).toBe(false);
  });
});

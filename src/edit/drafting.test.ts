/**
 * Suggestions brought in with the actors they name; rejecting one takes back the actors only it
 * brought (a rejected suggestion must not leave actors behind that nobody asked for).
 */
import { describe, expect, it } from 'vitest';
import type { Draft, Suggestion } from '../draft/index.ts';
import { createDocStore } from './doc/index.ts';
import { draft, spanOf } from './doc/test-draft.ts';
import { draftSource } from './drafting.ts';

const wagner = {
  id: 'wagner',
  kind: 'armed-group' as const,
  name: { en: 'Wagner', ar: 'فاغنر' },
  existing: false,
};

function suggestion(over: Partial<Suggestion>): Suggestion {
  const at = spanOf('وتنفي طاجيكستان ذلك.');
  return {
    id: 'x',
    sentence: 1,
    quote: { start: at.start, end: at.end, text: 'وتنفي طاجيكستان ذلك.' },
    source: 'wagner',
    target: 'tajikistan',
    kind: 'criticism',
    directed: true,
    tension: 1,
    stance: 'asserts',
    triggers: [],
    confidence: 0.5,
    ...over,
  } as Suggestion;
}

function drafted(suggestions: Suggestion[]) {
  const reading: Draft = { sentences: [], mentions: [], actors: [wagner], suggestions };
  const store = createDocStore({ graph: draft(), rejected: [] });
  store.getState().change((doc) => draftSource(doc, 'src', reading).doc);
  const ids = () => store.getState().graph.actors.map((a) => a.id);
  const proposals = () => store.getState().graph.relations.filter((r) => r.suggestion);
  return { store, ids, proposals };
}

describe('rejecting a suggestion', () => {
  it('removes the actor only that suggestion brought, as one undo step', () => {
    const { store, ids, proposals } = drafted([suggestion({})]);
    expect(ids()).toContain('wagner');
    store.getState().rejectSuggestion(proposals()[0]!.id);
    expect(ids()).toEqual(['russia', 'tajikistan', 'csto']);
    store.getState().undo();
    expect(ids()).toContain('wagner');
    expect(proposals()).toHaveLength(1);
  });

  it('keeps an actor another suggestion still needs, and the draft’s own actors', () => {
    const { store, ids, proposals } = drafted([
      suggestion({}),
      suggestion({ target: 'russia', kind: 'cooperation', directed: false, tension: -1 }),
    ]);
    const [first, second] = proposals();
    store.getState().rejectSuggestion(first!.id);
    expect(ids()).toContain('wagner');
    store.getState().rejectSuggestion(second!.id);
    expect(ids()).toEqual(['russia', 'tajikistan', 'csto']);
  });

  it('keeps a brought actor once the author has used it elsewhere', () => {
    const { store, ids, proposals } = drafted([suggestion({})]);
    store.getState().addRelation({
      source: 'wagner',
      target: 'russia',
      kind: 'cooperation',
      evidence: [spanOf('وطاجيكستان وروسيا حليفتان.')],
    });
    store.getState().rejectSuggestion(proposals()[0]!.id);
    expect(ids()).toContain('wagner');
  });
});

import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../model/parse.ts';
import {
  acceptSuggestion,
  addRelation,
  addSuggestions,
  isRejected,
  rejectSuggestion,
  suggestionsOf,
  type NewSuggestion,
} from './ops.ts';
import { draft, spanOf } from './test-draft.ts';

const mark = {
  by: 'faultlines-draft/1',
  confidence: 0.8,
  triggers: [{ text: 'حليفتان', start: 0, end: 7, role: 'cue' }],
};

const proposal = (over: Partial<NewSuggestion> = {}): NewSuggestion => ({
  source: 'tajikistan',
  target: 'csto',
  kind: 'membership',
  summary: { en: 'Member', ar: 'عضو' },
  evidence: [{ ...spanOf('وطاجيكستان وروسيا حليفتان.'), translation: { en: 'Allies.' } }],
  suggestion: mark,
  ...over,
});

describe('reviewing suggestions', () => {
  it('accepting removes the suggestion mark, applies the edits in the same step, and it validates', () => {
    const { graph, id } = addRelation(draft(), proposal());
    expect(suggestionsOf(graph).map((r) => r.id)).toEqual([id]);
    const accepted = acceptSuggestion(graph, id, { tension: -1 });
    const r = accepted.relations.find((x) => x.id === id)!;
    expect(r).not.toHaveProperty('suggestion');
    expect(r.tension).toBe(-1);
    expect(suggestionsOf(accepted)).toEqual([]);
    const parsed = parseGraph(accepted);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(() => acceptSuggestion(accepted, id)).toThrow(/reviewed/);
  });

  it('rejecting removes the proposal and remembers it, so it is not proposed again', () => {
    const { graph, id } = addRelation(draft(), proposal());
    const { graph: after, rejection } = rejectSuggestion(graph, id);
    expect(after.relations.some((r) => r.id === id)).toBe(false);
    expect(after.relations).toHaveLength(2);
    const again = addSuggestions(
      after,
      [proposal(), proposal({ kind: 'leadership' })],
      [rejection],
    );
    expect(again.skipped).toEqual({ rejected: 1, existing: 0, invalid: 0 });
    expect(again.added).toEqual(['tajikistan-csto-leadership']);
    expect(() => rejectSuggestion(after, 'ru-tj-alliance')).toThrow(/reviewed/);
  });

  it('an undirected rejection matches either order; another quote is another proposal', () => {
    const { graph, id } = addRelation(draft(), proposal({ kind: 'cooperation', directed: false }));
    const { rejection } = rejectSuggestion(graph, id);
    const reversed = { ...proposal({ kind: 'cooperation' }), source: 'csto', target: 'tajikistan' };
    const asRelation = (p: NewSuggestion, quote: string) => ({
      ...p,
      directed: false,
      evidence: [{ source: 'src', quote }],
    });
    expect(isRejected([rejection], asRelation(reversed, 'وطاجيكستان وروسيا   حليفتان.'))).toBe(
      true,
    );
    expect(isRejected([rejection], asRelation(reversed, 'وتنفي طاجيكستان ذلك.'))).toBe(false);
  });

  it('leaves out proposals already in the graph and those naming an actor it lacks', () => {
    const existing = proposal({
      source: 'russia',
      target: 'tajikistan',
      kind: 'alliance',
      directed: false,
      evidence: [spanOf('وطاجيكستان وروسيا حليفتان.')],
    });
    const result = addSuggestions(
      draft(),
      [existing, proposal({ target: 'nobody' }), proposal()],
      [],
    );
    // ru-tj-alliance's evidence has no offsets (a file made by hand): the same words count.
    expect(result.skipped).toEqual({ rejected: 0, existing: 1, invalid: 1 });
    expect(result.added).toEqual(['tajikistan-csto-membership']);
    const twice = addSuggestions(result.graph, [proposal()], []);
    expect(twice.skipped.existing).toBe(1);
    expect(twice.graph).toBe(result.graph);
  });
});

import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../model/parse.ts';
import { addActor, addAlias, addRelation, mergeActors, planMerge, updateActor } from './ops.ts';
import { deepFreeze, draft, spanOf } from './test-draft.ts';
import type { DraftGraph } from './types.ts';

/** The test graph with a duplicate of Tajikistan made by accident, and relations of its own. */
function withDuplicate(): DraftGraph {
  let g = addActor(draft(), {
    kind: 'state',
    name: { en: 'Tajik Republic', ar: 'طاجيكستان' },
    aliases: { en: ['Tajikistan'], ar: ['جمهورية طاجيكستان'] },
    wikidata: 'Q863',
  }).graph;
  // Same ends and kind as ru-tj-alliance once rewired (undirected, in the other order).
  g = addRelation(g, {
    id: 'tr-ru-alliance',
    source: 'tajik-republic',
    target: 'russia',
    kind: 'alliance',
    summary: { en: 'Allied', ar: 'حليفان' },
    evidence: [
      spanOf('وطاجيكستان وروسيا حليفتان.'),
      { ...spanOf('حليفتان'), translation: { en: 'allies' } },
    ],
  }).graph;
  // Between the two names of one actor: a self-loop once merged.
  g = addRelation(g, {
    id: 'tj-tr-cooperation',
    source: 'tajikistan',
    target: 'tajik-republic',
    kind: 'cooperation',
    evidence: [spanOf('وتنفي طاجيكستان')],
  }).graph;
  g = addRelation(g, {
    id: 'tr-csto-membership',
    source: 'tajik-republic',
    target: 'csto',
    kind: 'membership',
    summary: { en: 'Member', ar: 'عضو' },
    evidence: [
      {
        ...spanOf('وتنفي طاجيكستان ذلك.'),
        speaker: 'tajik-republic',
        translation: { en: 'Tajikistan denies this.' },
      },
    ],
  }).graph;
  return deepFreeze(g);
}

describe('merging two actors', () => {
  it('shows before it is done what the merge will change, and does exactly that', () => {
    const g = withDuplicate();
    const plan = planMerge(g, 'tajikistan', 'tajik-republic');
    expect(plan.rewired).toEqual(['tr-ru-alliance', 'tr-csto-membership']);
    expect(plan.selfLoops).toEqual([{ id: 'tj-tr-cooperation', evidence: 1 }]);
    // The rewired alliance repeats ru-tj-alliance; its new quote joins it, the same one does not.
    expect(plan.duplicates).toEqual([
      { into: 'ru-tj-alliance', from: 'tr-ru-alliance', evidenceAdded: 1 },
    ]);
    expect(plan.speakerRewired).toBe(1);
    expect(plan.aliasesAdded).toEqual({ en: ['Tajik Republic'], ar: ['جمهورية طاجيكستان'] });
    expect(plan.fieldsTaken).toEqual(['wikidata']);
    expect(mergeActors(g, 'tajikistan', 'tajik-republic')).toEqual(plan.result);
  });

  it('rewires relations and evidence to the kept actor and keeps every name as an alias', () => {
    const after = mergeActors(withDuplicate(), 'tajikistan', 'tajik-republic');
    const ids = new Set(after.actors.map((a) => a.id));
    expect(ids.has('tajik-republic')).toBe(false);
    const tj = after.actors.find((a) => a.id === 'tajikistan')!;
    expect(tj).toMatchObject({
      name: { en: 'Tajikistan', ar: 'طاجيكستان' },
      aliases: { en: ['Tajik Republic'], ar: ['جمهورية طاجيكستان'] },
      wikidata: 'Q863',
      deskNote: 'about tajikistan',
    });
    for (const r of after.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.source).not.toBe(r.target);
      for (const e of r.evidence) if (e.speaker) expect(ids.has(e.speaker)).toBe(true);
    }
    expect(after.relations.map((r) => r.id)).toEqual([
      'ru-tj-accusation',
      'ru-tj-alliance',
      'tr-csto-membership',
    ]);
    expect(after.relations[1]!.evidence.map((e) => e.quote)).toEqual([
      'وطاجيكستان وروسيا   حليفتان.',
      'حليفتان',
    ]);
    expect(after.relations[2]).toMatchObject({ source: 'tajikistan', target: 'csto' });
    expect(after.relations[2]!.evidence[0]!.speaker).toBe('tajikistan');
    const parsed = parseGraph(after);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('fills names the kept actor lacks, and keeps its own values where both differ', () => {
    let g = addActor(draft(), { kind: 'armed-group', name: { ar: 'داعش خراسان' } }).graph;
    g = addActor(g, { kind: 'armed-group', name: { en: 'ISIS-K', ar: 'ولاية خراسان' } }).graph;
    g = updateActor(g, 'داعش-خراسان', { wikidata: 'Q1' });
    g = updateActor(g, 'isis-k', { wikidata: 'Q2' });
    const plan = planMerge(g, 'داعش-خراسان', 'isis-k');
    const kept = plan.result.actors.find((a) => a.id === 'داعش-خراسان')!;
    expect(kept.name).toEqual({ en: 'ISIS-K', ar: 'داعش خراسان' });
    expect(kept.aliases).toEqual({ ar: ['ولاية خراسان'] });
    expect(kept.wikidata).toBe('Q1');
    expect(plan.fieldsTaken).toEqual(['name.en']);
    expect(plan.conflicts).toEqual(['wikidata']);
  });

  it('does not merge a suggestion into a reviewed relation, nor pairs that were there before', () => {
    let g = addActor(draft(), { kind: 'state', name: { en: 'Rossiya' } }).graph;
    g = addAlias(g, 'rossiya', 'en', 'Russia');
    g = addRelation(g, {
      source: 'rossiya',
      target: 'tajikistan',
      kind: 'alliance',
      evidence: [spanOf('حليفتان')],
      suggestion: { by: 'test', confidence: 0.5, triggers: [] },
    }).graph;
    const plan = planMerge(g, 'russia', 'rossiya');
    expect(plan.duplicates).toEqual([]);
    expect(plan.aliasesAdded.en).toEqual(['Rossiya']);
    expect(plan.result.relations.filter((r) => r.kind === 'alliance')).toHaveLength(2);
  });

  it('refuses to merge an actor into itself or an unknown one', () => {
    expect(() => planMerge(draft(), 'russia', 'russia')).toThrow(/itself/);
    expect(() => planMerge(draft(), 'russia', 'nobody')).toThrow(/no actor/);
  });
});

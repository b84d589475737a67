import { describe, expect, it } from 'vitest';
import { corroboration, isContested, isSingleClaim, voiceOf, voicesOf } from './evidence.ts';
import type { Relation } from './schema.ts';
import { testGraphFile } from './test-graph.ts';

const [accusation, alliance] = testGraphFile().relations as [Relation, Relation];

describe('claims', () => {
  it('tells the source’s own voice from a party’s claim', () => {
    expect(voiceOf(alliance.evidence[0]!)).toBe('article');
    expect(voiceOf(accusation.evidence[0]!)).toBe('party');
    expect(
      voiceOf({ ...alliance.evidence[0]!, speakerLabel: { en: 'Experts', ar: 'خبراء' } }),
    ).toBe('party');
    expect([...voicesOf(accusation)]).toEqual(['party']);
  });

  it('calls a relation contested when one party asserts and another denies', () => {
    expect(isContested(accusation)).toBe(true);
    expect(isContested(alliance)).toBe(false);
    // A party contradicting itself is not a contest between parties.
    const selfDenied = {
      ...accusation,
      evidence: accusation.evidence.map((e) => ({ ...e, speaker: 'russia' })),
    };
    expect(isContested(selfDenied)).toBe(false);
    // The source's own voice denying a claim also contests it.
    const sourceDenies = {
      ...accusation,
      evidence: [accusation.evidence[0]!, { ...accusation.evidence[1]!, speaker: undefined }],
    };
    expect(isContested(sourceDenies)).toBe(true);
  });

  it('counts sentences, speakers and sources that assert, not the denials', () => {
    expect(corroboration(accusation)).toEqual({ sentences: 1, speakers: 1, sources: 1 });
    expect(isSingleClaim(corroboration(accusation))).toBe(true);
    const twice = {
      ...alliance,
      evidence: [alliance.evidence[0]!, alliance.evidence[0]!, { ...accusation.evidence[0]! }],
    };
    expect(corroboration(twice)).toEqual({ sentences: 2, speakers: 2, sources: 1 });
    expect(isSingleClaim(corroboration(twice))).toBe(false);
  });
});

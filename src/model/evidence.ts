/**
 * Reading evidence: who says it (the source's own voice or a party), whether it asserts or denies,
 * how well a relation is corroborated, and whether it is contested.
 */
import type { Evidence, Relation } from './schema.ts';

export type Voice = 'article' | 'party';
export const VOICES: readonly Voice[] = ['article', 'party'];

export function voiceOf(e: Evidence): Voice {
  return e.speaker !== undefined || e.speakerLabel !== undefined ? 'party' : 'article';
}

export function denies(e: Evidence): boolean {
  return e.stance === 'denies';
}

export function assertions(r: Relation): Evidence[] {
  return r.evidence.filter((e) => !denies(e));
}

export function denials(r: Relation): Evidence[] {
  return r.evidence.filter(denies);
}

/** Asserted by a party and denied by another: drawn as contested. */
export function isContested(r: Relation): boolean {
  const deniers = new Set(denials(r).map(speakerKey));
  return (
    deniers.size > 0 &&
    assertions(r).some((e) => voiceOf(e) === 'party' && !deniers.has(speakerKey(e)))
  );
}

/** Voices that assert the relation: a relation may be both stated by the article and claimed. */
export function voicesOf(r: Relation): Set<Voice> {
  return new Set(assertions(r).map(voiceOf));
}

/** Who says it, for counting distinct speakers: the actor, else the named party, else the source itself. */
export function speakerKey(e: Evidence): string {
  if (e.speaker !== undefined) return `actor:${e.speaker}`;
  if (e.speakerLabel !== undefined) return `label:${e.speakerLabel.en}`;
  return `source:${e.source}`;
}

export interface Corroboration {
  /** Distinct sentences asserting the relation. */
  readonly sentences: number;
  /** Distinct speakers asserting it (the source's own voice counts as one per source). */
  readonly speakers: number;
  /** Distinct source documents. */
  readonly sources: number;
}

export function corroboration(r: Relation): Corroboration {
  const asserted = assertions(r);
  return {
    sentences: new Set(asserted.map((e) => `${e.source}\u0000${e.quote}`)).size,
    speakers: new Set(asserted.map(speakerKey)).size,
    sources: new Set(asserted.map((e) => e.source)).size,
  };
}

/** Backed by a single claim: one sentence from one party, nothing else. */
export function isSingleClaim(c: Corroboration): boolean {
  return c.sentences <= 1;
}

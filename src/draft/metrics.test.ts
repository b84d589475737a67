/**
 * Keeps the drafting assistant's quality on the annotated fixtures (data/fixtures/draft/) from
 * falling. The targets are actor P ≥ 0.90 / R ≥ 0.95 and pair P ≥ 0.75 / R ≥ 0.85; the
 * floors below sit just under today's figures (see BENCHMARKS.md for where and why they fall
 * short of a target).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  add,
  EMPTY,
  loadFixtures,
  metrics,
  score,
  type Fixture,
  type Metrics,
} from '../../scripts/lib/draft-eval.ts';

const TARGET: Metrics = {
  actorPrecision: 0.9,
  actorRecall: 0.95,
  bearingRecall: 0.85,
  pairPrecision: 0.75,
  pairRecall: 0.85,
};
// Floors just under each figure of December 2026 (npm run bench:draft; BENCHMARKS.md), above the
// target where it is met and below it where not (Arabic pair recall, Crocus pair recall, the
// relation-sentence recall): any change that loses a mention or a pair fails here. The set now
// includes the two fixtures written before that round of tuning and held out of it
// (ar-horn-ports, en-gulf-mediation), which is why the Arabic pair figures sit below Crocus's.
// Raise a floor when the rules improve; never lower one to make a change pass.
const FLOOR: Record<'ar' | 'en' | 'crocus', Partial<Metrics>> = {
  ar: {
    actorPrecision: 0.98,
    actorRecall: 0.97,
    bearingRecall: 0.78,
    pairPrecision: 0.83,
    pairRecall: 0.67,
  },
  en: {
    actorPrecision: 0.99,
    actorRecall: 0.99,
    bearingRecall: 0.95,
    pairPrecision: 0.92,
    pairRecall: 0.9,
  },
  crocus: {
    actorPrecision: 0.99,
    actorRecall: 0.98,
    bearingRecall: 0.81,
    pairPrecision: 0.83,
    pairRecall: 0.72,
  },
};

let fixtures: Fixture[] = [];
beforeAll(async () => {
  fixtures = await loadFixtures();
});

function check(label: keyof typeof FLOOR, m: Metrics) {
  for (const k of Object.keys(TARGET) as (keyof Metrics)[])
    expect.soft(m[k], `${label} ${k}`).toBeGreaterThanOrEqual(FLOOR[label][k] ?? TARGET[k]);
}

describe('drafting assistant quality on the fixtures', () => {
  it('has at least six hand-written fixtures, three per language, plus the Crocus article', () => {
    expect(fixtures.filter((f) => f.lang === 'ar' && !f.graph).length).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => f.lang === 'en').length).toBeGreaterThanOrEqual(3);
    expect(fixtures.some((f) => f.name === 'crocus' && f.graph)).toBe(true);
  });

  for (const lang of ['ar', 'en'] as const)
    it(`keeps actor, sentence and pair scores in ${lang}`, () => {
      const c = fixtures
        .filter((f) => f.lang === lang)
        .map((f) => score(f))
        .reduce(add, EMPTY);
      check(lang, metrics(c));
    });

  it('keeps its scores on the Crocus article against the shipped graph', () => {
    check('crocus', metrics(score(fixtures.find((f) => f.name === 'crocus')!)));
  });
});

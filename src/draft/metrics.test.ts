/**
 * Keeps the drafting assistant's quality on the annotated fixtures (data/fixtures/draft/) from
 * falling. The targets are actor P ≥ 0.90 / R ≥ 0.95 and pair P ≥ 0.75 / R ≥ 0.85; where
 * a figure is below its target today the floor is today's figure (see BENCHMARKS.md for why).
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
// Floors where the rules fall short of a target; raise them as the rules improve.
// The Crocus gold grew with issue 17's corrections (the Friday sentence, the US and experts'
// sentences for the attack, «غزو أوكرانيا»/«تهاجم أوكرانيا» for the war, "old allies…" for the
// former-Soviet strain, «داعش» as the Islamic State's alias): recall floors are today's figures.
const FLOOR: Record<'ar' | 'en' | 'crocus', Partial<Metrics>> = {
  ar: { actorRecall: 0.92, pairPrecision: 0.71, pairRecall: 0.66 },
  en: {},
  crocus: { actorRecall: 0.94, bearingRecall: 0.8, pairPrecision: 0.65, pairRecall: 0.62 },
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
  it('has at least four hand-written fixtures, two per language, plus the Crocus article', () => {
    expect(fixtures.filter((f) => f.lang === 'ar' && !f.graph).length).toBeGreaterThanOrEqual(2);
    expect(fixtures.filter((f) => f.lang === 'en').length).toBeGreaterThanOrEqual(2);
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

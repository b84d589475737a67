import { describe, expect, it } from 'vitest';
import {
  ALL_FILTERS,
  computeVisibility,
  countByTension,
  isFiltering,
  kindsInGraph,
} from './filter.ts';
import { indexGraph } from './graph.ts';
import { testGraphFile } from './test-graph.ts';

const graph = indexGraph(testGraphFile());

describe('computeVisibility', () => {
  it('shows everything by default; actors without relations stay inactive', () => {
    const v = computeVisibility(graph, ALL_FILTERS);
    expect([...v.relationIds]).toEqual(['ru-tj-accusation', 'ru-tj-alliance']);
    expect([...v.activeActorIds].sort()).toEqual(['russia', 'tajikistan']);
    expect(isFiltering(ALL_FILTERS, graph)).toBe(false);
  });

  it('filters by tension level', () => {
    const filters = { ...ALL_FILTERS, tensions: [1, 2] as const };
    expect([...computeVisibility(graph, filters).relationIds]).toEqual(['ru-tj-accusation']);
    expect(isFiltering(filters, graph)).toBe(true);
  });

  it('filters by kind, and actors with nothing left become inactive', () => {
    const v = computeVisibility(graph, { ...ALL_FILTERS, kinds: ['war'] });
    expect(v.relationIds.size).toBe(0);
    expect(v.activeActorIds.size).toBe(0);
  });

  it('only counts kinds the graph uses when deciding whether it is filtering', () => {
    expect(kindsInGraph(graph)).toEqual(['alliance', 'accusation']);
    expect(isFiltering({ ...ALL_FILTERS, kinds: ['alliance', 'accusation'] }, graph)).toBe(false);
  });

  it('counts relations per level', () => {
    expect(Object.fromEntries(countByTension(graph))).toEqual({
      '-2': 1,
      '-1': 0,
      '0': 0,
      '1': 1,
      '2': 0,
    });
  });
});

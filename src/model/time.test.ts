import { describe, expect, it } from 'vitest';
import type { Relation } from './schema.ts';
import { testGraphFile } from './test-graph.ts';
import { beganBy, endOf, precisionOf, relationStart, startOf, timeline } from './time.ts';

const [accusation, alliance] = testGraphFile().relations as [Relation, Relation];

describe('partial dates', () => {
  it('keeps the precision the text gives', () => {
    expect(precisionOf('2022')).toBe('year');
    expect(precisionOf('2022-10')).toBe('month');
    expect(precisionOf('2024-03-22')).toBe('day');
  });

  it('covers the whole period of a partial date', () => {
    expect(new Date(startOf('2022-02')).toISOString()).toBe('2022-02-01T00:00:00.000Z');
    expect(new Date(endOf('2022-02')).toISOString()).toBe('2022-02-28T23:59:59.999Z');
    expect(new Date(endOf('2024')).toISOString()).toBe('2024-12-31T23:59:59.999Z');
    expect(new Date(endOf('2024-03-22')).toISOString()).toBe('2024-03-22T23:59:59.999Z');
  });
});

describe('relations in time', () => {
  it('begins at its earliest dated assertion; denials do not date it', () => {
    expect(relationStart(accusation)).toBe('2024-03-23');
    expect(relationStart(alliance)).toBeUndefined();
  });

  it('hides a relation before it begins and keeps undated ones', () => {
    expect(beganBy(accusation, '2024-03-22')).toBe(false);
    expect(beganBy(accusation, '2024-03-23')).toBe(true);
    expect(beganBy(accusation, '2024-03')).toBe(true);
    expect(beganBy(alliance, '1990')).toBe(true);
  });

  it('lists the distinct dates as stops, oldest first', () => {
    const later = {
      ...alliance,
      evidence: [
        {
          ...alliance.evidence[0]!,
          when: { date: '2022-02', basis: 'stated' as const, expression: 'x' },
        },
      ],
    };
    expect(timeline([accusation, later, alliance])).toEqual(['2022-02', '2024-03-23']);
  });
});

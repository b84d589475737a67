import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { indexGraph } from './graph.ts';
import type { GraphFile, Relation } from './schema.ts';
import { testGraphFile } from './test-graph.ts';
import { endOf, precisionOf, relationStart, relationTiming, startOf, timeline } from './time.ts';

const [accusation, alliance] = testGraphFile().relations as [Relation, Relation];

/**
 * The relations the reader sees "as of" a date: through the filter the app runs, on the graph
 * the app indexes (its timing facts), not through a helper of this module.
 */
function shownAsOf(relations: Relation[], asOf: string, events?: GraphFile['events']): string[] {
  const file = { ...testGraphFile(), relations, ...(events ? { events } : {}) };
  const graph = indexGraph(file);
  return [...computeVisibility(graph, { ...ALL_FILTERS, asOf }).relationIds];
}

/** Events as a v3 file gives them: each dated by a quote. */
const eventsOf = (list: { id: string; date: string }[]): GraphFile['events'] =>
  list.map(({ id, date }) => ({
    id,
    name: { en: id, ar: id },
    evidence: {
      source: 'src',
      quote: 'قالت روسيا يوم السبت',
      when: { date, basis: 'stated' as const, expression: 'يوم السبت' },
    },
  }));

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
    const both = [accusation, alliance];
    expect(shownAsOf(both, '2024-03-22')).toEqual([alliance.id]);
    expect(shownAsOf(both, '2024-03-23')).toEqual([accusation.id, alliance.id]);
    expect(shownAsOf(both, '2024-03')).toEqual([accusation.id, alliance.id]);
    expect(shownAsOf(both, '1990')).toEqual([alliance.id]);
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

describe('relations about a dated event (format v3)', () => {
  const events = new Map([['attack', '2024-03-22']]);
  const about = (r: Relation, ...when: (string | undefined)[]): Relation => ({
    ...r,
    about: ['attack'],
    evidence: when.map((date, i) => ({
      ...r.evidence[0]!,
      quote: `q${i}`,
      stance: 'asserts' as const,
      when: date === undefined ? undefined : { date, basis: 'stated' as const, expression: 'x' },
    })),
  });

  it('an undated relation takes the event’s date, and says so', () => {
    expect(relationTiming(about(alliance, undefined), events)).toEqual({
      start: '2024-03-22',
      event: 'attack',
    });
    // Without the event's date it stays undated: nothing is dated that the text does not date.
    expect(relationTiming(about(alliance, undefined))).toEqual({
      start: undefined,
      event: undefined,
    });
  });

  it('never begins before the event; a sentence dated that day or later keeps its own date', () => {
    expect(relationTiming(about(alliance, '2022-02'), events)).toEqual({
      start: '2024-03-22',
      event: 'attack',
    });
    expect(relationTiming(about(alliance, '2024-03-22', undefined), events)).toEqual({
      start: '2024-03-22',
      event: undefined,
    });
    expect(relationTiming(about(alliance, '2024-03-23'), events)).toEqual({
      start: '2024-03-23',
      event: undefined,
    });
    // An undated sentence about the event comes no later than the event.
    expect(relationTiming(about(alliance, '2024-03-23', undefined), events).start).toBe(
      '2024-03-22',
    );
  });

  it('puts the event on the time control and hides the relation before it', () => {
    const r = about(alliance, undefined);
    expect(timeline([r, accusation], events)).toEqual(['2024-03-22', '2024-03-23']);
    const attack = [{ id: 'attack', date: '2024-03-22' }];
    expect(shownAsOf([r], '2024-03-21', eventsOf(attack))).toEqual([]);
    expect(shownAsOf([r], '2024-03-22', eventsOf(attack))).toEqual([r.id]);
  });
});

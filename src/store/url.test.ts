import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '../model/filter.ts';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { parseUrlState, serializeUrlState } from './url.ts';
import { DEFAULT_VIEW, type View } from './view.ts';

const graph = indexGraph(testGraphFile());
const defaults = DEFAULT_VIEW;

describe('parseUrlState', () => {
  it('reads a full view', () => {
    const { state, notices } = parseUrlState(
      '?lang=ar&tension=1..2&kinds=accusation&relation=ru-tj-accusation',
      graph,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      lang: 'ar',
      tensions: [1, 2],
      kinds: ['accusation'],
      selection: { type: 'relation', id: 'ru-tj-accusation' },
    });
  });

  it('ignores bad values with a notice each, keeping the good ones', () => {
    const { state, notices } = parseUrlState(
      '?lang=fr&tension=7&kinds=accusation,hugs&actor=nobody&utm_source=x',
      graph,
    );
    expect(state).toEqual({ kinds: ['accusation'] });
    expect(notices.map((n) => n.params)).toEqual([
      { name: 'lang', value: 'fr' },
      { name: 'tension', value: '7' },
      { name: 'kinds', value: 'hugs' },
      { name: 'actor', value: 'nobody' },
    ]);
  });

  it('shortens a huge value in its notice', () => {
    const { notices } = parseUrlState(`?lang=${'x'.repeat(10_000)}`, graph);
    expect(String(notices[0]?.params?.value).length).toBeLessThan(50);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the default view and keeps foreign parameters', () => {
    expect(serializeUrlState(defaults, defaults, '')).toBe('');
    expect(serializeUrlState(defaults, defaults, '?utm_source=paper&lang=ar')).toBe(
      '?utm_source=paper',
    );
  });

  it('round-trips a view through the URL', () => {
    const view: View = {
      lang: 'ar',
      filters: { ...ALL_FILTERS, tensions: [-2, 2], kinds: ['alliance'] },
      selection: { type: 'actor', id: 'russia' },
      focus: null,
    };
    const search = serializeUrlState(view, defaults, '');
    expect(search).toBe('?lang=ar&tension=-2%2C2&kinds=alliance&actor=russia');
    expect(parseUrlState(search, graph).state).toEqual({
      lang: 'ar',
      tensions: [-2, 2],
      kinds: ['alliance'],
      selection: { type: 'actor', id: 'russia' },
    });
  });
});

describe('evidence filters and several relations in the URL', () => {
  it('round-trips voice, corroboration, date and a sentence’s relations', () => {
    const view: View = {
      lang: 'en',
      filters: { ...ALL_FILTERS, voices: ['party'], corroboratedOnly: true, asOf: '2024-03' },
      selection: { type: 'relations', ids: ['ru-tj-accusation', 'ru-tj-alliance'] },
      focus: null,
    };
    const search = serializeUrlState(view, defaults, '');
    expect(search).toBe(
      '?voice=party&corroborated=1&asOf=2024-03&relation=ru-tj-accusation&relation=ru-tj-alliance',
    );
    expect(parseUrlState(search, graph)).toEqual({
      state: {
        voices: ['party'],
        corroboratedOnly: true,
        asOf: '2024-03',
        selection: { type: 'relations', ids: ['ru-tj-accusation', 'ru-tj-alliance'] },
      },
      notices: [],
    });
  });

  it('rejects malformed dates and voices', () => {
    const { state, notices } = parseUrlState(
      '?asOf=2024-13-01&voice=rumour&corroborated=yes',
      graph,
    );
    expect(state).toEqual({});
    expect(notices.map((n) => n.params?.name)).toEqual(['voice', 'corroborated', 'asOf']);
  });
});

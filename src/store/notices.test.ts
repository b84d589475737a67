/** Link parameters a hostile or careless link can carry: impossible dates, floods of bad values. */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { createAppStore } from './store.ts';
import { mergeNotices } from './notices.ts';
import { parseUrlState } from './url.ts';

const graph = indexGraph(testGraphFile());

describe('asOf', () => {
  it('takes real dates and refuses impossible ones with a notice', () => {
    expect(parseUrlState('?asOf=2024-02-29', graph).state.asOf).toBe('2024-02-29');
    for (const bad of ['2024-02-31', '2023-02-29', '2024-04-31']) {
      const { state, notices } = parseUrlState(`?asOf=${bad}`, graph);
      expect(state.asOf).toBeUndefined();
      expect(notices).toEqual([{ key: 'notice.badParam', params: { name: 'asOf', value: bad } }]);
    }
  });
});

describe('a flood of bad parameters', () => {
  it('sixty bad relation= values make one notice naming three and counting the rest', () => {
    const search = `?${Array.from({ length: 60 }, (_, i) => `relation=nope-${i}`).join('&')}`;
    const { notices } = parseUrlState(search, graph);
    expect(notices).toEqual([
      {
        key: 'notice.badParams',
        params: { name: 'relation', values: 'nope-0, nope-1, nope-2', count: '60', more: '57' },
      },
    ]);
  });

  it('sixty identical bad values are one notice about one value', () => {
    const { notices } = parseUrlState(`?${'relation=x&'.repeat(60)}`, graph);
    expect(notices).toEqual([{ key: 'notice.badParam', params: { name: 'relation', value: 'x' } }]);
  });

  it('the store shows an identical notice once', () => {
    const n = { key: 'notice.unverifiedHost' as const, params: { host: 'example.org' } };
    const store = createAppStore({ graph, notices: [n, n] });
    store.getState().addNotices([n, { ...n, params: { host: 'other.example' } }]);
    expect(store.getState().notices).toEqual([n, { ...n, params: { host: 'other.example' } }]);
    expect(mergeNotices([n], [n])).toEqual([n]);
  });
});

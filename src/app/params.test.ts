import { describe, expect, it } from 'vitest';
import { readPageParams } from './params.ts';

describe('the page parameters', () => {
  it('reads an embed: its id made safe, its theme, compact, and no other graph', () => {
    const p = readPageParams(
      '?embed=1&id=fl-1a"><b>&theme=dark&compact=1&graph=https://x.example/g.json',
    );
    expect(p).toEqual({
      embed: true,
      id: 'fl-1ab',
      theme: 'dark',
      compact: true,
      graph: null,
      playground: null,
    });
  });

  it('reads the full app: graph= kept, an unknown theme light, a default id', () => {
    const p = readPageParams('?graph=g.json&theme=neon&id=%22%3E');
    expect(p).toMatchObject({ embed: false, id: 'faultlines', theme: 'light', graph: 'g.json' });
    expect(readPageParams('?theme=auto').theme).toBe('auto');
    expect(readPageParams(`?id=${'a'.repeat(100)}`).id).toHaveLength(64);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexGraph } from '../model/graph.ts';
import type { GraphFile } from '../model/schema.ts';
import { createI18n } from '../i18n/i18n.ts';
import { actorLabel, kindLabel, toElements } from './elements.ts';

describe('toElements', () => {
  it('labels every relation with its kind in the language, looking each kind up once', () => {
    // The shipped graph: 23 relations of fewer kinds.
    const file = JSON.parse(readFileSync('data/graphs/crocus-2024.json', 'utf8')) as GraphFile;
    const graph = indexGraph(file);
    const t = createI18n('ar').getFixedT('ar');
    const lookups: string[] = [];
    const elements = toElements(graph, {
      actor: actorLabel(graph, 'ar'),
      relationKind: kindLabel((key) => {
        lookups.push(key);
        return t(key);
      }),
    });
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(graph.relations.length);
    for (const edge of edges) expect(edge.data.label).toBe(t(`kind.${String(edge.data.kind)}`));
    const kinds = new Set(graph.relations.map((r) => r.kind));
    expect(kinds.size).toBeLessThan(graph.relations.length);
    expect(lookups.sort()).toEqual([...kinds].map((k) => `kind.${k}`).sort());
  });
});

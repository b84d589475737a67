import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import ar from '../i18n/locales/ar.json' with { type: 'json' };
import { indexGraph } from '../model/graph.ts';
import type { GraphFile } from '../model/schema.ts';
import { actorLabel, kindLabel, toElements } from './elements.ts';

describe('toElements', () => {
  // The shipped graph, labelled as the Arabic interface labels it.
  const file = JSON.parse(readFileSync('data/graphs/crocus-2024.json', 'utf8')) as GraphFile;
  const graph = indexGraph(file);
  const t = createI18n('ar').getFixedT('ar');
  const elements = toElements(graph, {
    actor: actorLabel(graph, 'ar'),
    relationKind: kindLabel((kind) => t(`kind.${kind}`)),
  });

  it('labels every relation with its kind in Arabic, as the locale file words it', () => {
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(file.relations.length);
    for (const r of file.relations) {
      const edge = edges.find((e) => e.data.id === r.id);
      expect(edge?.data.label, r.id).toBe(ar.kind[r.kind]);
    }
  });

  it('labels every actor with its Arabic name from the file', () => {
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(file.actors.map((a) => a.name.ar));
  });

  it('gives each relation the classes the stylesheet draws it by', () => {
    for (const r of file.relations) {
      const classes = elements.find((e) => e.data.id === r.id)?.classes as string[];
      expect(classes.includes('directed'), r.id).toBe(r.directed);
      expect(
        classes.some((c) => c.startsWith('tension-')),
        r.id,
      ).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseGraph } from '../parse.ts';
import { fromCytoscapeJson, toCytoscapeJson } from './cytoscape-json.ts';
import { expectOwnFieldsKept, roundTripFile } from './test-fixture.ts';

function validFile() {
  const parsed = parseGraph(roundTripFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.graph.file;
}

describe('Cytoscape.js JSON', () => {
  it('round-trips a graph with Arabic text and parallel relations to an equal graph, through JSON text', () => {
    const file = validFile();
    const text = JSON.stringify(toCytoscapeJson(file, 'ar'));
    const back = fromCytoscapeJson(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file).toEqual(file);
    expectOwnFieldsKept(back.graph.file);
  });

  it('has the elements Cytoscape.js draws: labelled nodes with positions, one edge per relation', () => {
    const json = toCytoscapeJson(validFile(), 'ar');
    const russia = json.elements.nodes.find((n) => n.data.id === 'russia');
    expect(russia?.data.label).toBe('روسيا');
    expect(russia?.position).toEqual({ x: 0, y: -12.5 });
    expect(russia?.data).not.toHaveProperty('position');
    const pair = json.elements.edges.filter(
      (e) => e.data.source === 'russia' && e.data.target === 'tajikistan',
    );
    expect(pair.map((e) => e.data.id)).toEqual([
      'ru-tj-accusation',
      'ru-tj-alliance',
      'ru-tj-criticism',
    ]);
    expect(pair[0]?.data.label).toBe('روسيا تتهم');
    expect(json.data.name).toBe('اختبار');
  });

  it('keeps an own field called label, and drops only the label it added', () => {
    const json = toCytoscapeJson(validFile(), 'en');
    json.elements.nodes[1]!.data.label = 'desk label';
    const back = fromCytoscapeJson(json);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file.actors[1]).toMatchObject({ label: 'desk label' });
    expect(back.graph.file.actors[0]).not.toHaveProperty('label');
  });

  it('reports what is not Cytoscape.js JSON', () => {
    for (const input of ['', '{', '[]', '{"elements": 3}', null, 7])
      expect(fromCytoscapeJson(input).ok).toBe(false);
  });
});

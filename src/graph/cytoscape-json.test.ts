/** The Cytoscape.js JSON export, checked by Cytoscape.js itself (headless, in Node). */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fromCytoscapeJson, toCytoscapeJson } from '../model/formats/cytoscape-json.ts';
import { roundTripFile } from '../model/formats/test-fixture.ts';
import { parseGraph } from '../model/parse.ts';

describe('Cytoscape.js JSON in Cytoscape.js', () => {
  it('loads every actor and every parallel relation, and cy.json() reads back to an equal graph', () => {
    const parsed = parseGraph(roundTripFile());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const json = JSON.parse(JSON.stringify(toCytoscapeJson(parsed.graph.file, 'ar')));
    const cy = cytoscape({
      headless: true,
      elements: json.elements,
      data: json.data,
      layout: { name: 'preset' },
    });
    expect(cy.nodes()).toHaveLength(parsed.graph.file.actors.length);
    expect(cy.edges()).toHaveLength(parsed.graph.file.relations.length);
    const russia = cy.getElementById('russia');
    expect(russia.data('label')).toBe('روسيا');
    expect(russia.position()).toEqual({ x: 0, y: -12.5 });
    expect(russia.edgesWith(cy.getElementById('tajikistan'))).toHaveLength(3);
    const back = fromCytoscapeJson(cy.json());
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file).toEqual(parsed.graph.file);
    cy.destroy();
  });
});

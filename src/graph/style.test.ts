import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { TENSION_LINES } from '../look/lines.ts';
import { buildStylesheet } from './style.ts';

/** The stylesheet applied by Cytoscape itself (headless), as the canvas renderer reads it. */
function styled(large: boolean) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', false, large),
    elements: [
      { group: 'nodes', data: { id: 'a', label: 'A' } },
      { group: 'nodes', data: { id: 'b', label: 'B' } },
      {
        group: 'edges',
        data: { id: 'hostile', source: 'a', target: 'b', label: 'x', width: 3 },
        classes: ['tension-hostile'],
      },
      {
        group: 'edges',
        data: { id: 'allied', source: 'a', target: 'b', label: 'y', width: 3 },
        classes: ['tension-allied'],
      },
    ],
  });
  const line = (id: string) => ({
    style: String(cy.getElementById(id).style('line-style')),
    dash: String(cy.getElementById(id).style('line-dash-pattern')),
  });
  return { cy, line };
}

describe('tension line patterns', () => {
  const hostileDash = TENSION_LINES['2'].dash;

  it('an article-sized graph always draws each tension with its own pattern', () => {
    const { line } = styled(false);
    expect(line('hostile').style).toBe('dashed');
    expect(line('hostile').dash).toContain(String(hostileDash[0]));
    expect(line('allied').style).toBe('solid');
  });

  it('a large graph draws lines solid while zoomed out, and the pattern when near or selected', () => {
    const { cy, line } = styled(true);
    expect(line('hostile').style).toBe('solid');
    cy.getElementById('hostile').addClass('near');
    expect(line('hostile').style).toBe('dashed');
    cy.getElementById('hostile').removeClass('near').addClass('selected');
    expect(line('hostile').style).toBe('dashed');
    // A solid tension stays solid in every state.
    cy.getElementById('allied').addClass('near selected');
    expect(line('allied').style).toBe('solid');
  });
});

describe('states', () => {
  it('a faded edge stays faded in a large graph, zoomed out or in', () => {
    const { cy } = styled(true);
    const edge = cy.getElementById('hostile').addClass('faded');
    expect(Number(edge.style('opacity'))).toBe(0.12);
    edge.addClass('near');
    expect(Number(edge.style('opacity'))).toBe(0.12);
  });
});

describe('relation labels', () => {
  it('an edge shows its label, in its typography, only where the graph shows labels', () => {
    for (const large of [false, true]) {
      const { cy } = styled(large);
      const edge = cy.getElementById('hostile');
      expect(edge.style('label')).toBe('');
      edge.addClass('selected');
      expect(edge.style('label')).toBe('x');
      expect(edge.style('font-size')).toBe('12px');
      expect(edge.style('font-weight')).toBe('700');
      edge.removeClass('selected').addClass('near');
      expect(edge.style('label')).toBe(large ? '' : 'x');
    }
  });
});

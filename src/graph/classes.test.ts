import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setClass } from './classes.ts';

function graph() {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })),
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
    ],
  });
  const touched: string[] = [];
  cy.on('class', (event) => void touched.push((event.target as cytoscape.NodeSingular).id()));
  return { cy, touched };
}

const withClass = (cy: cytoscape.Core, name: string) =>
  cy
    .elements(`.${name}`)
    .map((e) => e.id())
    .sort();

describe('setClass', () => {
  it('gives the class to exactly the wanted elements', () => {
    const { cy } = graph();
    cy.getElementById('bc').addClass('off');
    expect(setClass(cy.edges(), 'off', (id) => id !== 'bc')).toBe(true);
    expect(withClass(cy, 'off')).toEqual(['ab', 'cd']);
  });

  it('touches only the elements whose class changes', () => {
    const { cy, touched } = graph();
    cy.getElementById('ab').addClass('off');
    touched.length = 0;
    setClass(cy.edges(), 'off', (id) => id === 'ab' || id === 'cd');
    expect(touched).toEqual(['cd']);
  });

  it('reports no change, and emits nothing, when every element already matches', () => {
    const { cy, touched } = graph();
    cy.nodes().addClass('dim');
    touched.length = 0;
    expect(setClass(cy.nodes(), 'dim', () => true)).toBe(false);
    expect(touched).toEqual([]);
    expect(withClass(cy, 'dim')).toEqual(['a', 'b', 'c', 'd']);
  });
});

/** Shared by the Cytoscape pages (bare, styled); not by sigma's, which must not load Cytoscape. */
import type { Core } from 'cytoscape';

/**
 * The hooks of a Cytoscape page: `hidden` is the class that hides an edge; a click adds
 * `selected` to an actor. What either looks like is the page's own stylesheet.
 */
export function cytoscapeHooks(
  cy: Core,
  container: HTMLElement,
  hidden: string,
): NonNullable<Window['__bench']> {
  cy.on('tap', 'node', (event) => window.__bench?.select(event.target.id()));
  return {
    setHidden(tension, off) {
      cy.batch(() =>
        cy
          .edges()
          .forEach((e) => void (e.data('tension') === tension && e.toggleClass(hidden, off))),
      );
    },
    select(id) {
      cy.batch(() => {
        cy.nodes('.selected').removeClass('selected');
        cy.getElementById(id).addClass('selected');
      });
      window.__bench!.selectedId = id;
    },
    pointOf(id) {
      const p = cy.getElementById(id).renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
}

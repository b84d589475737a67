/** Hidden relations and the actors they leave without any: only what changes is restyled. */
import { setClass } from '../classes.ts';
import type { Controller, ControllerContext } from './types.ts';

export function visibilityController({ cy }: ControllerContext): Controller {
  return {
    update(state, previous) {
      if (previous && state.visibility === previous.visibility) return;
      const visibility = state.visibility;
      cy.batch(() => {
        setClass(cy.edges(), 'filtered-out', (id) =>
          visibility ? !visibility.relationIds.has(id) : false,
        );
        setClass(cy.nodes(), 'dimmed', (id) =>
          visibility ? !visibility.activeActorIds.has(id) : false,
        );
      });
    },
  };
}

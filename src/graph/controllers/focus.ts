/** Focus mode: an actor's neighbourhood stays, the rest fades, and the view fits what stays. */
import { neighbourhood } from '../../model/neighbourhood.ts';
import { setClass } from '../classes.ts';
import { FIT_PADDING, fitGently } from '../viewport.ts';
import type { Controller, ControllerContext } from './types.ts';

export function focusController({ cy, graph }: ControllerContext): Controller {
  return {
    update(state, previous) {
      if (previous && state.focus === previous.focus && state.visibility === previous.visibility)
        return;
      const { focus } = state;
      const all = {
        relationIds: new Set(graph().relations.map((r) => r.id)),
        activeActorIds: new Set<string>(),
      };
      const near = focus
        ? neighbourhood(graph(), state.visibility ?? all, focus.actor, focus.depth)
        : null;
      cy.batch(() => {
        setClass(cy.nodes(), 'faded', (id) => near !== null && !near.actorIds.has(id));
        setClass(cy.edges(), 'faded', (id) => near !== null && !near.relationIds.has(id));
      });
      if (near) {
        let shown = cy.collection();
        for (const id of near.actorIds) shown = shown.union(cy.getElementById(id));
        fitGently(cy, shown, FIT_PADDING * 2);
      }
    },
  };
}

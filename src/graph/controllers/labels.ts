/** Actor names and relation kinds in the interface language. */
import { actorLabel, kindLabel } from '../elements.ts';
import type { Language, RelationKind } from '../../model/vocabulary.ts';
import type { Controller, ControllerContext } from './types.ts';

export function labelsController(
  { cy, graph }: ControllerContext,
  translateKind: (kind: RelationKind, lang: Language) => string,
): Controller {
  return {
    update(state, previous) {
      if (previous && state.lang === previous.lang) return;
      const name = actorLabel(graph(), state.lang);
      const kind = kindLabel((k) => translateKind(k, state.lang));
      // Only labels that change: on creation they are already right, and every data() write
      // restyles the element.
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const label = name(n.id());
          if (n.data('label') !== label) n.data('label', label);
        });
        cy.edges().forEach((e) => {
          const label = kind(e.data('kind') as RelationKind);
          if (e.data('label') !== label) e.data('label', label);
        });
      });
    },
  };
}

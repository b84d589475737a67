/** Restyles the canvas when the theme changes (light, dark, or the reader's system setting). */
import { buildStylesheet } from '../style.ts';
import { reducedMotion } from '../viewport.ts';
import type { Controller, ControllerContext } from './types.ts';

export function themeController({ cy, large }: ControllerContext): Controller {
  return {
    update(state, previous) {
      // The first stylesheet is given at creation, in the theme of the moment.
      if (!previous || state.theme === previous.theme) return;
      cy.style(buildStylesheet(state.theme, !reducedMotion(), large));
    },
  };
}

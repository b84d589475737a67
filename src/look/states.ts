/** How the view's states show on the marks: dimmed, faded (outside a focus), selected. */

/** Actors left without a visible relation. */
export const DIMMED_OPACITY = 0.28;
/** Elements outside a focused actor's neighbourhood. */
export const FADED_OPACITY = 0.12;
/** The selection's halo, drawn under the element. */
export const HALO = { opacity: 0.7, padding: 7 } as const;

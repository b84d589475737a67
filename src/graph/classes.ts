import type { EdgeCollection, NodeCollection } from 'cytoscape';

/**
 * Gives `className` to exactly the elements for which `wanted(id)` holds. Only elements whose
 * class changes are touched, in two collection operations: a per-element `toggleClass` builds a
 * collection and queues an event for every element, even unchanged ones — thousands of them on a
 * large graph, for every filter change. Call it inside `cy.batch`. True when anything changed.
 */
export function setClass(
  eles: NodeCollection | EdgeCollection,
  className: string,
  wanted: (id: string) => boolean,
): boolean {
  // Both kinds of collection filter alike; the union's overloads cannot be called directly.
  const all = eles as NodeCollection;
  const add = all.filter((e) => !e.hasClass(className) && wanted(e.id()));
  const remove = all.filter((e) => e.hasClass(className) && !wanted(e.id()));
  add.addClass(className);
  remove.removeClass(className);
  return add.nonempty() || remove.nonempty();
}

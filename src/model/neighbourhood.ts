/** An actor's neighbourhood: actors and relations within `depth` steps over visible relations. */
import type { Visibility } from './filter.ts';
import { otherEnd, type Graph } from './graph.ts';

export interface Neighbourhood {
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

export function neighbourhood(
  graph: Graph,
  visibility: Visibility,
  actorId: string,
  depth: number,
): Neighbourhood {
  const actorIds = new Set<string>([actorId]);
  const relationIds = new Set<string>();
  let frontier = [actorId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const r of graph.relationsByActor.get(id) ?? []) {
        if (!visibility.relationIds.has(r.id)) continue;
        relationIds.add(r.id);
        const other = otherEnd(r, id);
        if (!actorIds.has(other)) {
          actorIds.add(other);
          next.push(other);
        }
      }
    frontier = next;
  }
  // Relations between actors already inside belong to the picture too.
  for (const id of actorIds)
    for (const r of graph.relationsByActor.get(id) ?? [])
      if (visibility.relationIds.has(r.id) && actorIds.has(otherEnd(r, id))) relationIds.add(r.id);
  return { actorIds, relationIds };
}

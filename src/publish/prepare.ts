/**
 * A graph file made ready for its pages: checked by the validator (a page never carries a graph
 * that does not pass it), given its layout once, and indexed — what the build does for each file
 * in data/graphs/ and the editor's Publish does for the graph being edited.
 */
import { indexGraph, type Graph } from '../model/graph.ts';
import { presetPositions, type Point } from '../model/layout.ts';
import { parseGraph } from '../model/parse.ts';
import type { GraphFile } from '../model/schema.ts';
import type { Problem } from '../model/validate.ts';
import { withLayout } from './with-layout.ts';

export interface PreparedGraph {
  id: string;
  /** The file as written (sources' texts inlined), with every actor's position. */
  file: GraphFile;
  graph: Graph;
  positions: Map<string, Point>;
}

export type PrepareResult =
  { ok: true; prepared: PreparedGraph } | { ok: false; problems: Problem[] };

/** A graph id is also a folder name: letters, digits, `-` and `_` only. */
export const safeGraphId = (id: string) =>
  id
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'graph';

export function prepareGraph(value: unknown): PrepareResult {
  const result = parseGraph(value);
  if (!result.ok) return result;
  // It parsed, so the value is a GraphFile; the pages keep it as written (untrimmed, with the
  // fields the app does not know), plus positions.
  const file = withLayout(value as GraphFile, result.graph);
  const graph = indexGraph(file);
  const positions = presetPositions(graph);
  if (!positions) return { ok: false, problems: [{ path: 'actors', message: 'no layout' }] };
  return { ok: true, prepared: { id: safeGraphId(file.id), file, graph, positions } };
}

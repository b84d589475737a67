/**
 * The draft checked by the reader's own validator (model/parse.ts), as it would be exported: the
 * suggestions still waiting are left out (nothing enters a graph unreviewed). Each problem is tied
 * to what it is about — the graph, a source, an actor, a relation and its evidence — and to the
 * field, so the editor can open the form and put the caret there.
 */
import { parseGraph } from '../model/parse.ts';
import type { GraphFile } from '../model/schema.ts';
import type { Problem } from '../model/validate.ts';
import type { DraftGraph } from './doc/index.ts';

export type Target =
  | { type: 'graph'; field: string }
  | { type: 'source'; id: string; field: string }
  | { type: 'actor'; id: string; field: string }
  | { type: 'relation'; id: string; evidence?: number; field: string };

export interface CheckedProblem extends Problem {
  target: Target;
}

/** The graph file the draft exports: reviewed relations only, editor-only marks removed. */
export function exportable(graph: DraftGraph): GraphFile {
  return {
    ...graph,
    relations: graph.relations.filter((r) => !r.suggestion),
  } as GraphFile;
}

export function checkDraft(graph: DraftGraph): {
  ok: boolean;
  problems: CheckedProblem[];
  file: GraphFile;
} {
  const file = exportable(graph);
  const result = parseGraph(file);
  if (result.ok) return { ok: true, problems: [], file };
  return {
    ok: false,
    problems: result.problems.map((p) => ({ ...p, target: targetOf(file, p.path) })),
    file,
  };
}

export function targetOf(file: GraphFile, path: string): Target {
  const m = /^(sources|actors|relations)\[(\d+)\](?:\.evidence\[(\d+)\])?\.?(.*)$/.exec(path);
  if (!m) return { type: 'graph', field: path };
  const [, list, index, evidence, field = ''] = m;
  const item = (file[list as 'sources' | 'actors' | 'relations'] as { id: string }[])[
    Number(index)
  ];
  const id = item?.id ?? '';
  if (list === 'sources') return { type: 'source', id, field };
  if (list === 'actors') return { type: 'actor', id, field };
  return {
    type: 'relation',
    id,
    ...(evidence !== undefined ? { evidence: Number(evidence) } : {}),
    field: evidence !== undefined ? `evidence.${field}` : field,
  };
}

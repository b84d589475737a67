/**
 * Evidence: the sentences a relation stands on. A quote is given as offsets into a source and
 * taken from its text (quoteAt), stored with those offsets (`at`) so it can be re-checked.
 */
import type { Evidence } from '../../model/schema.ts';
import { foldText } from '../../model/text.ts';
import { findRelation, replaceById, withList, applyPatch } from './patch.ts';
import { quoteAt } from './sources.ts';
import { DocError, type DraftEvidence, type DraftGraph, type TextSpan } from './types.ts';

/** A quote by its offsets, with what the form says about it. */
export interface EvidenceInput extends TextSpan {
  /** The source's id. */
  readonly source: string;
  readonly translation?: Evidence['translation'];
  readonly note?: Evidence['note'];
  readonly speaker?: string;
  readonly speakerLabel?: Evidence['speakerLabel'];
  readonly stance?: Evidence['stance'];
  readonly when?: Evidence['when'];
}

/** What a piece of evidence may change; its quote changes by giving new offsets (`span`). */
export type EvidencePatch = Partial<
  Pick<DraftEvidence, 'translation' | 'note' | 'speaker' | 'speakerLabel' | 'stance' | 'when'>
> & {
  /** New offsets (in the same or another source): the quote is taken from the text again. */
  readonly span?: { readonly source: string } & TextSpan;
};

/** Builds an evidence item from offsets: its quote is the text between them. */
export function evidenceFrom(graph: DraftGraph, input: EvidenceInput): DraftEvidence {
  const { source, start, end, ...rest } = input;
  const { quote, at } = quoteAt(graph, { source, start, end });
  return { source, quote, ...dropUndefined(rest), at } as DraftEvidence;
}

/**
 * Adds a quote to a relation. The same quote (same source and offsets) is not added twice: the
 * index of the one already there is returned and the graph is unchanged.
 */
export function addEvidence(
  graph: DraftGraph,
  relationId: string,
  input: EvidenceInput,
): { graph: DraftGraph; index: number } {
  const relation = findRelation(graph, relationId);
  const item = evidenceFrom(graph, input);
  const existing = relation.evidence.findIndex((e) => sameQuote(e, item));
  if (existing >= 0) return { graph, index: existing };
  return {
    graph: withList(
      graph,
      'relations',
      replaceById(graph.relations, relationId, (r) => ({ ...r, evidence: [...r.evidence, item] }))!,
    ),
    index: relation.evidence.length,
  };
}

export function updateEvidence(
  graph: DraftGraph,
  relationId: string,
  index: number,
  patch: EvidencePatch,
): DraftGraph {
  const relation = findRelation(graph, relationId);
  const current = evidenceAt(relation.evidence, relationId, index);
  const {
    span,
    source: _s,
    quote: _q,
    at: _a,
    ...fields
  } = patch as EvidencePatch & {
    source?: unknown;
    quote?: unknown;
    at?: unknown;
  };
  let next = applyPatch(current, fields);
  if (span) {
    const { quote, at } = quoteAt(graph, span);
    next = applyPatch(next, { source: span.source, quote, at });
  }
  if (next === current) return graph;
  const evidence = relation.evidence.slice();
  evidence[index] = next;
  return withList(
    graph,
    'relations',
    replaceById(graph.relations, relationId, (r) => ({ ...r, evidence }))!,
  );
}

export interface RemoveEvidencePlan {
  /** The quote was the relation's last: the relation goes with it. */
  readonly removesRelation: boolean;
  readonly result: DraftGraph;
}

/**
 * What removing a quote does. A relation without a sentence does not exist, so removing its last
 * quote removes the relation: the editor says so before it is done.
 */
export function planRemoveEvidence(
  graph: DraftGraph,
  relationId: string,
  index: number,
): RemoveEvidencePlan {
  const relation = findRelation(graph, relationId);
  evidenceAt(relation.evidence, relationId, index);
  if (relation.evidence.length === 1)
    return {
      removesRelation: true,
      result: { ...graph, relations: graph.relations.filter((r) => r.id !== relationId) },
    };
  const evidence = relation.evidence.filter((_, i) => i !== index);
  return {
    removesRelation: false,
    result: withList(
      graph,
      'relations',
      replaceById(graph.relations, relationId, (r) => ({ ...r, evidence }))!,
    ),
  };
}

export function removeEvidence(graph: DraftGraph, relationId: string, index: number): DraftGraph {
  return planRemoveEvidence(graph, relationId, index).result;
}

/**
 * The same sentence: same source, and the same offsets — or, when one was written without offsets
 * (a file made by hand), the same words as quotes are matched (NFC, whitespace folded).
 */
export function sameQuote(
  a: Pick<DraftEvidence, 'source' | 'quote' | 'at'>,
  b: Pick<DraftEvidence, 'source' | 'quote' | 'at'>,
): boolean {
  if (a.source !== b.source) return false;
  if (a.at && b.at) return a.at.start === b.at.start && a.at.end === b.at.end;
  return foldText(a.quote) === foldText(b.quote);
}

function evidenceAt(list: readonly DraftEvidence[], relationId: string, index: number) {
  const item = Number.isInteger(index) ? list[index] : undefined;
  if (!item)
    throw new DocError(
      'unknown-evidence',
      `relation ${JSON.stringify(relationId)} has no evidence ${index}`,
    );
  return item;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

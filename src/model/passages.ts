/**
 * A source text cut into passages: plain runs, and marked runs that back relations. Quotes may
 * overlap or nest (a clause quoted for one relation inside a sentence quoted for another), so the
 * text is cut at every quote boundary and each run carries the relations whose quotes cover it.
 */
import type { Graph } from './graph.ts';
import type { Evidence } from './schema.ts';
import { locateQuote } from './text.ts';

export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Relations whose evidence covers this run, in graph order; empty for plain text. */
  readonly relationIds: readonly string[];
  /** The evidence items covering it (for their translations). */
  readonly evidence: readonly Evidence[];
}

export function passages(graph: Graph, sourceId: string): Passage[] {
  const text = graph.sourceById.get(sourceId)?.text ?? '';
  const spans: { start: number; end: number; relationId: string; evidence: Evidence }[] = [];
  for (const r of graph.relations)
    for (const e of r.evidence) {
      if (e.source !== sourceId) continue;
      const at = locateQuote(text, e.quote);
      if (at) spans.push({ start: at[0], end: at[1], relationId: r.id, evidence: e });
    }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const out: Passage[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      relationIds: [...new Set(covering.map((s) => s.relationId))],
      evidence: [...new Set(covering.map((s) => s.evidence))],
    });
  }
  return out;
}

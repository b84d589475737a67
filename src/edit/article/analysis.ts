/**
 * What the article view needs of a source: its sentences (first, on their own: they show at
 * once), the mentions of actors (the drafting assistant reads the text against the draft's
 * actors), the quotes already used as evidence and the suggestions waiting in each sentence.
 */
import {
  splitSentences,
  draft,
  type Mention,
  type ProposedActor,
  type Sentence,
} from '../../draft/index.ts';
import { locateQuote } from '../../model/text.ts';
import type { DraftGraph, DraftRelation } from '../doc/types.ts';

export type SourceLike = { id: string; text?: string; language: string; published?: string };

export const draftLang = (language: string) => (language === 'en' ? 'en' : 'ar');

export function sentencesOf(source: SourceLike): Sentence[] {
  return source.text ? splitSentences(source.text, draftLang(source.language)) : [];
}

/** Mentions of actors in the text, and the actors the assistant knows that the draft lacks. */
export function mentionsOf(
  source: SourceLike,
  graph: DraftGraph,
): { mentions: Mention[]; proposed: ProposedActor[] } {
  if (!source.text) return { mentions: [], proposed: [] };
  // The article view and the actors list ask for the same reading: read each text once per
  // list of actors (the draft's actors array changes identity only when an actor changes).
  const byText = cache.get(graph.actors) ?? new Map<string, ReturnType<typeof mentionsOf>>();
  cache.set(graph.actors, byText);
  const key = `${source.language}\u0000${source.published ?? ''}\u0000${source.text}`;
  const cached = byText.get(key);
  if (cached) return cached;
  const found = draft(source.text, {
    lang: draftLang(source.language),
    graph,
    ...(source.published ? { published: source.published } : {}),
  });
  const have = new Set(graph.actors.map((a) => a.id));
  const result = {
    mentions: found.mentions,
    proposed: found.actors.filter((a) => !a.existing && !have.has(a.id)),
  };
  byText.set(key, result);
  return result;
}

const cache = new WeakMap<object, Map<string, ReturnType<typeof mentionsOf>>>();

/** Where each piece of evidence quoting this source sits: its stored offsets, or found again. */
export function evidenceSpans(
  relations: readonly DraftRelation[],
  source: SourceLike,
): { start: number; end: number; relation: string; suggestion: boolean }[] {
  const out: { start: number; end: number; relation: string; suggestion: boolean }[] = [];
  for (const r of relations)
    for (const e of r.evidence) {
      if (e.source !== source.id) continue;
      const at =
        e.at && source.text?.slice(e.at.start, e.at.end) === e.quote
          ? ([e.at.start, e.at.end] as const)
          : source.text
            ? locateQuote(source.text, e.quote)
            : undefined;
      if (at) out.push({ start: at[0], end: at[1], relation: r.id, suggestion: !!r.suggestion });
    }
  return out;
}

/** The sentence an offset falls in (binary search: sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

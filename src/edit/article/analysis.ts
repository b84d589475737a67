/**
 * What the article view needs of a source: its sentences (first, on their own: they show at
 * once), the mentions of actors (the drafting assistant reads the text against the draft's
 * actors), the quotes already used as evidence and the suggestions waiting in each sentence.
 */
import type { Sentence } from '../../draft/index.ts';
// The splitter alone, not the whole assistant: the sentences show before the assistant loads.
import { splitSentences } from '../../draft/sentences.ts';
import { locateQuote } from '../../model/text.ts';
import type { DraftRelation } from '../doc/index.ts';

export type SourceLike = { id: string; text?: string; language: string; published?: string };

import { draftLang } from '../reading.ts';

export function sentencesOf(source: SourceLike): Sentence[] {
  return source.text ? splitSentences(source.text, draftLang(source.language)) : [];
}

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

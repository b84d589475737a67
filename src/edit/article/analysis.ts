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

/** The last texts split (the article shown, the form's source): splitting is not redone. */
const split = new Map<string, Sentence[]>();
const SPLIT_KEPT = 4;

/** The source's sentences; the same array for the same text (computed once, not per render). */
export function sentencesOf(source: SourceLike): Sentence[] {
  if (!source.text) return [];
  const lang = draftLang(source.language);
  const key = `${lang}\u0000${source.text}`;
  let sentences = split.get(key);
  if (!sentences) {
    sentences = splitSentences(source.text, lang);
    if (split.size >= SPLIT_KEPT) split.delete(split.keys().next().value!);
  } else split.delete(key);
  split.set(key, sentences);
  return sentences;
}

export interface EvidenceSpan {
  start: number;
  end: number;
  relation: string;
  suggestion: boolean;
}

// A relation's spans in a source, kept while the relation and the text are the same: accepting
// one suggestion finds one relation's quotes again, not every relation's.
const spansOf = new WeakMap<
  DraftRelation,
  { source: string; text: string | undefined; spans: EvidenceSpan[] }
>();

/** Where each piece of evidence quoting this source sits: its stored offsets, or found again. */
export function evidenceSpans(
  relations: readonly DraftRelation[],
  source: SourceLike,
): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const r of relations) {
    let kept = spansOf.get(r);
    if (!kept || kept.source !== source.id || kept.text !== source.text) {
      kept = { source: source.id, text: source.text, spans: relationSpans(r, source) };
      spansOf.set(r, kept);
    }
    out.push(...kept.spans);
  }
  return out;
}

function relationSpans(r: DraftRelation, source: SourceLike): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
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

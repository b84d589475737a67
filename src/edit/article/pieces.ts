/**
 * A sentence cut into pieces at every boundary of what is marked in it: mentions of actors,
 * quotes already used as evidence, the words that triggered the suggestion in view. Each piece
 * is drawn as one element carrying its offset (selection.ts maps selections back through them).
 */

export interface Marked {
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  /** The actor mentioned here, if any. */
  actor?: string;
  /** The mention is a guess (a back-reference such as "the country"). */
  guess?: boolean;
  quoted: boolean;
  trigger: boolean;
}

export function cutSentence(
  sentence: Marked,
  mentions: readonly (Marked & { actor: string; guess?: boolean })[],
  quotes: readonly Marked[],
  triggers: readonly Marked[],
): Piece[] {
  const inside = <T extends Marked>(spans: readonly T[]) =>
    spans.filter((s) => s.end > sentence.start && s.start < sentence.end);
  const ms = inside(mentions);
  const qs = inside(quotes);
  const ts = inside(triggers);
  const cuts = new Set([sentence.start, sentence.end]);
  for (const s of [...ms, ...qs, ...ts]) {
    cuts.add(Math.max(sentence.start, s.start));
    cuts.add(Math.min(sentence.end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covers = (s: Marked) => s.start <= start && s.end >= end;
    const mention = ms.find(covers);
    pieces.push({
      start,
      end,
      ...(mention ? { actor: mention.actor, ...(mention.guess ? { guess: true } : {}) } : {}),
      quoted: qs.some(covers),
      trigger: ts.some(covers),
    });
  }
  return pieces;
}

export interface CutSentence {
  pieces: Piece[];
  /** What the pieces are, as a string: rows compare it instead of the pieces. */
  key: string;
}

const spanKey = (s: Marked & { actor?: string; guess?: boolean }) =>
  `${s.start}-${s.end}${s.actor ? `:${s.actor}` : ''}${s.guess ? '?' : ''}`;

// The last cut of each sentence, per split of a text: a sentence whose marks are what they were
// keeps its pieces (the same array), and is not cut again.
const lastCut = new WeakMap<readonly Marked[], Map<number, CutSentence>>();

/**
 * Every sentence cut into pieces (cutSentence), each with its key. The marks are grouped by
 * sentence first (bySentence), so the work follows the marks and the sentences, not their product.
 */
export function cutSentences<S extends Marked & { index: number }>(
  sentences: readonly S[],
  mentions: readonly (Marked & { actor: string; guess?: boolean })[],
  quotes: readonly Marked[],
  triggers: readonly Marked[],
): CutSentence[] {
  let kept = lastCut.get(sentences);
  if (!kept) lastCut.set(sentences, (kept = new Map()));
  const [ms, qs, ts] = [
    groupBySentence(sentences, mentions),
    groupBySentence(sentences, quotes),
    groupBySentence(sentences, triggers),
  ];
  return sentences.map((s) => {
    const [m, q, t] = [ms.get(s.index) ?? [], qs.get(s.index) ?? [], ts.get(s.index) ?? []];
    const key = `${m.map(spanKey).join(',')}|${q.map(spanKey).join(',')}|${t.map(spanKey).join(',')}`;
    const last = kept.get(s.index);
    if (last?.key === key) return last;
    const next = { pieces: cutSentence(s, m, q, t), key };
    kept.set(s.index, next);
    return next;
  });
}

/** Spans by the sentences they overlap (binary search: sentences are in text order). */
function groupBySentence<T extends Marked>(
  sentences: readonly (Marked & { index: number })[],
  spans: readonly T[],
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const span of spans) {
    for (let i = Math.max(0, firstEndingAfter(sentences, span.start)); i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.start >= span.end) break;
      if (s.end <= span.start) continue;
      const list = out.get(s.index);
      if (list) list.push(span);
      else out.set(s.index, [span]);
    }
  }
  return out;
}

/** The first sentence that ends after `offset`. */
function firstEndingAfter(sentences: readonly Marked[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

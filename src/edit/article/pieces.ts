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

import { describe, expect, it } from 'vitest';
import { cutSentence, cutSentences } from './pieces.ts';

describe('cutSentence', () => {
  it('cuts at every mark and says what covers each piece', () => {
    const pieces = cutSentence(
      { start: 10, end: 30 },
      [{ start: 12, end: 17, actor: 'russia' }],
      [{ start: 5, end: 20 }],
      [{ start: 25, end: 28 }],
    );
    expect(pieces).toEqual([
      { start: 10, end: 12, quoted: true, trigger: false },
      { start: 12, end: 17, actor: 'russia', quoted: true, trigger: false },
      { start: 17, end: 20, quoted: true, trigger: false },
      { start: 20, end: 25, quoted: false, trigger: false },
      { start: 25, end: 28, quoted: false, trigger: true },
      { start: 28, end: 30, quoted: false, trigger: false },
    ]);
  });

  it('is one piece when nothing is marked, and pieces tile the sentence', () => {
    expect(cutSentence({ start: 0, end: 4 }, [], [{ start: 9, end: 12 }], [])).toEqual([
      { start: 0, end: 4, quoted: false, trigger: false },
    ]);
  });
});

describe('cutSentences', () => {
  // Sentences with gaps between them, and marks that start in a gap, span two sentences, or
  // fall past the end: each sentence's pieces are what cutSentence gives it with every mark.
  const sentences = [
    { start: 0, end: 20, index: 0 },
    { start: 22, end: 40, index: 1 },
    { start: 41, end: 41, index: 2 },
    { start: 42, end: 70, index: 3 },
  ];
  const mentions = [
    { start: 2, end: 6, actor: 'a' },
    { start: 21, end: 25, actor: 'b', guess: true },
    { start: 60, end: 65, actor: 'c' },
  ];
  const quotes = [{ start: 15, end: 45 }];
  const triggers = [
    { start: 30, end: 31 },
    { start: 90, end: 95 },
  ];

  it('cuts each sentence with the marks that touch it, found by search', () => {
    const cut = cutSentences(sentences, mentions, quotes, triggers);
    expect(cut.map((c) => c.pieces)).toEqual(
      sentences.map((s) => cutSentence(s, mentions, quotes, triggers)),
    );
  });

  it('keeps the pieces of a sentence whose marks did not change, and cuts the others again', () => {
    const split = sentences.map((s) => ({ ...s }));
    const before = cutSentences(split, mentions, quotes, triggers);
    const after = cutSentences(split, mentions, quotes, [{ start: 50, end: 52 }]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[3]).not.toBe(before[3]);
    expect(after[1]!.key).not.toBe(before[1]!.key);
    expect(after[3]!.pieces.some((p) => p.trigger)).toBe(true);
    expect(after[1]!.pieces.some((p) => p.trigger)).toBe(false);
  });
});

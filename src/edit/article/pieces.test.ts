import { describe, expect, it } from 'vitest';
import { cutSentence } from './pieces.ts';

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

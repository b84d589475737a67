/** Which actors the type-ahead offers for a quote: its sentence's first, then the article's. */
import { describe, expect, it } from 'vitest';
import type { Mention, ProposedActor } from '../../draft/types.ts';
import type { Actor } from '../../model/schema.ts';
import { mentionedActors } from './mentioned.ts';

const proposed = (id: string, en: string, ar: string): ProposedActor => ({
  id,
  kind: 'state',
  name: { en, ar },
  existing: false,
});
const mention = (actor: string, start: number, sentence: number): Mention =>
  ({ actor, start, end: start + 5, sentence, text: actor }) as Mention;

// "Turkey's President spoke. He said: we will support Azerbaijan." — two sentences.
const sentences = [
  { start: 0, end: 26 },
  { start: 27, end: 63 },
];
const reading = {
  actors: [proposed('turkey', 'Turkey', 'تركيا'), proposed('azerbaijan', 'Azerbaijan', 'أذربيجان')],
  mentions: [mention('turkey', 0, 0), mention('azerbaijan', 52, 1)],
};

describe('mentionedActors', () => {
  it("offers the quote's sentence's actors, then those named elsewhere, with their names", () => {
    const m = mentionedActors(reading, [], { start: 36, end: 63 }, sentences);
    expect(m.inSentence.map((a) => a.id)).toEqual(['azerbaijan']);
    expect(m.inArticle).toEqual([
      { id: 'turkey', kind: 'state', name: { en: 'Turkey', ar: 'تركيا' } },
    ]);
  });

  it('leaves out of the article list the actors the draft has', () => {
    const turkey: Actor = { id: 'turkey', kind: 'state', name: { en: 'Turkey', ar: 'تركيا' } };
    const m = mentionedActors(reading, [turkey], { start: 36, end: 63 }, sentences);
    expect(m.inArticle).toEqual([]);
  });
});

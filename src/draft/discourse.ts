/**
 * Relations that reach back across sentences. A denial with no one else named answers the last
 * accusation against the denier («وتنفي أوكرانيا أي تورط لها في الهجوم» after Russia accused
 * Ukraine): proposed as a guess, at low confidence, naming the sentence it answers.
 */
import { RELATION_KINDS } from '../model/vocabulary.ts';
import type { Cue } from './lexicon.ts';
import { ploverOf } from './lexicon.ts';
import type { SentenceMention } from './suggest.ts';
import type { Sentence, Suggestion } from './types.ts';

export class Accusations {
  private last = new Map<string, { by: string; sentence: number }>();

  record(suggestions: Suggestion[]): void {
    for (const s of suggestions)
      if (s.kind === 'accusation' && s.stance === 'asserts')
        this.last.set(s.target, { by: s.source, sentence: s.sentence });
  }

  /** A denial by the only actor of a sentence, answering the last accusation against them. */
  answer(
    s: Sentence,
    mentions: SentenceMention[],
    cues: Cue[],
    names: (id: string) => string,
  ): Suggestion | undefined {
    const actors = new Set(mentions.map((m) => m.actor));
    if (actors.size !== 1) return undefined;
    const denier = mentions[0]!;
    const prior = this.last.get(denier.actor);
    if (!prior || prior.by === denier.actor) return undefined;
    const cue = cues.find(
      (c) =>
        c.denial &&
        !cues.some((n) => n.role === 'negation' && n.to <= c.from && c.from - n.to <= 1),
    );
    if (!cue) return undefined;
    const slice = (start: number, end: number) => ({
      start,
      end,
      text: s.text.slice(start - s.start, end - s.start),
    });
    const { directed, defaultTension } = RELATION_KINDS.denial;
    return {
      id: `s${s.index}-${denier.actor}-${prior.by}-denial`,
      sentence: s.index,
      quote: { start: s.start, end: s.end, text: s.text },
      source: denier.actor,
      target: prior.by,
      kind: 'denial',
      directed,
      tension: defaultTension,
      stance: 'asserts',
      speaker: denier.actor,
      triggers: [
        { ...slice(denier.start, denier.end), role: 'actor' as const, why: denier.why },
        {
          ...slice(cue.start, cue.end),
          role: 'cue' as const,
          why: `cue "${cue.form}" → denial, answering ${names(prior.by)}'s accusation in sentence ${prior.sentence + 1} (a guess)`,
        },
      ].sort((a, b) => a.start - b.start),
      confidence: 0.45,
      ...ploverOf('denial'),
    };
  }
}

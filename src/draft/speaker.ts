/**
 * Who says it: a reporting verb («قال», «أعلنت», "said", "according to") and its subject. Arabic
 * puts the subject after the verb (قالت الولايات المتحدة إن …); English before it ("Russia's
 * foreign ministry said") or after it ("…, said Russia's foreign minister"; "according to X").
 */
import type { Cue } from './lexicon.ts';
import type { Token } from './normalize.ts';
import type { DraftLang } from './types.ts';

export interface PlacedMention {
  from: number;
  to: number;
  start: number;
  end: number;
  actor: string;
}

export interface Speaker {
  mention: PlacedMention;
  verb: Cue;
  /** The words naming the speaker, as printed. */
  label: { start: number; end: number };
  /** Token range of what the speaker says. */
  content: { from: number; to: number };
  /** Reported speech ("said that …", «قال إن …»), not a verb with an object. */
  hasComplement: boolean;
}

const MAX_GAP = 4;

export function findSpeaker(
  tokens: Token[],
  mentions: PlacedMention[],
  cues: Cue[],
  lang: DraftLang,
): Speaker | undefined {
  const comps = cues.filter((c) => c.role === 'complementizer');
  for (const verb of cues.filter((c) => c.role === 'reporting')) {
    const comp = comps.find((c) => c.from >= verb.to);
    const after = mentions.find(
      (m) => m.from >= verb.to && m.from - verb.to <= MAX_GAP && (!comp || m.to <= comp.from),
    );
    const before = [...mentions]
      .reverse()
      .find((m) => m.to <= verb.from && verb.from - m.to <= MAX_GAP);
    const according = /^(according|وفق|حسب)/u.test(verb.form);
    if (lang === 'ar' || according) {
      if (!after) continue;
      // The subject phrase runs from the verb to the actor («وزارة الخارجية الروسية»).
      const labelEnd = after.to;
      return {
        mention: after,
        verb,
        label: { start: tokens[verb.to]!.start, end: tokens[labelEnd - 1]!.end },
        content: { from: comp ? comp.to : after.to, to: tokens.length },
        hasComplement: !!comp,
      };
    }
    if (before) {
      // "Russia's foreign ministry said …": the subject phrase runs from the actor to the verb.
      return {
        mention: before,
        verb,
        label: { start: before.start, end: tokens[verb.from - 1]!.end },
        content:
          verb.to < tokens.length - 1
            ? { from: verb.to, to: tokens.length }
            : { from: 0, to: before.from },
        hasComplement: true,
      };
    }
    if (after) {
      return {
        mention: after,
        verb,
        label: { start: after.start, end: after.end },
        content: { from: 0, to: verb.from },
        hasComplement: true,
      };
    }
  }
  return undefined;
}

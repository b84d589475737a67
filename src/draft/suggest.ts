/**
 * Candidate relations for one sentence, from its actors and its cues. Each candidate pairs two
 * actors with the nearest cue of a kind, takes its direction from word order (Arabic verb first:
 * the actor after the verb acts; English: the actor before it, or after "by"), its speaker from a
 * reporting verb, its stance from denial and negation words, and its date from the sentence.
 * Lists of members become memberships, not pairs among the members; two actors with no cue
 * between them give nothing.
 */
import type { ActorKind, RelationKind } from '../model/vocabulary.ts';
import type { FoundDate } from './dates.ts';
import { build, span, type Candidate } from './build.ts';
import type { Cue } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { memberships } from './members.ts';
import { excluded, proximity, subjectReach, type PairContext } from './pair-rules.ts';
import { fitsRoles, rolesOf } from './roles.ts';
import { findSpeaker, type PlacedMention } from './speaker.ts';
import type { DraftLang, Sentence, Suggestion, Trigger } from './types.ts';

export interface SentenceMention extends PlacedMention {
  kind: ActorKind;
  guess: boolean;
  /** A back-reference («البلدين», "the country"): it echoes actors named elsewhere. */
  echo?: boolean;
  why: string;
  /** Joined to the mention before by "and", «و», a comma: members of one list. */
  coordinated: boolean;
  /** After a preposition: an object, never the subject of the verb that follows. */
  oblique: boolean;
  /** A state named as the place where something happens ("in Yemen", «في أوكرانيا»). */
  locative: boolean;
}

export interface SentenceInput {
  sentence: Sentence;
  tokens: Token[];
  mentions: SentenceMention[];
  cues: Cue[];
  dates: FoundDate[];
  lang: DraftLang;
  names: (id: string) => string;
}

const COMMUNICATIVE: ReadonlySet<RelationKind> = new Set(['accusation', 'criticism', 'denial']);
const HOSTILE: ReadonlySet<RelationKind> = new Set(['attack', 'war', 'recruitment']);
const MIN_SCORE = 0.4;

function negated(c: Cue, cues: Cue[]): Cue | undefined {
  return cues.find((n) => n.role === 'negation' && n.to <= c.from && c.from - n.to <= 1);
}

export function suggestForSentence(input: SentenceInput): Suggestion[] {
  const { sentence: s, tokens, mentions, cues, lang } = input;
  const distinct = new Set(mentions.map((m) => m.actor));
  if (distinct.size < 2) return [];
  const relCues = cues.filter((c) => c.role === 'relation');
  if (relCues.length === 0) return []; // two actors, no cue: nothing to propose
  const speaker = findSpeaker(tokens, mentions, cues, lang);
  const speakerMention = speaker ? mentions.find((m) => m === speaker.mention) : undefined;
  const out: Candidate[] = [];
  // Lists: runs of mentions joined by "and", «و», commas share a group.
  const group: number[] = [];
  mentions.forEach((m, k) => group.push(k > 0 && m.coordinated ? group[k - 1]! : k));

  // Membership lists: "X comprises A, B and C" → A, B, C members of X; no pairs among them.
  const { candidates, inList, containers } = memberships(input, relCues, group, speakerMention);
  out.push(...candidates);

  const ctx: PairContext = { mentions, cues, group, containers };
  const roles = new Map(relCues.map((c) => [c, rolesOf(c, mentions, tokens, lang)]));
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (a.actor === b.actor) continue;
      if (inList.has(a.actor) && inList.has(b.actor)) continue;
      // The speaker paired with someone they talk about: unsure unless the cue is an act of speech.
      const other = a === speakerMention ? b : a;
      const viaSpeaker =
        speaker &&
        speakerMention &&
        (a === speakerMention || b === speakerMention) &&
        other.from >= speaker.content.from &&
        speaker.hasComplement;
      const best = new Map<RelationKind, Candidate>();
      for (const c of relCues) {
        const kind = c.kind!;
        if (kind === 'membership' && (inList.has(a.actor) || inList.has(b.actor))) continue;
        if (excluded(ctx, a, b, c)) continue;
        const between = c.from >= a.to && c.to <= b.from;
        let score = c.weight * proximity(a, b, c, between ? subjectReach(a, c, mentions) : a.to);
        // An oblique ("with Russia") before the verb is not its subject when a subject came earlier.
        if (
          between &&
          a.oblique &&
          mentions.some(
            (m) => m.to <= a.from && !m.oblique && m.actor !== b.actor && m.actor !== a.actor,
          )
        )
          score *= 0.6;
        if (viaSpeaker && !COMMUNICATIVE.has(kind)) score *= 0.6;
        // The cue has its own subject and object, and this pair is not them; "ties with Y"
        // names its two ends however far apart they stand.
        const r = roles.get(c);
        if (!fitsRoles(r, a.actor, b.actor)) score *= 0.5;
        else if (r?.with) score = Math.max(score, c.weight * 0.9);
        const neg = negated(c, cues);
        if (c.denial && neg) continue; // "does not deny"
        if (a.guess || b.guess) score *= 0.75;
        const prev = best.get(kind);
        if (prev && prev.score >= score) continue;
        const extra: Trigger[] = neg
          ? [
              {
                ...span(s, neg.start, neg.end),
                role: 'negation',
                why: `"${neg.form}" negates the cue`,
              },
            ]
          : [];
        best.set(kind, { a, b, kind, cue: c, score, stance: neg ? 'denies' : 'asserts', extra });
      }
      const ranked = [...best.values()].sort((x, y) => y.score - x.score).slice(0, 2);
      out.push(...ranked.filter((c) => c.score >= MIN_SCORE * (ranked[0] === c ? 1 : 1.5)));
    }

  // A speaker who reports another's hostile act accuses them: «قال بوتين إن المهاجمين فروا إلى أوكرانيا».
  if (speaker && speakerMention && speaker.hasComplement) {
    const others = new Set(
      mentions
        .filter(
          (m) =>
            m.from >= speaker.content.from &&
            m.to <= speaker.content.to &&
            m.actor !== speakerMention.actor,
        )
        .map((m) => m.actor),
    );
    if (others.size === 1) {
      const target = mentions.find((m) => others.has(m.actor))!;
      const hostile = relCues.find((c) => HOSTILE.has(c.kind!) && c.from >= speaker.content.from);
      if (
        hostile &&
        !out.some(
          (c) => COMMUNICATIVE.has(c.kind) && new Set([c.a.actor, c.b.actor]).has(target.actor),
        )
      )
        out.push({
          a: speakerMention,
          b: target,
          kind: 'accusation',
          cue: hostile,
          score: 0.5,
          stance: 'asserts',
          extra: [],
          forceSource: speakerMention,
        });
    }
  }

  const when = input.dates[0];
  return out.map((c) => build(c, input, speaker, speakerMention, when));
}

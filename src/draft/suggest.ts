/**
 * Candidate relations for one sentence, from its actors and its cues. Each candidate pairs two
 * actors with the nearest cue of a kind, takes its direction from word order (Arabic verb first:
 * the actor after the verb acts; English: the actor before it, or after "by"), its speaker from a
 * reporting verb, its stance from denial and negation words, and its date from the sentence.
 * Lists of members become memberships, not pairs among the members; two actors with no cue
 * between them give nothing.
 */
import { RELATION_KINDS, type ActorKind, type RelationKind } from '../model/vocabulary.ts';
import type { FoundDate } from './dates.ts';
import { build, order, span, type Candidate } from './build.ts';
import type { Cue } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { fitsRoles, rolesOf } from './roles.ts';
import { findSpeaker, type PlacedMention } from './speaker.ts';
import type { DraftLang, Sentence, Suggestion, Trigger } from './types.ts';

export interface SentenceMention extends PlacedMention {
  kind: ActorKind;
  guess: boolean;
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

const ORG_KINDS: ReadonlySet<ActorKind> = new Set(['alliance', 'bloc']);
const COMMUNICATIVE: ReadonlySet<RelationKind> = new Set(['accusation', 'criticism', 'denial']);
const HOSTILE: ReadonlySet<RelationKind> = new Set(['attack', 'war', 'recruitment']);
const MIN_SCORE = 0.4;

/**
 * How well a cue ties mentions a and b (a first): best between them and close, less the farther
 * apart they are and the farther outside them the cue sits. `leftTo` is where a's phrase ends
 * for this cue: obliques between a subject and its verb ("Tajikistan, …, with Russia, was part
 * of") do not push the subject away.
 */
function proximity(a: SentenceMention, b: SentenceMention, c: Cue, leftTo = a.to): number {
  const spread = Math.max(0.35, 1 - 0.035 * Math.max(0, b.from - leftTo - (c.to - c.from)));
  if (c.from >= a.to && c.to <= b.from) return spread;
  if (c.from < b.to && c.to > a.from) return 0.9 * spread; // the cue overlaps a name
  const d = c.to <= a.from ? a.from - c.to : c.from - b.to;
  return Math.max(0.3, 0.9 - 0.1 * d) * spread;
}

/** End of the last oblique mention between a and the cue, when only obliques stand between. */
function subjectReach(a: SentenceMention, c: Cue, mentions: SentenceMention[]): number {
  const inside = mentions.filter((m) => m.from >= a.to && m.to <= c.from);
  return inside.length > 0 && inside.every((m) => m.oblique) ? inside.at(-1)!.to : a.to;
}

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
  const listCue = relCues.find((c) => c.kind === 'membership');
  const orgs = mentions.filter((m) => ORG_KINDS.has(m.kind));
  const inList = new Set<string>();
  if (listCue && orgs.length === 0) {
    // "A and B are members of the coalition …": co-members, not related by this sentence.
    for (const m of mentions) if (m !== speakerMention && m.kind === 'state') inList.add(m.actor);
  }
  // The organisation is named next to the membership word ("join NATO", «جزء من منظمة …»);
  // "members of the PKK" far from the EU says nothing about the EU.
  const org = listCue
    ? orgs.find((m) => Math.min(Math.abs(m.from - listCue.to), Math.abs(listCue.from - m.to)) <= 4)
    : undefined;
  if (listCue && org) {
    const leaders = new Set(
      relCues
        .filter((c) => c.kind === 'leadership')
        .flatMap((c) =>
          mentions.filter((m) => m.from >= c.to && m.from - c.to <= 2).map((m) => m.actor),
        ),
    );
    const eligible = mentions.filter(
      (m) =>
        m.actor !== org.actor &&
        !ORG_KINDS.has(m.kind) &&
        !leaders.has(m.actor) &&
        m !== speakerMention,
    );
    // The members are the list nearest the membership word, not every state in the sentence.
    const dist = (m: SentenceMention) =>
      Math.min(Math.abs(m.from - listCue.to), Math.abs(listCue.from - m.to));
    const nearest = eligible.reduce<SentenceMention | undefined>(
      (best, m) => (!best || dist(m) < dist(best) ? m : best),
      undefined,
    );
    const near = nearest ? group[mentions.indexOf(nearest)] : -1;
    const listed = eligible.filter((m) => group[mentions.indexOf(m)] === near);
    // A list's tail: "… and Tajikistan, along with Armenia" («إلى جانب أرمينيا»).
    const end = listed.at(-1)?.to ?? 0;
    const members = eligible.filter(
      (m) => listed.includes(m) || (listed.length >= 2 && m.from >= end && m.from - end <= 3),
    );
    // Everyone else beside the organisation is a co-member too: not related by this sentence.
    for (const m of eligible) inList.add(m.actor);
    const list = members.length >= 2;
    for (const m of members) {
      inList.add(m.actor);
      const extra: Trigger[] = list
        ? [
            {
              ...span(s, m.start, m.end),
              role: 'list',
              why: `one of ${members.length} listed members`,
            },
          ]
        : [];
      out.push({
        a: m,
        b: org,
        kind: 'membership',
        cue: listCue,
        score: listCue.weight * (list ? 0.95 : proximity(...order(m, org), listCue)),
        stance: 'asserts',
        extra,
        forceSource: m,
      });
    }
  }

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
      const coordinated = group[i] === group[j];
      const best = new Map<RelationKind, Candidate>();
      for (const c of relCues) {
        const kind = c.kind!;
        if (kind === 'membership' && (inList.has(a.actor) || inList.has(b.actor))) continue;
        if (coordinated) {
          // Members of one list relate to each other only through a reciprocal word after them
          // ("Tajikistan and Russia are allies") or "between" before them.
          const reciprocal =
            !RELATION_KINDS[kind].directed &&
            (c.from >= b.to ||
              cues.some((x) => x.role === 'between' && x.to <= a.from && a.from - x.to <= 1));
          if (!reciprocal) continue;
        }
        // A state named as a place relates only as the theatre of a war ("the war in Yemen").
        if (
          (a.locative || b.locative) &&
          !(kind === 'war' && (b.locative ? b : a).from - c.to <= 1)
        )
          continue;
        if (
          kind === 'membership' &&
          orgs.length > 0 &&
          !ORG_KINDS.has(a.kind) &&
          !ORG_KINDS.has(b.kind)
        )
          continue;
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
        // The cue has its own subject and object, and this pair is not them.
        if (!fitsRoles(roles.get(c), a.actor, b.actor)) score *= 0.5;
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

/**
 * Whether a cue may tie two mentions of one sentence, and how well: the rules of word order that
 * keep a cue from reaching actors it says nothing about — members of one list, states named as
 * places, leaders without an organisation, memberships without a container.
 */
import { RELATION_KINDS, type ActorKind } from '../model/vocabulary.ts';
import type { Cue } from './lexicon.ts';
import type { SentenceMention } from './suggest.ts';

const LEADS: ReadonlySet<ActorKind> = new Set(['alliance', 'bloc', 'armed-group']);
/** What has members: alliances, blocs, and former states ("once part of the Soviet Union"). */
export const CONTAINER_KINDS: ReadonlySet<ActorKind> = new Set([
  'alliance',
  'bloc',
  'former-state',
]);

/**
 * How well a cue ties mentions a and b (a first): best between them and close, less the farther
 * apart they are and the farther outside them the cue sits. `leftTo` is where a's phrase ends
 * for this cue: obliques between a subject and its verb ("Tajikistan, …, with Russia, was part
 * of") do not push the subject away.
 */
export function proximity(a: SentenceMention, b: SentenceMention, c: Cue, leftTo = a.to): number {
  const spread = Math.max(0.35, 1 - 0.035 * Math.max(0, b.from - leftTo - (c.to - c.from)));
  if (c.from >= a.to && c.to <= b.from) return spread;
  if (c.from < b.to && c.to > a.from) return 0.9 * spread; // the cue overlaps a name
  const d = c.to <= a.from ? a.from - c.to : c.from - b.to;
  return Math.max(0.3, 0.9 - 0.1 * d) * spread;
}

/** End of the last oblique mention between a and the cue, when only obliques stand between. */
export function subjectReach(a: SentenceMention, c: Cue, mentions: SentenceMention[]): number {
  const inside = mentions.filter((m) => m.from >= a.to && m.to <= c.from);
  return inside.length > 0 && inside.every((m) => m.oblique) ? inside.at(-1)!.to : a.to;
}

export interface PairContext {
  mentions: SentenceMention[];
  cues: Cue[];
  /** Coordination group of each mention (its list). */
  group: number[];
  /** How many containers (alliances, blocs, former states) the sentence names. */
  containers: number;
}

/**
 * Two actors are one list's members when any mention of one is coordinated with a mention of
 * the other: "Neither ISIS nor the US commented …, and ISIS was recruiting" relates neither.
 */
export function coordinated(ctx: PairContext, a: SentenceMention, b: SentenceMention): boolean {
  const { mentions, group } = ctx;
  if (group[mentions.indexOf(a)] === group[mentions.indexOf(b)]) return true;
  // A plural back-reference («البلدين») lists actors already named: it joins nobody anew.
  const named = (m: SentenceMention, id: string) => m.actor === id && !m.echo;
  const ga = new Set(mentions.flatMap((m, k) => (named(m, a.actor) ? [group[k]] : [])));
  return mentions.some((m, k) => named(m, b.actor) && ga.has(group[k]));
}

/** Why cue c may not tie a and b (a first), or undefined when it may. */
export function excluded(
  ctx: PairContext,
  a: SentenceMention,
  b: SentenceMention,
  c: Cue,
): string | undefined {
  const kind = c.kind!;
  if (coordinated(ctx, a, b)) {
    // Members of one list relate to each other only through a reciprocal word after them
    // ("Tajikistan and Russia are allies") or "between" before them — and not when the list is
    // the object of a preposition ("its ties with China and North Korea grew"). The word must
    // follow the list closely: «وتركيا ومصر تواصل تزويد أطراف النزاع» names no war between them.
    const head = ctx.mentions[ctx.group[ctx.mentions.indexOf(a)]!]!;
    const between = ctx.cues.some(
      (x) => x.role === 'between' && x.to <= a.from && a.from - x.to <= 1,
    );
    const reciprocal =
      !RELATION_KINDS[kind].directed &&
      ((c.from >= b.to && c.from - b.to <= 2 && !head.oblique) || between);
    if (!reciprocal) return 'one list';
  }
  if (a.locative || b.locative) {
    // A state named as a place relates only as the theatre of a war, to the actor that wages
    // it: "Russia's war in Ukraine", «انشغال روسيا بالصراع في أوكرانيا», «حرب روسيا في أوكرانيا».
    const place = b.locative ? b : a;
    const other = place === a ? b : a;
    const before = other.to <= c.from && c.from - other.to <= 1 && place.from - c.to <= 1;
    const after = other.from === c.to && place.from - other.to <= 1;
    if (kind !== 'war' || !(before || after)) return 'a place';
  }
  // Leadership is of an organisation: "the CSTO, led by Russia", not of one state by another.
  if (kind === 'leadership' && !LEADS.has(a.kind) && !LEADS.has(b.kind)) return 'no organisation';
  if (
    kind === 'membership' &&
    ctx.containers > 0 &&
    !CONTAINER_KINDS.has(a.kind) &&
    !CONTAINER_KINDS.has(b.kind)
  )
    return 'no container';
  // A member is not the object of a preposition: "deep ties with Russia and was once part of …".
  if (kind === 'membership' && (CONTAINER_KINDS.has(a.kind) ? b : a).oblique) return 'oblique';
  return undefined;
}

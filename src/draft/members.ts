/**
 * Membership lists: "X comprises A, B and C", «وتضم المنظمة روسيا وبيلاروسيا …», "was once part
 * of the Soviet Union" → A, B, C members of X, and no pairs among the members. The container is
 * an alliance, a bloc or a former state named next to the membership word; the members are the
 * list nearest to it that is not the object of a preposition ("ties with Russia").
 */
import { order, span, type Candidate } from './build.ts';
import type { Cue } from './lexicon.ts';
import { CONTAINER_KINDS, proximity } from './pair-rules.ts';
import type { SentenceInput, SentenceMention } from './suggest.ts';
import type { Trigger } from './types.ts';

export function memberships(
  input: SentenceInput,
  relCues: Cue[],
  group: number[],
  speakerMention: SentenceMention | undefined,
): { candidates: Candidate[]; inList: Set<string>; containers: number } {
  const { sentence: s, mentions } = input;
  const out: Candidate[] = [];
  const listCue = relCues.find((c) => c.kind === 'membership');
  const orgs = mentions.filter((m) => CONTAINER_KINDS.has(m.kind));
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
        !CONTAINER_KINDS.has(m.kind) &&
        !leaders.has(m.actor) &&
        m !== speakerMention,
    );
    // The members are the list nearest the membership word, not every state in the sentence.
    const dist = (m: SentenceMention) =>
      Math.min(Math.abs(m.from - listCue.to), Math.abs(listCue.from - m.to));
    // "… deep ties with Russia and was once part of the Soviet Union": an object of a
    // preposition is no member, nor a co-member.
    const direct = eligible.filter((m) => !m.oblique && !m.locative);
    const nearest = direct.reduce<SentenceMention | undefined>(
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
    for (const m of direct) inList.add(m.actor);
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

  return { candidates: out, inList, containers: orgs.length };
}

/**
 * A relation cue's subject and object by word order, where the words leave no doubt: Arabic puts
 * the verb first and its subject and object straight after it («واتهمت الدول الثلاث المنظمة»);
 * English puts the subject just before the verb and the object just after it ("Washington
 * accused Tehran of …"). Where a cue has both, the relation it signals is between those two, not
 * between either of them and an actor named further on ("… the war in Yemen").
 */
import type { Cue } from './lexicon.ts';
import type { Token } from './normalize.ts';
import type { SentenceMention } from './suggest.ts';
import type { DraftLang } from './types.ts';

export interface Roles {
  subject: Set<string>;
  object: Set<string>;
  /** "ties with Y", «الحرب مع Y»: the object follows "with", the subject is the clause's. */
  with?: boolean;
}

const WITH = new Set(['with', 'مع']);

/** The mentions of one list: `m` and those coordinated with it on either side. */
function listOf(mentions: SentenceMention[], k: number): SentenceMention[] {
  let a = k;
  let b = k;
  while (a > 0 && mentions[a]!.coordinated) a--;
  while (b + 1 < mentions.length && mentions[b + 1]!.coordinated) b++;
  return mentions.slice(a, b + 1);
}

/**
 * An Arabic cue word written with the article or a preposition («بمساعدة», «الهجوم») is a noun,
 * not a verb: the name after it is its object («بمساعدة روسيا»: helping Russia), its subject
 * comes before it, as in English.
 */
function nominal(c: Cue, tokens: Token[]): boolean {
  const norm = tokens[c.from]!.norm;
  const at = norm.indexOf(c.words[0]!.key);
  const before = at > 0 ? norm.slice(0, at).replace(/^[وف]/u, '') : '';
  return /[بلك]|ال$/u.test(before) || (at === 0 && c.words[0]!.key.startsWith('ال'));
}

export function rolesOf(
  c: Cue,
  mentions: SentenceMention[],
  tokens: Token[],
  lang: DraftLang,
): Roles | undefined {
  const direct = (m: SentenceMention) => !m.oblique && !m.locative;
  // "… has deep ties with Russia", «متهمة الحلف … خلال الحرب مع أذربيجان»: the relation is
  // between the one after "with" and the sentence's subject, its first name not after a
  // preposition, however far from the cue.
  // One word may stand between: «تعاون وثيقة مع», "cooperation agreement with".
  const w = [c.to, c.to + 1].find((k) => WITH.has(tokens[k]?.norm ?? ''));
  if (w !== undefined) {
    const o = mentions.findIndex((m) => m.from === w + 1);
    const object = o >= 0 ? listOf(mentions, o) : [];
    const first = mentions.findIndex((m) => direct(m) && !object.includes(m) && m.to <= c.from);
    const subject = first >= 0 ? listOf(mentions, first).filter((m) => !object.includes(m)) : [];
    if (subject.length && object.length)
      return {
        subject: new Set(subject.map((m) => m.actor)),
        object: new Set(object.map((m) => m.actor)),
        with: true,
      };
  }
  // «…، وهو ما تنفيه أرمينيا», "…, a charge the Kremlin denied": the denier answers the claim
  // the sentence began with, so the relation is between the denier and that claim's first actor.
  const rel = tokens[c.from - 1]?.norm;
  if (c.denial && (rel === 'ما' || rel === 'which' || rel === 'charge' || rel === 'claim')) {
    const d =
      lang === 'ar'
        ? mentions.find((m) => m.from >= c.to && m.from - c.to <= 1)
        : mentions.findLast((m) => m.to <= c.from && c.from - m.to <= 1);
    const claim = mentions.find((m) => direct(m) && m.to <= c.from && m.actor !== d?.actor);
    if (d) return { subject: new Set([d.actor]), object: new Set(claim ? [claim.actor] : []) };
  }
  let s: number;
  let o: number;
  if (lang === 'ar' && !nominal(c, tokens)) {
    s = mentions.findIndex((m) => m.from >= c.to && m.from - c.to <= 1 && direct(m));
    if (s < 0) return undefined;
    const subject = listOf(mentions, s);
    const end = subject.at(-1)!.to;
    o = mentions.findIndex((m) => m.from >= end && m.from - end <= 1 && direct(m));
  } else {
    s = mentions.findLastIndex((m) => m.to <= c.from && c.from - m.to <= 3 && direct(m));
    // "led by Russia": the agent of a passive cue stands after "by", as an oblique.
    const agent = (m: SentenceMention) => m.from === c.to && c.form.endsWith(' by');
    o = mentions.findIndex((m) => m.from >= c.to && m.from - c.to <= 1 && (direct(m) || agent(m)));
  }
  if (s < 0 || o < 0) return undefined;
  const subject = listOf(mentions, s);
  const object = listOf(mentions, o).filter((m) => !subject.includes(m));
  if (object.length === 0) return undefined;
  return {
    subject: new Set(subject.map((m) => m.actor)),
    object: new Set(object.map((m) => m.actor)),
  };
}

/** Whether a pair is the cue's own subject and object, when the cue has both. */
export function fitsRoles(r: Roles | undefined, a: string, b: string): boolean {
  if (!r) return true;
  return (r.subject.has(a) && r.object.has(b)) || (r.subject.has(b) && r.object.has(a));
}

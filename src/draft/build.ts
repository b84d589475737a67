/**
 * A candidate relation made into a Suggestion: its direction from word order, its speaker, date
 * and stance, and every trigger with the reason it counts — what the editor shows a reviewer.
 */
import { RELATION_KINDS, type RelationKind } from '../model/vocabulary.ts';
import type { FoundDate } from './dates.ts';
import { ploverOf, type Cue } from './lexicon.ts';
import type { Token } from './normalize.ts';
import type { Speaker } from './speaker.ts';
import type { SentenceInput, SentenceMention } from './suggest.ts';
import type { DraftLang, Sentence, Suggestion, Trigger } from './types.ts';

const COMMUNICATIVE: ReadonlySet<RelationKind> = new Set(['accusation', 'criticism', 'denial']);

export const span = (s: Sentence, start: number, end: number) => ({
  start,
  end,
  text: s.text.slice(start - s.start, end - s.start),
});

export function cueTrigger(s: Sentence, c: Cue): Trigger {
  const p = c.kind ? ploverOf(c.kind) : {};
  const cat = [p.plover && `PLOVER ${p.plover}`, p.cameo && `CAMEO ${p.cameo}`]
    .filter(Boolean)
    .join(', ');
  return {
    ...span(s, c.start, c.end),
    role: 'cue',
    why: `cue "${c.form}" → ${c.kind}${cat ? ` (${cat})` : ''}`,
  };
}

export function actorTrigger(s: Sentence, m: SentenceMention): Trigger {
  return { ...span(s, m.start, m.end), role: 'actor', why: m.why };
}

export interface Candidate {
  a: SentenceMention;
  b: SentenceMention;
  kind: RelationKind;
  cue?: Cue;
  score: number;
  stance: 'asserts' | 'denies';
  speaker?: SentenceMention;
  extra: Trigger[];
  forceSource?: SentenceMention;
}

/** Source and target of a directed relation from word order. */
function orient(
  a: SentenceMention,
  b: SentenceMention,
  c: Cue,
  lang: DraftLang,
  tokens: Token[],
): [SentenceMention, SentenceMention] {
  const passive = lang === 'en' && (c.form.endsWith(' by') || tokens[c.to]?.norm === 'by');
  if (passive) return c.to <= b.from && c.from >= a.to ? [b, a] : [a, b];
  if (lang === 'ar' && c.to <= a.from) return [a, b]; // verb, subject, object
  if (c.from >= a.to && c.to <= b.from) return [a, b]; // subject, verb, object
  return [a, b];
}

export function order(x: SentenceMention, y: SentenceMention): [SentenceMention, SentenceMention] {
  return x.from <= y.from ? [x, y] : [y, x];
}

export function build(
  c: Candidate,
  input: SentenceInput,
  speaker: Speaker | undefined,
  speakerMention: SentenceMention | undefined,
  when: FoundDate | undefined,
): Suggestion {
  const { sentence: s, lang, tokens } = input;
  const kind = c.kind;
  const { directed, defaultTension } = RELATION_KINDS[kind];
  let [src, tgt] = c.forceSource
    ? [c.forceSource, c.forceSource === c.a ? c.b : c.a]
    : c.cue
      ? orient(c.a, c.b, c.cue, lang, tokens)
      : [c.a, c.b];
  // Who speaks also acts, in what is said: a speaker accuses, criticises or denies.
  if (speakerMention && COMMUNICATIVE.has(kind) && tgt.actor === speakerMention.actor)
    [src, tgt] = [tgt, src];
  if (kind === 'denial' && c.cue) {
    // The denier is the subject of the denial verb.
    const denier =
      lang === 'ar'
        ? input.mentions.find((m) => m.from >= c.cue!.to && m.from - c.cue!.to <= 2)
        : [...input.mentions].reverse().find((m) => m.to <= c.cue!.from);
    if (denier && denier.actor === tgt.actor) [src, tgt] = [tgt, src];
  }
  const triggers: Trigger[] = [actorTrigger(s, src), actorTrigger(s, tgt)];
  if (c.cue) triggers.push(cueTrigger(s, c.cue));
  triggers.push(...c.extra);
  let confidence = c.score;
  const sayer = kind === 'denial' ? src : speakerMention;
  if (speaker && speakerMention) {
    triggers.push({
      ...span(s, speaker.verb.start, speaker.verb.end),
      role: 'speaker',
      why: `reporting verb "${speaker.verb.form}" → speaker ${input.names(speakerMention.actor)}`,
    });
    confidence += 0.05;
  }
  if (when)
    triggers.push({
      ...span(s, when.start, when.end),
      role: 'date',
      why: `date ${when.when.date}${when.when.until ? `..${when.when.until}` : ''} (${when.when.basis})`,
    });
  const label =
    speaker && speakerMention && sayer === speakerMention
      ? span(s, speaker.label.start, speaker.label.end).text
      : undefined;
  return {
    id: `s${s.index}-${src.actor}-${tgt.actor}-${kind}`,
    sentence: s.index,
    quote: { start: s.start, end: s.end, text: s.text },
    source: src.actor,
    target: tgt.actor,
    kind,
    directed,
    tension: defaultTension,
    stance: c.stance,
    ...(sayer ? { speaker: sayer.actor } : {}),
    ...(label ? { speakerLabel: label } : {}),
    ...(when ? { when: when.when } : {}),
    triggers: triggers.sort((x, y) => x.start - y.start),
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    ...ploverOf(kind),
  };
}

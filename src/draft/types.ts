/**
 * The drafting assistant's public types. Every span is a [start, end) pair of UTF-16 offsets
 * into the article as given, and its `text` is exactly `article.slice(start, end)`.
 */
import type { GraphFile, When } from '../model/schema.ts';
import type { ActorKind, RelationKind, Tension } from '../model/vocabulary.ts';

export type DraftLang = 'ar' | 'en';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
}

export interface Mention extends Span {
  sentence: number;
  /** Id of an existing graph actor or of a proposed one (Draft.actors). */
  actor: string;
  /** A back-reference («البلاد», "the country") resolved to the last state named: a guess. */
  guess?: boolean;
  /**
   * How it matched: a name, an alias, a nisba/demonym, a capital as metonym, a back-reference, or
   * a short form read as a longer-named group named before («داعش» after ISIS-K; a guess).
   */
  via?: 'name' | 'demonym' | 'capital' | 'back-reference' | 'short-form';
}

export interface ProposedActor {
  id: string;
  kind: ActorKind;
  name: { en: string; ar: string };
  aliases?: { en?: string[]; ar?: string[] };
  wikidata?: string;
  /** True when the actor is already in the graph passed to draft(). */
  existing: boolean;
}

export type TriggerRole = 'actor' | 'cue' | 'speaker' | 'date' | 'negation' | 'list';

export interface Trigger extends Span {
  role: TriggerRole;
  /** Why these words count, e.g. `cue "اتهم" → accusation`. */
  why: string;
}

export interface Suggestion {
  id: string;
  sentence: number;
  /** The sentence (or the clause) as an exact substring of the article. */
  quote: Span;
  source: string;
  target: string;
  kind: RelationKind;
  directed: boolean;
  tension: Tension;
  stance: 'asserts' | 'denies';
  /** The actor who says it, when a reporting verb names one of the graph's actors. */
  speaker?: string;
  /** The words naming the speaker ("Russian officials", «وزارة الخارجية الروسية»). */
  speakerLabel?: string;
  when?: When;
  triggers: Trigger[];
  /** 0..1: how sure the rules are; suggestions are ranked by it. */
  confidence: number;
  /** PLOVER / CAMEO category of the kind, from the lexicon. */
  plover?: string;
  cameo?: string;
}

export interface Draft {
  sentences: Sentence[];
  mentions: Mention[];
  actors: ProposedActor[];
  /** Ranked, best first. */
  suggestions: Suggestion[];
}

export interface DraftOptions {
  lang: DraftLang;
  graph?: GraphFile;
  /** The source's date, YYYY-MM-DD: relative dates ("on Friday") are read against it. */
  published?: string;
}

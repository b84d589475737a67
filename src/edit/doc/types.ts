/**
 * The editor's document: the graph being drafted, and the suggestions its author turned down.
 * A draft is a graph file in the making — it may be incomplete and invalid (an empty summary, a
 * relation still waiting for its translation); the validator says what is missing, the operations
 * here only keep it coherent (ids unique, endpoints that exist, quotes taken from the text).
 */
import type { Actor, Evidence, GraphFile, Relation, Source } from '../../model/schema.ts';

/** [start, end) in UTF-16 code units of a source's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A word or phrase of the source that led the drafting assistant to a suggestion. */
export interface SuggestionTrigger {
  text: string;
  start: number;
  end: number;
  role: string;
  [field: string]: unknown;
}

/**
 * Marks a relation as an unreviewed proposal of the drafting assistant (format v3's `suggestion`):
 * it is not a relation until a person accepts it.
 */
export interface SuggestionMark {
  by: string;
  confidence: number;
  triggers: SuggestionTrigger[];
  [field: string]: unknown;
}

/** Evidence as drafted: where the quote sits in its source is kept with it (v3's `at`). */
export interface DraftEvidence extends Evidence {
  at?: { start: number; end: number };
}
/** A relation as drafted; `suggestion` present = not yet reviewed. */
export interface DraftRelation extends Relation {
  evidence: DraftEvidence[];
  suggestion?: SuggestionMark;
  /** Ids of the events the relation is about (v3). */
  about?: string[];
}
export interface DraftActor extends Actor {
  /** The actor's Wikidata item (v3), e.g. "Q159". */
  wikidata?: string;
}
export type DraftSource = Source;
/** The graph being drafted: a graph file whose relations may still be suggestions. */
export interface DraftGraph extends GraphFile {
  sources: DraftSource[];
  actors: DraftActor[];
  relations: DraftRelation[];
}

/**
 * What the author turned down, so the drafting assistant does not propose it again: the relation's
 * ends, kind and the quote it stood on.
 */
export interface RejectedSuggestion {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly directed: boolean;
  readonly quotes: readonly { readonly source: string; readonly quote: string }[];
}

/** Everything undo covers and a stored draft holds. */
export interface EditorDocument {
  readonly graph: DraftGraph;
  readonly rejected: readonly RejectedSuggestion[];
}

export type DocErrorCode =
  | 'unknown-source'
  | 'unknown-actor'
  | 'unknown-relation'
  | 'unknown-evidence'
  | 'same-actor'
  | 'self-loop'
  | 'bad-span'
  | 'empty-quote'
  | 'no-text'
  | 'no-evidence'
  | 'not-a-suggestion'
  | 'text-in-use'
  | 'bad-position';

/**
 * An operation asked for something the document cannot do (an id that is not there, offsets
 * outside the text). The editor prevents these by construction; the code says which it was.
 */
export class DocError extends Error {
  readonly code: DocErrorCode;
  constructor(code: DocErrorCode, message: string) {
    super(message);
    this.name = 'DocError';
    this.code = code;
  }
}

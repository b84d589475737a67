/**
 * The editor's document: the graph being drafted, and the suggestions its author turned down.
 * A draft is a graph file in the making — it may be incomplete and invalid (an empty summary, a
 * relation still waiting for its translation); the validator says what is missing, the operations
 * here only keep it coherent (ids unique, endpoints that exist, quotes taken from the text).
 */
import type {
  Actor,
  Evidence,
  GraphFile,
  Relation,
  Source,
  Suggestion,
  Trigger,
} from '../../model/schema.ts';

/** [start, end) in UTF-16 code units of a source's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The draft's parts are the format's (v3) own types: a draft is a graph file in the making. Their
 * objects are loose — a field the format does not know is kept and written back.
 */
export type DraftGraph = GraphFile;
export type DraftSource = Source;
export type DraftActor = Actor;
/** A relation as drafted; `suggestion` present = not yet reviewed. */
export type DraftRelation = Relation;
/** Evidence as drafted: where the quote sits in its source is kept with it (`at`). */
export type DraftEvidence = Evidence;
/** Marks a relation as an unreviewed proposal of the drafting assistant. */
export type SuggestionMark = Suggestion;
/** A word or phrase of the source that led the drafting assistant to a suggestion. */
export type SuggestionTrigger = Trigger;

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

/**
 * The editor's document operations: pure functions `(graph, …) → graph` (or `{ graph, id }`). They
 * never mutate their input, keep every field they do not know, and return the very same graph
 * when nothing changes (so a no-op makes no undo step). An impossible request (an id that is not
 * there, offsets outside the text) throws a DocError naming it.
 */
export { addSource, updateSource, sourceInUse, quoteAt } from './sources.ts';
export type { NewSource, SourcePatch, Quote } from './sources.ts';
export {
  addActor,
  updateActor,
  addAlias,
  namesActor,
  nameKey,
  setPosition,
  setPositions,
  planDeleteActor,
  deleteActor,
} from './actors.ts';
export type { NewActor, ActorPatch, DeletePlan } from './actors.ts';
export { planMerge, mergeActors } from './merge.ts';
export { followDefaultSummaries } from './summaries.ts';
export type { SummaryOf } from './summaries.ts';
export type { MergePlan } from './merge.ts';
export {
  addRelation,
  updateRelation,
  reverseRelation,
  deleteRelation,
  kindDefaults,
} from './relations.ts';
export type { NewRelation, RelationPatch } from './relations.ts';
export {
  addEvidence,
  updateEvidence,
  planRemoveEvidence,
  removeEvidence,
  evidenceFrom,
  sameQuote,
} from './evidence.ts';
export type { EvidenceInput, EvidencePatch, RemoveEvidencePlan } from './evidence.ts';
export {
  acceptSuggestion,
  rejectSuggestion,
  rejectionOf,
  isRejected,
  alreadyInGraph,
  addSuggestions,
  suggestionsOf,
} from './suggestions.ts';
export type { NewSuggestion, AddSuggestionsResult } from './suggestions.ts';
export { slugify, uniqueId, takenIds, newId } from './ids.ts';

/**
 * The document store of one mounted editor (never a module global: two editors on a page, or an
 * editor and a preview, keep their own). Actions are the document operations, verb first; each is
 * one undo step. Undo (zundo) covers the document — the graph and the rejected suggestions — and
 * nothing else: selection lives here too but outside the history, and zoom or panel state belongs
 * to the page.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Language } from '../../model/vocabulary.ts';
import * as ops from './ops.ts';
import { applyPatch } from './patch.ts';
import type { DraftGraph, EditorDocument, RejectedSuggestion } from './types.ts';

/** What is selected in the editor; not part of the document, not undone. */
export type DocSelection =
  | { readonly kind: 'source'; readonly id: string }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'relation'; readonly id: string }
  | { readonly kind: 'evidence'; readonly relation: string; readonly index: number };

/** How many document states undo keeps (older ones are forgotten first). */
export const HISTORY_LIMIT = 500;

export interface DocState extends EditorDocument {
  readonly selection: DocSelection | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;

  addSource(input: ops.NewSource): string;
  updateSource(id: string, patch: ops.SourcePatch): void;
  addActor(input: ops.NewActor): string;
  updateActor(id: string, patch: ops.ActorPatch): void;
  addAlias(id: string, lang: Language, alias: string): void;
  /** Merges `drop` into `keep` (preview it first with planMerge on the same graph). */
  mergeActors(keep: string, drop: string): ops.MergePlan;
  /** Deletes an actor and its relations (preview with planDeleteActor). */
  deleteActor(id: string): ops.DeletePlan;
  addRelation(input: ops.NewRelation): string;
  updateRelation(id: string, patch: ops.RelationPatch): void;
  reverseRelation(id: string): void;
  deleteRelation(id: string): void;
  /** Returns the evidence's index in the relation. */
  addEvidence(relationId: string, input: ops.EvidenceInput): number;
  updateEvidence(relationId: string, index: number, patch: ops.EvidencePatch): void;
  /** Removing a relation's last quote removes the relation (preview with planRemoveEvidence). */
  removeEvidence(relationId: string, index: number): ops.RemoveEvidencePlan;
  acceptSuggestion(relationId: string, edits?: ops.RelationPatch): void;
  /** Removes the proposal and remembers it, so addSuggestions leaves it out from now on. */
  rejectSuggestion(relationId: string): void;
  addSuggestions(proposals: readonly ops.NewSuggestion[]): ops.AddSuggestionsResult;
  setPosition(id: string, position: { readonly x: number; readonly y: number }): void;
  setPositions(positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>): void;
  /** The graph's own fields (title, description, id…); `undefined` removes an optional one. */
  updateGraph(patch: Partial<Pick<DraftGraph, 'id' | 'title' | 'description'>>): void;
  /**
   * Several operations as one undo step (a spreadsheet imported, a layout applied): `change`
   * gets the document and returns the next one, built with the pure operations of ops.ts.
   */
  change(change: (doc: EditorDocument) => EditorDocument): void;
  /**
   * Replaces the document (reloaded after another tab saved it). With `resetHistory` undo starts
   * afresh — undoing into a copy the other tab has moved past would only confuse.
   */
  replaceDocument(doc: EditorDocument, options?: { resetHistory?: boolean }): void;
  select(selection: DocSelection | null): void;
  undo(): void;
  redo(): void;
}

export type DocStore = ReturnType<typeof createDocStore>;

type DocFields = Pick<DocState, 'graph' | 'rejected'>;

export function createDocStore(initial: EditorDocument, options: { historyLimit?: number } = {}) {
  const store = createStore<DocState>()(
    temporal(
      (set, get) => {
        /** One document change = one set = one undo step; the selection follows what is left. */
        const commit = (next: EditorDocument) => {
          const { graph, rejected, selection } = get();
          if (next.graph === graph && next.rejected === rejected) return;
          set({
            graph: next.graph,
            rejected: next.rejected,
            selection: stillThere(next.graph, selection),
          });
        };
        const edit = (op: (graph: DraftGraph) => DraftGraph) =>
          commit({ graph: op(get().graph), rejected: get().rejected });
        const withId = <R extends { graph: DraftGraph }>(result: R): R => {
          commit({ graph: result.graph, rejected: get().rejected });
          return result;
        };
        return {
          graph: initial.graph,
          rejected: initial.rejected,
          selection: null,
          canUndo: false,
          canRedo: false,
          addSource: (input) => withId(ops.addSource(get().graph, input)).id,
          updateSource: (id, patch) => edit((g) => ops.updateSource(g, id, patch)),
          addActor: (input) => withId(ops.addActor(get().graph, input)).id,
          updateActor: (id, patch) => edit((g) => ops.updateActor(g, id, patch)),
          addAlias: (id, lang, alias) => edit((g) => ops.addAlias(g, id, lang, alias)),
          mergeActors: (keep, drop) => {
            const plan = ops.planMerge(get().graph, keep, drop);
            const rejected = get().rejected.map((x) => rewireRejection(x, drop, keep));
            commit({ graph: plan.result, rejected });
            return plan;
          },
          deleteActor: (id) => {
            const plan = ops.planDeleteActor(get().graph, id);
            edit(() => plan.result);
            return plan;
          },
          addRelation: (input) => withId(ops.addRelation(get().graph, input)).id,
          updateRelation: (id, patch) => edit((g) => ops.updateRelation(g, id, patch)),
          reverseRelation: (id) => edit((g) => ops.reverseRelation(g, id)),
          deleteRelation: (id) => edit((g) => ops.deleteRelation(g, id)),
          addEvidence: (relationId, input) =>
            withId(ops.addEvidence(get().graph, relationId, input)).index,
          updateEvidence: (relationId, index, patch) =>
            edit((g) => ops.updateEvidence(g, relationId, index, patch)),
          removeEvidence: (relationId, index) => {
            const plan = ops.planRemoveEvidence(get().graph, relationId, index);
            edit(() => plan.result);
            return plan;
          },
          acceptSuggestion: (relationId, edits) =>
            edit((g) => ops.acceptSuggestion(g, relationId, edits)),
          rejectSuggestion: (relationId) => {
            const { graph, rejection } = ops.rejectSuggestion(get().graph, relationId);
            commit({ graph, rejected: [...get().rejected, rejection] });
          },
          addSuggestions: (proposals) =>
            withId(ops.addSuggestions(get().graph, proposals, get().rejected)),
          setPosition: (id, position) => edit((g) => ops.setPosition(g, id, position)),
          setPositions: (positions) => edit((g) => ops.setPositions(g, positions)),
          updateGraph: (patch) =>
            edit((g) => {
              const { sources: _s, actors: _a, relations: _r, ...fields } = patch as DraftGraph;
              return applyPatch(g, fields);
            }),
          change: (fn) => commit(fn({ graph: get().graph, rejected: get().rejected })),
          replaceDocument: (doc, { resetHistory = false } = {}) => {
            commit(doc);
            if (resetHistory) store.temporal.getState().clear();
          },
          select: (selection) => set({ selection }),
          undo: () => {
            store.temporal.getState().undo();
            set({ selection: stillThere(get().graph, get().selection) });
          },
          redo: () => {
            store.temporal.getState().redo();
            set({ selection: stillThere(get().graph, get().selection) });
          },
        };
      },
      {
        partialize: (state): DocFields => ({ graph: state.graph, rejected: state.rejected }),
        // A change of selection (or of canUndo) is no step: only a new document is.
        equality: (a, b) => a.graph === b.graph && a.rejected === b.rejected,
        limit: options.historyLimit ?? HISTORY_LIMIT,
      },
    ),
  );
  store.temporal.subscribe(({ pastStates, futureStates }) => {
    const canUndo = pastStates.length > 0;
    const canRedo = futureStates.length > 0;
    const now = store.getState();
    if (now.canUndo !== canUndo || now.canRedo !== canRedo) store.setState({ canUndo, canRedo });
  });
  return store;
}

/** The document of a store's state, as storage keeps it. */
export function documentOf(state: EditorDocument): EditorDocument {
  return { graph: state.graph, rejected: state.rejected };
}

/** The selection, or null when what it points at is gone (deleted, merged, undone). */
function stillThere(graph: DraftGraph, selection: DocSelection | null): DocSelection | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'source':
      return graph.sources.some((s) => s.id === selection.id) ? selection : null;
    case 'actor':
      return graph.actors.some((a) => a.id === selection.id) ? selection : null;
    case 'relation':
      return graph.relations.some((r) => r.id === selection.id) ? selection : null;
    case 'evidence': {
      const r = graph.relations.find((x) => x.id === selection.relation);
      return r && selection.index < r.evidence.length ? selection : null;
    }
  }
}

/** A rejection about the dropped actor is about the kept one after a merge. */
function rewireRejection(x: RejectedSuggestion, drop: string, keep: string): RejectedSuggestion {
  if (x.source !== drop && x.target !== drop) return x;
  return {
    ...x,
    source: x.source === drop ? keep : x.source,
    target: x.target === drop ? keep : x.target,
  };
}

/**
 * The editor's view state: interface language, what is selected, which form is open, the words
 * picked for a quote. None of it is the document (src/edit/doc holds that, with undo): changing
 * the view never creates an undo step, and nothing here needs saving.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../model/vocabulary.ts';

/** Words picked in a source: [start, end) offsets and exactly the text between them. */
export interface Pick {
  source: string;
  start: number;
  end: number;
  text: string;
}

export type Panel =
  | { type: 'none' }
  /** New relation from a quote, or more evidence for `relation`. */
  | { type: 'relation'; pick: Pick; relation?: string; suggestion?: string }
  /**
   * A relation drawn on the canvas from `source` to `target`: the form opens with its ends, and
   * the words the author then selects in the article are its quote (no quote, no relation).
   */
  | { type: 'drawn'; source: string; target: string }
  /** Edit an existing relation (its fields, not its quotes). */
  | { type: 'edit-relation'; relation: string; evidence?: number }
  /** The graph's own fields and its sources' details. */
  | { type: 'graph'; source?: string }
  | { type: 'actor'; actor?: string; name?: string; language?: string }
  | { type: 'alias'; pick: Pick }
  /** Review a suggestion: accept it as it is or edited, or reject it. */
  | { type: 'review'; relation: string }
  | { type: 'merge'; from: string; into?: string }
  | { type: 'delete-actor'; actor: string }
  | { type: 'source' }
  /** Import a links sheet and a points sheet (src/edit/import). */
  | { type: 'sheets' }
  | { type: 'export' }
  | { type: 'publish' };

/** What a phone shows of the workspace, one at a time (a wide screen shows them all). */
export type Pane = 'article' | 'graph' | 'side';

export interface ViewState {
  lang: Language;
  pane: Pane;
  /** The source whose text is shown. */
  source: string | null;
  /** The sentence the keyboard is on (its index in the shown source). */
  sentence: number;
  selectedActor: string | null;
  selectedRelation: string | null;
  panel: Panel;
  /** A validation problem's path the author asked to go to; the field with it takes focus. */
  goTo: string | null;
  /** The suggestion in view (queue or article): its trigger words are marked in the text. */
  suggestion: string | null;
  /** Words picked in the article, waiting for what to do with them. */
  pick: Pick | null;
  /** Sources the assistant is to read (new ones): their suggestions join the queue when ready. */
  toDraft: readonly string[];
  draftLater(source: string): void;
  drafted(source: string): void;
  focusSuggestion(id: string | null): void;
  setPick(pick: Pick | null): void;
  setLanguage(lang: Language): void;
  showSource(id: string | null): void;
  setSentence(index: number): void;
  selectActor(id: string | null): void;
  selectRelation(id: string | null): void;
  /** Opens a form (on a phone, the pane that holds it comes into view). */
  open(panel: Panel): void;
  close(): void;
  showPane(pane: Pane): void;
  goToProblem(path: string | null): void;
}

export type ViewStore = StoreApi<ViewState>;

export function createViewStore(lang: Language): ViewStore {
  return createStore<ViewState>()((set) => ({
    lang,
    pane: 'article',
    source: null,
    sentence: 0,
    selectedActor: null,
    selectedRelation: null,
    panel: { type: 'none' },
    goTo: null,
    suggestion: null,
    pick: null,
    toDraft: [],
    draftLater: (source) => set((s) => ({ toDraft: [...s.toDraft, source] })),
    drafted: (source) => set((s) => ({ toDraft: s.toDraft.filter((x) => x !== source) })),
    focusSuggestion: (id) => set({ suggestion: id }),
    setPick: (pick) => set({ pick }),
    setLanguage: (next) => set({ lang: next }),
    showSource: (id) => set({ source: id, sentence: 0, pick: null }),
    setSentence: (index) => set({ sentence: index }),
    selectActor: (id) => set({ selectedActor: id, selectedRelation: null }),
    selectRelation: (id) => set({ selectedRelation: id, selectedActor: null }),
    open: (panel) => set({ panel, pane: 'side' }),
    close: () => set({ panel: { type: 'none' } }),
    showPane: (pane) => set({ pane }),
    goToProblem: (path) => set({ goTo: path }),
  }));
}

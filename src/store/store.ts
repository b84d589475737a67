/**
 * The view state of one mounted app. Created per app (never a module global) so two embeds or an
 * app and its preview on one page never share state.
 */
import { createStore } from 'zustand/vanilla';
import { ALL_FILTERS, computeVisibility, type Filters, type Visibility } from '../model/filter.ts';
import { VOICES, type Voice } from '../model/evidence.ts';
import type { Graph } from '../model/graph.ts';
import {
  TENSION_LEVELS,
  type Language,
  type RelationKind,
  type Tension,
} from '../model/vocabulary.ts';
import { mergeNotices, type Notice } from './notices.ts';
import type { UrlState } from './url.ts';
import { DEFAULT_VIEW, FRESH_VIEW, type Selection, type View } from './view.ts';

/** The view (store/view.ts: language, filters, selection, focus) and what the app shows it on. */
export interface AppState extends View {
  readonly graph: Graph;
  /** Bumped to ask the evidence panel to take keyboard focus. */
  readonly evidenceFocusRequest: number;
  readonly notices: readonly Notice[];

  setLanguage(lang: Language): void;
  toggleTension(level: Tension): void;
  toggleKind(kind: RelationKind): void;
  toggleVoice(voice: Voice): void;
  setTensions(levels: readonly Tension[]): void;
  setCorroboratedOnly(on: boolean): void;
  /** Show the graph as of a date (YYYY[-MM[-DD]]), or for all time (null). */
  setAsOf(date: string | null): void;
  /** Several relations at once: those a sentence of the article supports. */
  selectRelations(ids: readonly string[]): void;
  selectRelation(id: string): void;
  selectActor(id: string): void;
  clearSelection(): void;
  /** Back to the whole graph: every filter off, nothing selected. */
  resetView(): void;
  /** Applies a parsed URL (start-up, back/forward); absent fields return to their defaults. */
  applyUrlState(state: UrlState): void;
  addNotices(notices: readonly Notice[]): void;
  setFocus(actor: string, depth?: 1 | 2): void;
  clearFocus(): void;
  /** Move keyboard focus to the evidence panel (Enter on the graph, a table row). */
  openEvidence(): void;
  /** Show another graph (a file the reader opened): filters, selection and focus start afresh. */
  setGraph(graph: Graph, notices?: readonly Notice[]): void;
  dismissNotice(index: number): void;
}

export interface StoreOptions {
  graph: Graph;
  lang?: Language;
  /** Notices from loading (a graph that failed, data from another host). */
  notices?: readonly Notice[];
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The reader never sees unreviewed suggestions as relations; say that some were left out. */
function unreviewedNotice(graph: Graph): Notice[] {
  return graph.unreviewed > 0
    ? [{ key: 'notice.unreviewed', params: { count: graph.unreviewed } }]
    : [];
}

export function createAppStore({
  graph: initialGraph,
  lang = DEFAULT_VIEW.lang,
  notices = [],
}: StoreOptions) {
  return createStore<AppState>()((set, get) => {
    const graphNow = () => get().graph;
    /** New filters; selected relations they hide are deselected rather than left dangling. */
    const setFilters = (filters: Filters) => {
      const { selection } = get();
      if (selection?.type === 'relation' || selection?.type === 'relations') {
        const visible = computeVisibility(graphNow(), filters).relationIds;
        const ids = (selection.type === 'relation' ? [selection.id] : selection.ids).filter((id) =>
          visible.has(id),
        );
        set({ filters, selection: selectionOf(ids) });
      } else set({ filters });
    };
    const toggle = <T>(list: readonly T[], item: T, order: readonly T[]) =>
      list.includes(item)
        ? list.filter((x) => x !== item)
        : order.filter((x) => x === item || list.includes(x));

    return {
      ...DEFAULT_VIEW,
      graph: initialGraph,
      evidenceFocusRequest: 0,
      lang,
      notices: mergeNotices(unreviewedNotice(initialGraph), notices),

      setLanguage: (next) => set({ lang: next }),
      toggleTension: (level) => {
        const { filters } = get();
        setFilters({ ...filters, tensions: toggle(filters.tensions, level, TENSION_LEVELS) });
      },
      toggleKind: (kind) => {
        const { filters } = get();
        setFilters({ ...filters, kinds: toggle(filters.kinds, kind, ALL_FILTERS.kinds) });
      },
      toggleVoice: (voice) => {
        const { filters } = get();
        setFilters({ ...filters, voices: toggle(filters.voices, voice, VOICES) });
      },
      setTensions: (levels) =>
        setFilters({
          ...get().filters,
          tensions: TENSION_LEVELS.filter((t) => levels.includes(t)),
        }),
      setCorroboratedOnly: (on) => setFilters({ ...get().filters, corroboratedOnly: on }),
      setAsOf: (date) => setFilters({ ...get().filters, asOf: date }),
      selectRelations: (ids) => {
        set({ selection: selectionOf(ids.filter((id) => graphNow().relationById.has(id))) });
      },
      selectRelation: (id) => {
        if (graphNow().relationById.has(id)) set({ selection: { type: 'relation', id } });
      },
      selectActor: (id) => {
        if (graphNow().actorById.has(id)) set({ selection: { type: 'actor', id } });
      },
      clearSelection: () => set({ selection: null }),
      resetView: () => set(FRESH_VIEW),
      setFocus: (actor, depth = 1) => {
        if (graphNow().actorById.has(actor)) set({ focus: { actor, depth } });
      },
      clearFocus: () => set({ focus: null }),
      openEvidence: () => set({ evidenceFocusRequest: get().evidenceFocusRequest + 1 }),
      setGraph: (graph, notices = []) =>
        set({
          ...FRESH_VIEW,
          graph,
          notices: mergeNotices(unreviewedNotice(graph), notices),
        }),
      applyUrlState: (url) => {
        const { filters } = DEFAULT_VIEW;
        set({ ...DEFAULT_VIEW, lang: url.lang ?? DEFAULT_VIEW.lang });
        setFilters({
          tensions: url.tensions ?? filters.tensions,
          kinds: url.kinds ?? filters.kinds,
          voices: url.voices ?? filters.voices,
          corroboratedOnly: url.corroboratedOnly ?? filters.corroboratedOnly,
          asOf: url.asOf ?? filters.asOf,
        });
        const selection = url.selection;
        if (selection?.type === 'relation') get().selectRelation(selection.id);
        if (selection?.type === 'relations') get().selectRelations(selection.ids);
        if (selection?.type === 'actor') get().selectActor(selection.id);
        if (url.focus) get().setFocus(url.focus.actor, url.focus.depth);
      },
      addNotices: (notices) => {
        if (notices.length > 0) set({ notices: mergeNotices(get().notices, notices) });
      },
      dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    };
  });
}

/** One relation, several, or none: the shape a list of relation ids selects. */
function selectionOf(ids: readonly string[]): Selection | null {
  if (ids.length === 0) return null;
  if (ids.length === 1) return { type: 'relation', id: ids[0]! };
  return { type: 'relations', ids };
}

/** The relations a selection points at (an actor's are not "selected", only listed). */
export function selectedRelationIds(selection: Selection | null): readonly string[] {
  if (selection?.type === 'relation') return [selection.id];
  if (selection?.type === 'relations') return selection.ids;
  return [];
}

/** Memoised per (graph, filters) object pair, so the canvas and panels share one computation. */
const visibilityCache = new WeakMap<Graph, WeakMap<Filters, Visibility>>();

export function selectVisibility(state: Pick<AppState, 'graph' | 'filters'>): Visibility {
  let byFilters = visibilityCache.get(state.graph);
  if (!byFilters) visibilityCache.set(state.graph, (byFilters = new WeakMap()));
  let visibility = byFilters.get(state.filters);
  if (!visibility)
    byFilters.set(state.filters, (visibility = computeVisibility(state.graph, state.filters)));
  return visibility;
}

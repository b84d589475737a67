/**
 * The view: what a reader is looking at — language, filters, selection, focus. Written once here
 * with its default, so that every place that starts, resets or serialises a view (the store, the
 * reset button, a newly opened graph, the address bar) reads the same definition.
 */
import { ALL_FILTERS, type Filters } from '../model/filter.ts';
import type { Language } from '../model/vocabulary.ts';

export type Selection =
  | { readonly type: 'relation'; readonly id: string }
  | { readonly type: 'actor'; readonly id: string }
  | { readonly type: 'relations'; readonly ids: readonly string[] };

export interface Focus {
  readonly actor: string;
  /** Steps out from the actor: 1 or 2. */
  readonly depth: 1 | 2;
}

export interface View {
  readonly lang: Language;
  readonly filters: Filters;
  readonly selection: Selection | null;
  /** An actor's neighbourhood shown, the rest faded. */
  readonly focus: Focus | null;
}

export const DEFAULT_VIEW: View = {
  lang: 'en',
  filters: ALL_FILTERS,
  selection: null,
  focus: null,
};

/** The fields of a view; each is kept in the address bar. */
export const VIEW_FIELDS = [
  'lang',
  'filters',
  'selection',
  'focus',
] as const satisfies readonly (keyof View)[];

/** What "reset view" and a newly opened graph return to: the default view, language kept. */
export const FRESH_VIEW = {
  filters: DEFAULT_VIEW.filters,
  selection: DEFAULT_VIEW.selection,
  focus: DEFAULT_VIEW.focus,
} as const satisfies Omit<View, 'lang'>;

/** The view part of a larger state (the store's). */
export function viewOf(state: View): View {
  return {
    lang: state.lang,
    filters: state.filters,
    selection: state.selection,
    focus: state.focus,
  };
}

/** Whether any field of the view differs (by identity: the store replaces what it changes). */
export function viewChanged(a: View, b: View): boolean {
  return VIEW_FIELDS.some((field) => a[field] !== b[field]);
}

/**
 * URL query ⇄ view state (GUIDE §4). Pure: parsing never throws, and every value it cannot use
 * becomes a notice instead of an error page.
 */
import { isPossibleDate } from '../model/calendar.ts';
import { VOICES, type Voice } from '../model/evidence.ts';
import type { Graph } from '../model/graph.ts';
import type { Problem } from '../model/validate.ts';
import type { Filters } from '../model/filter.ts';
import {
  isLanguage,
  isRelationKind,
  RELATION_KIND_IDS,
  TENSION_LEVELS,
  type Language,
  type RelationKind,
  type Tension,
} from '../model/vocabulary.ts';

export type Selection =
  | { readonly type: 'relation'; readonly id: string }
  | { readonly type: 'actor'; readonly id: string }
  | { readonly type: 'relations'; readonly ids: readonly string[] };

export interface UrlState {
  lang?: Language;
  tensions?: Tension[];
  kinds?: RelationKind[];
  voices?: Voice[];
  corroboratedOnly?: boolean;
  asOf?: string;
  selection?: Selection;
  focus?: { actor: string; depth: 1 | 2 };
}

/** The parameters this app owns; any others (a host's tracking, `graph`) are left alone. */
const URL_KEYS = [
  'lang',
  'tension',
  'kinds',
  'voice',
  'corroborated',
  'asOf',
  'relation',
  'actor',
  'focus',
  'depth',
];

/** The notices there are: each an i18n key (locales `notice.*`), so a misspelt one is a type error. */
export type NoticeKey =
  | 'notice.badParam'
  | 'notice.badParams'
  | 'notice.twoSelections'
  | 'notice.unverifiedHost'
  | 'notice.graphFailed'
  | 'notice.graphFailedList'
  | 'notice.unreviewed'
  | 'file.loaded';

/** A notice for the reader; `key` is an i18n key, `params` its interpolation values. */
export interface Notice {
  readonly key: NoticeKey;
  /** Values for the message; a number `count` picks the plural form. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** A file's problems, listed under the notice in the interface language. */
  readonly problems?: readonly Problem[];
}

const MAX_SHOWN_VALUE = 40;
/** Bad values of one parameter named in its notice; the rest are counted. */
const MAX_LISTED = 3;

/** Notices added to those shown, each once: the same notice twice says nothing new. */
export function mergeNotices(shownNotices: readonly Notice[], added: readonly Notice[]): Notice[] {
  const out = [...shownNotices];
  const keyOf = (n: Notice) => JSON.stringify([n.key, n.params ?? {}, n.problems?.length ?? 0]);
  const seen = new Set(out.map(keyOf));
  for (const n of added) {
    const key = keyOf(n);
    if (!seen.has(key)) out.push(n);
    seen.add(key);
  }
  return out;
}
const shown = (v: string) => (v.length > MAX_SHOWN_VALUE ? `${v.slice(0, MAX_SHOWN_VALUE)}…` : v);

/**
 * Tension levels: comma-separated levels or ranges, e.g. `1..2` (the contract), `-2,2`, `-2..-1,2`.
 * Returns undefined when any part is malformed.
 */
export function parseTensions(value: string): Tension[] | undefined {
  const levels = new Set<Tension>();
  for (const part of value.split(',')) {
    const m = /^\s*(-?\d)\s*(?:\.\.\s*(-?\d)\s*)?$/.exec(part);
    if (!m) return undefined;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo > hi || !TENSION_LEVELS.some((t) => t === lo) || !TENSION_LEVELS.some((t) => t === hi))
      return undefined;
    for (const t of TENSION_LEVELS) if (t >= lo && t <= hi) levels.add(t);
  }
  return TENSION_LEVELS.filter((t) => levels.has(t));
}

/** The shortest form: runs become `a..b`; all five levels (the default) become undefined. */
export function formatTensions(tensions: readonly Tension[]): string | undefined {
  const sorted = TENSION_LEVELS.filter((t) => tensions.includes(t));
  if (sorted.length === TENSION_LEVELS.length) return undefined;
  const parts: string[] = [];
  let start: Tension | undefined;
  sorted.forEach((t, i) => {
    start ??= t;
    const next = sorted[i + 1];
    if (next !== t + 1) {
      parts.push(start === t ? `${t}` : `${start}..${t}`);
      start = undefined;
    }
  });
  return parts.length > 0 ? parts.join(',') : 'none';
}

export function parseUrlState(
  search: string,
  graph: Graph,
): { state: UrlState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const notices: Notice[] = [];
  // One notice per parameter, however many of its values are bad: sixty bad `relation=` values
  // must not become sixty notices pushing the graph off the screen.
  const badValues = new Map<string, string[]>();
  const bad = (name: string, value: string) => {
    const values = badValues.get(name) ?? [];
    if (!values.includes(value)) values.push(value);
    badValues.set(name, values);
  };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else bad('lang', lang);
  }
  const tension = params.get('tension');
  if (tension !== null) {
    const tensions = tension === 'none' ? [] : parseTensions(tension);
    if (tensions) state.tensions = tensions;
    else bad('tension', tension);
  }
  const kinds = params.get('kinds');
  if (kinds !== null) {
    const list = kinds.split(',').filter((k) => k !== '');
    const unknown = list.filter((k) => !isRelationKind(k));
    if (unknown.length > 0) bad('kinds', unknown.join(','));
    state.kinds = RELATION_KIND_IDS.filter((k) => list.includes(k));
    if (state.kinds.length === 0 && unknown.length > 0) delete state.kinds;
  }
  const voice = params.get('voice');
  if (voice !== null) {
    const list = voice === 'none' ? [] : voice.split(',');
    if (list.every((v): v is Voice => (VOICES as readonly string[]).includes(v)))
      state.voices = VOICES.filter((v) => list.includes(v));
    else bad('voice', voice);
  }
  const corroborated = params.get('corroborated');
  if (corroborated !== null) {
    if (corroborated === '1' || corroborated === '0') state.corroboratedOnly = corroborated === '1';
    else bad('corroborated', corroborated);
  }
  const asOf = params.get('asOf');
  if (asOf !== null) {
    if (isPossibleDate(asOf)) state.asOf = asOf;
    else bad('asOf', asOf);
  }
  const focus = params.get('focus');
  if (focus !== null) {
    const depth = params.get('depth');
    if (!graph.actorById.has(focus)) bad('focus', focus);
    else if (depth !== null && depth !== '1' && depth !== '2') bad('depth', depth);
    else state.focus = { actor: focus, depth: depth === '2' ? 2 : 1 };
  }
  // Several `relation` parameters select several relations (a sentence's); ids may hold commas.
  const relations = params.getAll('relation');
  const actor = params.get('actor');
  const known = relations.filter((id) => graph.relationById.has(id));
  relations.filter((id) => !graph.relationById.has(id)).forEach((id) => bad('relation', id));
  if (known.length === 1) state.selection = { type: 'relation', id: known[0]! };
  else if (known.length > 1) state.selection = { type: 'relations', ids: known };
  if (actor !== null) {
    if (state.selection) notices.push({ key: 'notice.twoSelections' });
    else if (graph.actorById.has(actor)) state.selection = { type: 'actor', id: actor };
    else bad('actor', actor);
  }
  const badNotices = [...badValues].map(([name, values]): Notice => {
    if (values.length === 1)
      return { key: 'notice.badParam', params: { name, value: shown(values[0]!) } };
    const listed = values.slice(0, MAX_LISTED).map(shown).join(', ');
    return {
      key: 'notice.badParams',
      params: {
        name,
        values: listed,
        count: String(values.length),
        more: String(values.length - Math.min(values.length, MAX_LISTED)),
      },
    };
  });
  return { state, notices: [...badNotices, ...notices] };
}

export interface ViewState {
  readonly lang: Language;
  readonly filters: Filters;
  readonly selection: Selection | null;
  readonly focus?: { readonly actor: string; readonly depth: 1 | 2 } | null;
}

/** Writes only what differs from the defaults, keeping unrelated parameters of the host URL. */
export function serializeUrlState(view: ViewState, defaults: ViewState, base: string): string {
  const params = new URLSearchParams(base);
  for (const key of URL_KEYS) params.delete(key);
  if (view.lang !== defaults.lang) params.set('lang', view.lang);
  const tension = formatTensions(view.filters.tensions);
  if (tension !== undefined) params.set('tension', tension);
  const allKinds = RELATION_KIND_IDS.every((k) => view.filters.kinds.includes(k));
  if (!allKinds) params.set('kinds', view.filters.kinds.join(','));
  if (!VOICES.every((v) => view.filters.voices.includes(v)))
    params.set('voice', view.filters.voices.join(',') || 'none');
  if (view.filters.corroboratedOnly) params.set('corroborated', '1');
  if (view.filters.asOf !== null) params.set('asOf', view.filters.asOf);
  const selection = view.selection;
  if (selection?.type === 'relations') selection.ids.forEach((id) => params.append('relation', id));
  else if (selection) params.set(selection.type, selection.id);
  if (view.focus) {
    params.set('focus', view.focus.actor);
    if (view.focus.depth === 2) params.set('depth', '2');
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

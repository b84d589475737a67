/**
 * The address bar's view parameters ⇄ the view (GUIDE §4), and nothing else: the page's own
 * parameters (embed, id, theme, graph) are app/params.ts's. Pure: parsing never throws, and every
 * value it cannot use becomes a notice instead of an error page.
 */
import { isPossibleDate } from '../model/calendar.ts';
import { VOICES, type Voice } from '../model/evidence.ts';
import type { Graph } from '../model/graph.ts';
import { formatTensions, parseTensions } from '../model/tensions.ts';
import {
  isLanguage,
  isRelationKind,
  RELATION_KIND_IDS,
  type Language,
  type RelationKind,
  type Tension,
} from '../model/vocabulary.ts';
import type { Notice } from './notices.ts';
import type { Focus, Selection, View } from './view.ts';

export interface UrlState {
  lang?: Language;
  tensions?: Tension[];
  kinds?: RelationKind[];
  voices?: Voice[];
  corroboratedOnly?: boolean;
  asOf?: string;
  selection?: Selection;
  focus?: Focus;
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

const MAX_SHOWN_VALUE = 40;
/** Bad values of one parameter named in its notice; the rest are counted. */
const MAX_LISTED = 3;

const shown = (v: string) => (v.length > MAX_SHOWN_VALUE ? `${v.slice(0, MAX_SHOWN_VALUE)}…` : v);

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

/** Writes only what differs from the defaults, keeping unrelated parameters of the host URL. */
export function serializeUrlState(view: View, defaults: View, base: string): string {
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

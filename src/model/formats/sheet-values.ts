/**
 * Cell values as people type them into spreadsheets, in English and Arabic: Arabic-Indic digits,
 * a typographic minus, yes/no words, kind names. Nothing is evaluated: a cell is text.
 */
import { normalizeForSearch } from '../search.ts';
import {
  ACTOR_KINDS,
  RELATION_KIND_IDS,
  type ActorKind,
  type RelationKind,
  type Tension,
} from '../vocabulary.ts';

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII; typographic minus signs to "-". */
export function asciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u2212\u2012\u2013\ufe63\uff0d]/g, '-')
    .replace(/\u066b/g, '.');
}

/**
 * Our CSV exports put an apostrophe before a cell that a spreadsheet would run as a formula
 * (model/export.ts guardFormula); reading our own sheet back takes it off again.
 */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Cells that a spreadsheet program would have run: worth a warning, never run here. */
export function looksLikeFormula(cell: string): boolean {
  return /^[=@]/.test(cell) || /^[+-][A-Za-z(]/.test(cell);
}

/** Word tables are written naturally and looked up as normalizeForSearch sees words. */
function normalized<V>(table: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(table).map(([k, v]) => [normalizeForSearch(k), v]));
}

const TENSION_WORDS = normalized<Tension>({
  allied: -2,
  ally: -2,
  allies: -2,
  متحالف: -2,
  حليف: -2,
  cooperative: -1,
  cooperation: -1,
  متعاون: -1,
  تعاون: -1,
  neutral: 0,
  محايد: 0,
  strained: 1,
  tense: 1,
  متوتر: 1,
  hostile: 2,
  عدائي: 2,
  معاد: 2,
});

export function parseTension(cell: string): Tension | undefined {
  const s = asciiDigits(cell).trim().replace(/^\+/, '');
  if (/^-?\d+(\.0+)?$/.test(s)) {
    const n = Number(s);
    return n >= -2 && n <= 2 ? (n as Tension) : undefined;
  }
  return TENSION_WORDS.get(normalizeForSearch(cell));
}

const DIRECTED_WORDS = normalized<boolean>({
  true: true,
  yes: true,
  y: true,
  1: true,
  directed: true,
  'one way': true,
  نعم: true,
  موجه: true,
  موجهة: true,
  false: false,
  no: false,
  n: false,
  0: false,
  undirected: false,
  mutual: false,
  both: false,
  لا: false,
  'غير موجه': false,
  'غير موجهة': false,
  متبادل: false,
  متبادلة: false,
});

export function parseDirected(cell: string): boolean | undefined {
  return DIRECTED_WORDS.get(normalizeForSearch(asciiDigits(cell)));
}

/** Kind names people use besides our ids (Kumu's types, Arabic words). */
const RELATION_SYNONYMS = normalized<RelationKind>({
  ally: 'alliance',
  allies: 'alliance',
  allied: 'alliance',
  تحالف: 'alliance',
  حلف: 'alliance',
  member: 'membership',
  'member of': 'membership',
  عضوية: 'membership',
  عضو: 'membership',
  leads: 'leadership',
  leader: 'leadership',
  قيادة: 'leadership',
  cooperates: 'cooperation',
  partner: 'cooperation',
  تعاون: 'cooperation',
  tension: 'strain',
  strained: 'strain',
  توتر: 'strain',
  criticises: 'criticism',
  criticizes: 'criticism',
  انتقاد: 'criticism',
  accuses: 'accusation',
  اتهام: 'accusation',
  denies: 'denial',
  نفي: 'denial',
  suspends: 'suspension',
  تعليق: 'suspension',
  recruits: 'recruitment',
  تجنيد: 'recruitment',
  attacks: 'attack',
  هجوم: 'attack',
  حرب: 'war',
});

const ACTOR_SYNONYMS = normalized<ActorKind>({
  country: 'state',
  nation: 'state',
  دولة: 'state',
  بلد: 'state',
  'former state': 'former-state',
  'former country': 'former-state',
  'دولة سابقة': 'former-state',
  organisation: 'alliance',
  organization: 'alliance',
  تحالف: 'alliance',
  منظمة: 'alliance',
  حلف: 'alliance',
  'armed group': 'armed-group',
  militia: 'armed-group',
  'militant group': 'armed-group',
  'جماعة مسلحة': 'armed-group',
  تنظيم: 'armed-group',
  'group of states': 'bloc',
  كتلة: 'bloc',
});

function byName<K extends string>(
  ids: readonly K[],
  synonyms: Map<string, K>,
  cell: string,
): K | undefined {
  const s = normalizeForSearch(cell);
  return ids.find((k) => normalizeForSearch(k) === s) ?? synonyms.get(s);
}

export const parseRelationKind = (cell: string) =>
  byName(RELATION_KIND_IDS, RELATION_SYNONYMS, cell);
export const parseActorKind = (cell: string) => byName(ACTOR_KINDS, ACTOR_SYNONYMS, cell);

const STANCE_WORDS = normalized<'asserts' | 'denies'>({
  asserts: 'asserts',
  assert: 'asserts',
  يؤكد: 'asserts',
  تأكيد: 'asserts',
  إثبات: 'asserts',
  denies: 'denies',
  deny: 'denies',
  denial: 'denies',
  ينفي: 'denies',
  نفي: 'denies',
});

export function parseStance(cell: string): 'asserts' | 'denies' | undefined {
  return STANCE_WORDS.get(normalizeForSearch(cell));
}

export function parseNumber(cell: string): number | undefined {
  const s = asciiDigits(cell).trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Arabic letters in a name say its language when the column does not. */
export function scriptLanguage(s: string): 'ar' | 'en' {
  return /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/.test(s)
    ? 'ar'
    : 'en';
}

/** A list in one cell: "a | b" (our export), or one per line. */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*[|\n]\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The cue lexicon (data/draft/lexicon.json) compiled into word patterns, and the search for cues
 * in a sentence's words. A pattern word ending in * matches any word that begins with it; Arabic
 * words are compared with their clitics stripped, so «واتهمت» finds "اتهم*".
 */
import data from '../../data/draft/lexicon.json';
import type { RelationKind } from '../model/vocabulary.ts';
import { normalizeWord, tokenize, variants, type Token } from './normalize.ts';
import type { DraftLang } from './types.ts';

export type CueRole = 'relation' | 'reporting' | 'negation' | 'complementizer' | 'between';

export interface CuePattern {
  words: { key: string; prefix: boolean }[];
  role: CueRole;
  form: string;
  kind?: RelationKind;
  weight: number;
  list?: boolean;
  denial?: boolean;
}

export interface Cue extends CuePattern {
  from: number;
  to: number;
  start: number;
  end: number;
}

interface LexiconData {
  kinds: Record<RelationKind, { plover: string | null; cameo: string | null; note: string }>;
  cues: ({ kind: RelationKind; weight: number; list?: boolean; denial?: boolean } & Record<
    DraftLang,
    string[]
  >)[];
  reporting: Record<DraftLang, string[]>;
  complementizers: Record<DraftLang, string[]>;
  negation: Record<DraftLang, string[]>;
  between: Record<DraftLang, string[]>;
}

export const LEXICON = data as unknown as LexiconData;

function compile(form: string, rest: Omit<CuePattern, 'words' | 'form'>): CuePattern | undefined {
  const words = form
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => {
      const prefix = w.endsWith('*');
      const t = tokenize(w.replace(/\*$/u, ''));
      return { key: t.map((x) => x.norm).join(''), prefix };
    })
    .filter((w) => w.key.length > 0);
  return words.length ? { words, form, ...rest } : undefined;
}

/** Cue patterns by their first word: exact words, and word beginnings (forms ending in *). */
interface CueIndex {
  exact: Map<string, CuePattern[]>;
  prefix: Map<string, CuePattern[]>;
  longestPrefix: number;
}
const compiled = new Map<DraftLang, CueIndex>();

function index(lang: DraftLang): CueIndex {
  const idx = compiled.get(lang);
  if (idx) return idx;

  const built: CueIndex = { exact: new Map(), prefix: new Map(), longestPrefix: 0 };
  const add = (p: CuePattern | undefined) => {
    if (!p) return;
    const first = p.words[0]!;
    const map = first.prefix ? built.prefix : built.exact;
    if (first.prefix) built.longestPrefix = Math.max(built.longestPrefix, first.key.length);
    const list = map.get(first.key) ?? [];
    list.push(p);
    map.set(first.key, list);
  };
  for (const c of LEXICON.cues)
    for (const form of c[lang])
      add(
        compile(form, {
          role: 'relation',
          kind: c.kind,
          weight: c.weight,
          ...(c.list ? { list: true } : {}),
          ...(c.denial ? { denial: true } : {}),
        }),
      );
  const plain = (role: CueRole, forms: string[]) => {
    for (const f of forms) add(compile(f, { role, weight: 1 }));
  };
  plain('reporting', LEXICON.reporting[lang]);
  plain('complementizer', LEXICON.complementizers[lang]);
  plain('negation', LEXICON.negation[lang]);
  plain('between', LEXICON.between[lang]);
  compiled.set(lang, built);
  return built;
}

// Attached pronouns: «انسحابها», «مشاركتها», «تنفيه» are the listed word plus "her/its/him".
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا', 'ي', 'ني'];

/** The bare words a form may be: itself, and itself without an attached pronoun. */
function bases(f: string): string[] {
  const out = [f];
  for (const p of PRONOUNS)
    if (f.length > p.length + 2 && f.endsWith(p)) {
      const stem = f.slice(0, -p.length);
      out.push(stem);
      // A ta marbuta (folded to ه) is written ت before a pronoun: مشاركة + ها → مشاركتها.
      if (stem.endsWith('ت')) out.push(`${stem.slice(0, -1)}ه`);
    }
  return out;
}

function wordMatches(w: { key: string; prefix: boolean }, forms: string[]): boolean {
  return forms.some((f) => (w.prefix ? f.startsWith(w.key) : bases(f).includes(w.key)));
}

const formsCache = new WeakMap<Token, string[]>();
function formsOf(t: Token): string[] {
  let f = formsCache.get(t);
  if (!f) formsCache.set(t, (f = variants(t.norm).map((v) => v.form)));
  return f;
}

const candidateCache = new WeakMap<CueIndex, Map<string, CuePattern[]>>();

/** Patterns whose first word may be this word (any of its forms); cached, as words repeat. */
function candidates(idx: CueIndex, norm: string, forms: string[]): CuePattern[] {
  let cache = candidateCache.get(idx);
  if (!cache) candidateCache.set(idx, (cache = new Map()));
  let hit = cache.get(norm);
  if (hit) return hit;
  const out = new Set<CuePattern>();
  for (const f of forms) {
    for (const b of bases(f)) for (const p of idx.exact.get(b) ?? []) out.add(p);
    for (let n = 1; n <= Math.min(f.length, idx.longestPrefix); n++)
      for (const p of idx.prefix.get(f.slice(0, n)) ?? []) out.add(p);
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(norm, (hit = [...out]));
  return hit;
}

/** Every cue in the words, longest first at each position; a word may carry several roles. */
export function findCues(tokens: Token[], lang: DraftLang): Cue[] {
  const idx = index(lang);
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found: Cue[] = [];
    for (const p of candidates(idx, tokens[i]!.norm, formsOf(tokens[i]!))) {
      if (i + p.words.length > tokens.length) continue;
      if (!p.words.every((w, k) => wordMatches(w, formsOf(tokens[i + k]!)))) continue;
      found.push({
        ...p,
        from: i,
        to: i + p.words.length,
        start: tokens[i]!.start,
        end: tokens[i + p.words.length - 1]!.end,
      });
    }
    // One cue per role and position: the longest (then the strongest) form.
    const best = new Map<string, Cue>();
    for (const c of found) {
      const key = c.role === 'relation' ? `r:${c.kind}` : c.role;
      const b = best.get(key);
      const len = c.to - c.from;
      if (!b || len > b.to - b.from || (len === b.to - b.from && c.weight > b.weight))
        best.set(key, c);
    }
    out.push(...best.values());
  }
  return out;
}

export function ploverOf(kind: RelationKind): { plover?: string; cameo?: string } {
  const k = LEXICON.kinds[kind];
  return { ...(k?.plover ? { plover: k.plover } : {}), ...(k?.cameo ? { cameo: k.cameo } : {}) };
}

export { normalizeWord };

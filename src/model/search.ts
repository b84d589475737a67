/**
 * Finding actors by any of their names, in either language. Arabic is matched without the
 * differences readers don't type: diacritics, tatweel, alef and yeh/alef-maqsura variants,
 * teh marbuta; Latin without case or accents.
 */
import type { Graph } from './graph.ts';
import type { Actor } from './schema.ts';

export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '') // Latin accents, Arabic harakat, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '') // zero-width and bidi controls
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SearchHit {
  readonly actor: Actor;
  /** The name or alias that matched, as written. */
  readonly matched: string;
}

/** Names first, then aliases; prefix matches before inner matches; at most `limit` hits. */
export function searchActors(graph: Graph, query: string, limit = 8): SearchHit[] {
  const q = normalizeForSearch(query);
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  graph.actors.forEach((actor, order) => {
    const names = [actor.name.en, actor.name.ar].map((n) => ({ n, alias: false }));
    const aliases = [...(actor.aliases?.en ?? []), ...(actor.aliases?.ar ?? [])].map((n) => ({
      n,
      alias: true,
    }));
    let best: { score: number; matched: string } | undefined;
    for (const { n, alias } of [...names, ...aliases]) {
      const norm = normalizeForSearch(n);
      const at = norm.indexOf(q);
      if (at < 0) continue;
      const wordStart = at === 0 || norm[at - 1] === ' ';
      const score = (alias ? 2 : 0) + (at === 0 ? 0 : wordStart ? 1 : 3);
      if (!best || score < best.score) best = { score, matched: n };
    }
    if (best) scored.push({ hit: { actor, matched: best.matched }, score: best.score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.hit);
}

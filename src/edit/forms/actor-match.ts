/**
 * Type-ahead over the draft's actors: every name and alias in both languages, matched without
 * the differences people do not type (case, accents, Arabic diacritics and letter variants). An
 * exact match is reported, so the form offers the existing actor instead of a duplicate.
 */
import { normalizeForSearch } from '../../model/search.ts';
import type { Actor } from '../../model/schema.ts';

export interface ActorHit {
  actor: Actor;
  /** The name or alias that matched, as written. */
  matched: string;
  /** The query is this name or alias, all but spelling differences. */
  exact: boolean;
}

export function namesOf(actor: Actor): { text: string; alias: boolean }[] {
  return [
    { text: actor.name.en, alias: false },
    { text: actor.name.ar, alias: false },
    ...(actor.aliases?.en ?? []).map((text) => ({ text, alias: true })),
    ...(actor.aliases?.ar ?? []).map((text) => ({ text, alias: true })),
  ].filter((n) => n.text.trim() !== '');
}

/**
 * The actors a query finds, best first: exact names, then the actors the sentence at hand
 * mentions (`first`: the quote's own actors are the likeliest ends), then the rest by how well
 * they match. An empty query lists the mentioned actors first.
 */
export function matchActors(
  actors: readonly Actor[],
  query: string,
  limit = 8,
  first: ReadonlySet<string> = new Set(),
): ActorHit[] {
  const q = normalizeForSearch(query);
  const bonus = (actor: Actor) => (first.has(actor.id) ? -5 : 0);
  const scored: { hit: ActorHit; score: number; order: number }[] = [];
  actors.forEach((actor, order) => {
    if (q === '') {
      scored.push({ hit: { actor, matched: '', exact: false }, score: bonus(actor), order });
      return;
    }
    let best: { score: number; hit: ActorHit } | undefined;
    for (const { text, alias } of namesOf(actor)) {
      const norm = normalizeForSearch(text);
      const at = norm.indexOf(q);
      if (at < 0) continue;
      const exact = norm === q;
      const wordStart = at === 0 || norm[at - 1] === ' ';
      const score = (exact ? -10 : 0) + (alias ? 2 : 0) + (at === 0 ? 0 : wordStart ? 1 : 3);
      if (!best || score < best.score) best = { score, hit: { actor, matched: text, exact } };
    }
    if (best) scored.push({ hit: best.hit, score: best.score + bonus(actor), order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.hit);
}

/** The actor this exact name or alias belongs to, if any (the guard against duplicates). */
export function actorNamed(actors: readonly Actor[], name: string): Actor | undefined {
  const q = normalizeForSearch(name);
  if (q === '') return undefined;
  return actors.find((a) => namesOf(a).some((n) => normalizeForSearch(n.text) === q));
}

/**
 * The actors a quote's sentence mentions, as the drafting assistant read it: the draft's own, and
 * those it found by name (the gazetteer) that the draft lacks yet. The type-ahead offers them
 * first — a quote's ends and speaker are nearly always named in its sentence — then the actors
 * it found anywhere else in the article, so that "Turkey", named two sentences up, is taken with
 * its Arabic name rather than made again by hand as a new actor with none.
 */
import type { Draft } from '../../draft/index.ts';
import type { Actor } from '../../model/schema.ts';

export interface Mentioned {
  /** Named in the quote's sentence(s): the draft's own actors and ones it lacks. */
  readonly inSentence: readonly Actor[];
  /** Named elsewhere in the article and not in the draft yet. */
  readonly inArticle: readonly Actor[];
}

export function mentionedActors(
  reading: Pick<Draft, 'mentions' | 'actors'> | null,
  actors: readonly Actor[],
  span: { readonly start: number; readonly end: number },
  sentences: readonly { readonly start: number; readonly end: number }[],
): Mentioned {
  if (!reading) return { inSentence: [], inArticle: [] };
  // The sentences the quote touches (a quote may run across two).
  const touched = sentences.filter(
    (s) => s.start < Math.max(span.end, span.start + 1) && s.end > span.start,
  );
  const inside = (at: number) => touched.some((s) => at >= s.start && at < s.end);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const proposed = new Map(reading.actors.map((a) => [a.id, a]));
  const asFound = (found: Draft['actors'][number]): Actor => ({
    id: found.id,
    kind: found.kind,
    name: { ...found.name },
    ...(found.aliases ? { aliases: found.aliases } : {}),
    ...(found.wikidata ? { wikidata: found.wikidata } : {}),
  });
  const out = new Map<string, Actor>();
  const elsewhere = new Map<string, Actor>();
  for (const m of reading.mentions) {
    const own = byId.get(m.actor);
    const found = proposed.get(m.actor);
    if (inside(m.start)) {
      if (out.has(m.actor)) continue;
      if (own) out.set(m.actor, own);
      else if (found) out.set(m.actor, asFound(found));
    } else if (!own && found && !elsewhere.has(m.actor)) elsewhere.set(m.actor, asFound(found));
  }
  return {
    inSentence: [...out.values()],
    inArticle: [...elsewhere.values()].filter((a) => !out.has(a.id)),
  };
}

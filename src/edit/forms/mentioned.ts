/**
 * The actors a quote's sentence mentions, as the drafting assistant read it: the draft's own, and
 * those it found by name (the gazetteer) that the draft lacks yet. The type-ahead offers them
 * first — a quote's ends and speaker are nearly always named in its sentence.
 */
import type { Draft } from '../../draft/index.ts';
import type { Actor } from '../../model/schema.ts';

export function mentionedActors(
  reading: Pick<Draft, 'mentions' | 'actors'> | null,
  actors: readonly Actor[],
  span: { readonly start: number; readonly end: number },
  sentences: readonly { readonly start: number; readonly end: number }[],
): Actor[] {
  if (!reading) return [];
  // The sentences the quote touches (a quote may run across two).
  const touched = sentences.filter(
    (s) => s.start < Math.max(span.end, span.start + 1) && s.end > span.start,
  );
  const inside = (at: number) => touched.some((s) => at >= s.start && at < s.end);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const proposed = new Map(reading.actors.map((a) => [a.id, a]));
  const out = new Map<string, Actor>();
  for (const m of reading.mentions) {
    if (!inside(m.start) || out.has(m.actor)) continue;
    const own = byId.get(m.actor);
    const found = proposed.get(m.actor);
    if (own) out.set(m.actor, own);
    else if (found)
      out.set(m.actor, {
        id: found.id,
        kind: found.kind,
        name: { ...found.name },
        ...(found.aliases ? { aliases: found.aliases } : {}),
        ...(found.wikidata ? { wikidata: found.wikidata } : {}),
      });
  }
  return [...out.values()];
}

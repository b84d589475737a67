/** What the shipped data must satisfy, beyond the validator: evidence is sacred (GUIDE §3). */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../src/model/schema.ts';

const graph = JSON.parse(await readFile('data/graphs/crocus-2024.json', 'utf8')) as GraphFile;
const article = await readFile('data/sources/crocus-2024-ar.txt', 'utf8');
const seed = await readFile('../shared/seed/000_586cb65ba42a6d58.txt', 'utf8').catch(
  () => undefined,
);

describe('the Crocus graph', () => {
  it('keeps the article verbatim', () => {
    if (seed === undefined) return; // the seed lives outside the repository; CI has it beside the clone
    expect(article).toBe(seed);
  });

  it('quotes the article exactly, character for character', () => {
    for (const r of graph.relations)
      for (const e of r.evidence)
        expect(article.includes(e.quote), `${r.id}: ${e.quote}`).toBe(true);
  });

  it('has the six actors of the design card', () => {
    const ids = graph.actors.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['russia', 'tajikistan', 'armenia', 'csto', 'isis-k', 'ukraine']),
    );
  });

  it('ties at least the pairs GUIDE §3 names', () => {
    const pairs = new Set(graph.relations.map((r) => [r.source, r.target].sort().join('|')));
    for (const [a, b] of [
      ['russia', 'tajikistan'],
      ['tajikistan', 'csto'],
      ['russia', 'csto'],
      ['armenia', 'csto'],
      ['armenia', 'russia'],
      ['isis-k', 'russia'],
      ['russia', 'ukraine'],
    ])
      expect(pairs.has([a, b].sort().join('|')), `${a}–${b}`).toBe(true);
  });

  it('keeps Russia–Tajikistan alliance, tension, accusation and denial as separate relations', () => {
    const kinds = graph.relations
      .filter((r) => [r.source, r.target].sort().join('|') === 'russia|tajikistan')
      .map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['alliance', 'strain', 'accusation', 'denial']));
  });

  it('flags the article glitches with an editor’s note', () => {
    const noted = (fragment: string) =>
      graph.relations.some((r) => r.evidence.some((e) => e.quote.includes(fragment) && e.note));
    expect(noted('وزارة الخارجية الروسية')).toBe(true); // misattributed denial
    expect(noted('الانترنتوقال')).toBe(true); // missing space
  });

  it('has no actor without a relation', () => {
    const tied = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
    expect(graph.actors.filter((a) => !tied.has(a.id)).map((a) => a.id)).toEqual([]);
  });
});

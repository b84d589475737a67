import { describe, expect, it } from 'vitest';
import { updateActor } from './ops.ts';
import { followDefaultSummaries, type SummaryOf } from './summaries.ts';
import { draft } from './test-draft.ts';
import type { DraftGraph } from './types.ts';

// A stand-in for summary.ts's wording: "<source> – <target>", from the names in the graph.
const summaryOf: SummaryOf = (g, r) => {
  const name = (id: string, lang: 'en' | 'ar') => {
    const a = g.actors.find((x) => x.id === id)!;
    return a.name[lang] || a.name.en;
  };
  return {
    en: `${name(r.source, 'en')} – ${name(r.target, 'en')}`,
    ar: `${name(r.source, 'ar')} – ${name(r.target, 'ar')}`,
  };
};

/** The test draft with its first relation's summary as made from its names, and its actor. */
function withDefaultSummary(): { g: DraftGraph; actor: string; relation: string } {
  const g0 = draft();
  const r = g0.relations[0]!;
  const g = {
    ...g0,
    relations: g0.relations.map((x, i) => (i === 0 ? { ...x, summary: summaryOf(g0, x) } : x)),
  };
  return { g, actor: r.source, relation: r.id };
}

describe('followDefaultSummaries', () => {
  it('rewrites a summary made from the old names when an actor is renamed', () => {
    const { g, actor, relation } = withDefaultSummary();
    const after = updateActor(g, actor, { name: { en: 'Renamed', ar: 'اسم جديد' } });
    const next = followDefaultSummaries(g, after, actor, summaryOf);
    const r = next.relations.find((x) => x.id === relation)!;
    expect(r.summary.en.startsWith('Renamed – ')).toBe(true);
    expect(r.summary.ar.startsWith('اسم جديد – ')).toBe(true);
  });

  it("leaves a summary its author wrote as written, and the other relations' too", () => {
    const { g, actor, relation } = withDefaultSummary();
    const written = {
      ...g,
      relations: g.relations.map((x) =>
        x.id === relation ? { ...x, summary: { ...x.summary, en: 'As the author put it' } } : x,
      ),
    };
    const after = updateActor(written, actor, { name: { en: 'Renamed', ar: 'اسم جديد' } });
    const next = followDefaultSummaries(written, after, actor, summaryOf);
    const r = next.relations.find((x) => x.id === relation)!;
    expect(r.summary.en).toBe('As the author put it');
    expect(r.summary.ar.startsWith('اسم جديد – ')).toBe(true);
    const others = (x: DraftGraph) => x.relations.filter((y) => y.id !== relation);
    expect(others(next)).toEqual(others(after));
  });
});

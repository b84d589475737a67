import { describe, expect, it } from 'vitest';
import { emptyDocument } from './doc/index.ts';
import type { DraftGraph } from './doc/index.ts';
import { checkDraft } from './check.ts';

const TEXT = 'Russia accused Ukraine. Kyiv denied it.';

function draftGraph(): DraftGraph {
  const g = emptyDocument('g').graph;
  return {
    ...g,
    title: { en: 'A graph', ar: '' },
    sources: [{ id: 's', language: 'en', title: { en: 'S', ar: 'م' }, text: TEXT }],
    actors: [
      { id: 'russia', kind: 'state', name: { en: 'Russia', ar: 'روسيا' } },
      { id: 'ukraine', kind: 'state', name: { en: 'Ukraine', ar: 'أوكرانيا' } },
    ],
    relations: [
      {
        id: 'pending',
        source: 'russia',
        target: 'ukraine',
        kind: 'accusation',
        directed: true,
        tension: 1,
        summary: { en: '', ar: '' },
        evidence: [{ source: 's', quote: 'Russia accused Ukraine.' }],
        suggestion: { by: 'x', confidence: 0.5, triggers: [] },
      },
      {
        id: 'done',
        source: 'russia',
        target: 'ukraine',
        kind: 'accusation',
        directed: true,
        tension: 1,
        summary: { en: 'Russia accuses Ukraine', ar: '' },
        evidence: [{ source: 's', quote: 'Russia accused Ukraine.' }],
      },
    ],
  };
}

describe('checkDraft', () => {
  it('checks the graph as exported: suggestions left out, problems tied to their field', () => {
    const { ok, problems, file } = checkDraft(draftGraph());
    expect(ok).toBe(false);
    expect(file.relations.map((r) => r.id)).toEqual(['done']);
    expect(problems.map((p) => p.target)).toEqual(
      expect.arrayContaining([
        { type: 'graph', field: 'title.ar' },
        { type: 'relation', id: 'done', field: 'summary.ar' },
        { type: 'relation', id: 'done', evidence: 0, field: 'evidence.translation.ar' },
      ]),
    );
  });

  it('passes once everything is filled in', () => {
    const g = draftGraph();
    g.title.ar = 'شبكة';
    g.relations[1]!.summary.ar = 'روسيا تتهم أوكرانيا';
    g.relations[1]!.evidence[0]!.translation = { ar: 'اتهمت روسيا أوكرانيا.' };
    expect(checkDraft(g)).toMatchObject({ ok: true, problems: [] });
  });
});

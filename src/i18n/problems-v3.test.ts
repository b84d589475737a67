/**
 * The validator's problems with the format's v3 fields (events, quote offsets, Wikidata ids,
 * positions, suggestions) read in Arabic in the Arabic interface — none falls back to the
 * schema's English words — and in plain English in the English one.
 */
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../model/parse.ts';
import { testGraphFile } from '../model/test-graph.ts';
import type { Problem } from '../model/validate.ts';
import { createI18n } from './i18n.ts';
import { problemText } from './problems.ts';

type Loose = Record<string, unknown> & { actors: Record<string, unknown>[] };

/** Graphs each breaking v3 fields in one way the schema refuses. */
function brokenGraphs(): unknown[] {
  const graphs: Loose[] = [];
  const make = (change: (g: Loose & { relations: Record<string, unknown>[] }) => void) => {
    const g = testGraphFile() as unknown as Loose & { relations: Record<string, unknown>[] };
    change(g);
    graphs.push(g);
  };
  const evidence = (g: { relations: Record<string, unknown>[] }) =>
    (g.relations[0]!.evidence as Record<string, unknown>[])[0]!;
  make((g) => {
    g.actors[0]!.wikidata = 'Russia';
    g.actors[1]!.position = { x: 1e9, y: 0 };
    g.actors[0]!.position = { x: Number.NaN, y: 0 };
    g.actors[2]!.position = { x: 'left', y: 0 };
    g.relations[0]!.about = 'the attack';
    evidence(g).at = { start: -1, end: 2.5 };
    evidence(g).stance = 'maybe';
    evidence(g).when = { date: '2024-03-22', basis: 'guessed', expression: 'يوم السبت' };
  });
  make((g) => {
    evidence(g).at = { start: 5, end: 2 };
    (g.relations[1]!.evidence as Record<string, unknown>[])[0]!.at = 'here';
    g.relations[1]!.suggestion = { by: 'x', confidence: 3, triggers: 'none' };
    g.actors[0]!.wikidata = 159;
  });
  make((g) => {
    evidence(g).at = { start: 0, end: 1e12 };
    g.relations[1]!.suggestion = { by: 'x', confidence: 'high', triggers: [] };
    g.events = [{ id: 'attack', name: { en: 'The attack', ar: 'الهجوم' } }];
    (g.sources as Record<string, unknown>[])[0]!.published = '22 March';
  });
  return graphs;
}

function problems(): Problem[] {
  return brokenGraphs().flatMap((g) => {
    const parsed = parseGraph(g);
    return parsed.ok ? [] : parsed.problems;
  });
}

describe('v3 problems in the interface language', () => {
  it('are all found (the graphs really are broken as meant)', () => {
    const messages = problems().map((p) => p.message);
    for (const m of [
      /Wikidata/,
      /between/,
      /negative/,
      /whole number/,
      /end must be after start/,
      /at most/,
      /from 0 to 1/,
      /"asserts" or "denies"/,
      /"stated" or "resolved"/,
      /event ids/,
    ])
      expect(
        messages.some((x) => m.test(x)),
        String(m),
      ).toBe(true);
  });

  it('read in Arabic in the Arabic interface, never in the schema’s English', () => {
    const t = createI18n('ar').getFixedT('ar');
    for (const p of problems()) {
      const text = problemText(p, t);
      expect(text, p.message).toMatch(/[\u0600-\u06ff]/);
      expect(text, p.message).not.toMatch(/must|after start|negative|finite|between|event ids/);
    }
  });

  it('read in English in the English interface, with the values they name', () => {
    const t = createI18n('en').getFixedT('en');
    const texts = problems().map((p) => problemText(p, t));
    expect(texts).toContain('must be "asserts" or "denies"');
    expect(texts).toContain('must be "stated" or "resolved"');
    expect(texts.some((x) => /^must be between -1000000 and 1000000$/.test(x))).toBe(true);
  });
});

/** Format v3: Wikidata ids, quote offsets, events, suggestions, and fields the loader does not know. */
import { describe, expect, it } from 'vitest';
import { visibleGraphFile } from './export.ts';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { parseGraph, type ParseResult } from './parse.ts';
import type { GraphFile } from './schema.ts';
import { SOURCE_TEXT, testGraphFile } from './test-graph.ts';
import { formatProblem } from './validate.ts';

const problems = (r: ParseResult) => (r.ok ? [] : r.problems.map(formatProblem));
type Loose = Record<string, unknown>;
const loose = (v: unknown) => v as Loose;

const SATURDAY = 'قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.';
const ALLIES = 'وطاجيكستان وروسيا حليفتان.';

/** The test graph with an event (dated by the Saturday sentence) that the alliance is about. */
function withEvent(): GraphFile {
  const file = testGraphFile();
  file.events = [
    {
      id: 'statement',
      name: { en: 'The statement', ar: 'التصريح' },
      evidence: {
        source: 'src',
        quote: SATURDAY,
        translation: { en: 'Russia said on Saturday …' },
        when: { date: '2024-03-23', basis: 'resolved', expression: 'يوم السبت' },
      },
    },
  ];
  file.relations[1]!.about = ['statement'];
  return file;
}

describe('unknown fields survive loading and export', () => {
  it('keeps an actor’s wikidata and a custom deskNote, and every level’s unknown fields', () => {
    const file = withEvent() as unknown as Loose & {
      sources: Loose[];
      actors: Loose[];
      relations: (Loose & { evidence: Loose[] })[];
      events: Loose[];
    };
    file.actors[0]!.wikidata = 'Q159';
    file.actors[0]!.deskNote = 'check the spelling with the Moscow desk';
    file.deskNote = 'graph-level';
    file.sources[0]!.deskNote = { reviewer: 'A.', pages: [1, 2] };
    file.relations[0]!.deskNote = 'relation-level';
    file.relations[0]!.evidence[0]!.deskNote = 'evidence-level';
    file.events[0]!.deskNote = 'event-level';
    const r = parseGraph(file);
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    const out = loose(
      JSON.parse(
        JSON.stringify(visibleGraphFile(r.graph, computeVisibility(r.graph, ALL_FILTERS))),
      ),
    );
    const actor = loose((out.actors as unknown[])[0]);
    expect(actor.wikidata).toBe('Q159');
    expect(actor.deskNote).toBe('check the spelling with the Moscow desk');
    expect(out.deskNote).toBe('graph-level');
    expect(loose((out.sources as unknown[])[0]).deskNote).toEqual({
      reviewer: 'A.',
      pages: [1, 2],
    });
    const relation = loose((out.relations as unknown[])[0]);
    expect(relation.deskNote).toBe('relation-level');
    expect(loose((relation.evidence as unknown[])[0]).deskNote).toBe('evidence-level');
    expect(loose((out.events as unknown[])[0]).deskNote).toBe('event-level');
    // …and the export loads back with the same fields.
    expect(problems(parseGraph(out))).toEqual([]);
  });

  it('still checks known fields strictly', () => {
    const file = testGraphFile() as unknown as { actors: Loose[] };
    file.actors[0]!.wikidata = 'Russia';
    file.actors[1]!.wikidata = 'Q0';
    expect(problems(parseGraph(file))).toEqual([
      'actors[0].wikidata: must be a Wikidata id such as "Q159"',
      'actors[1].wikidata: must be a Wikidata id such as "Q159"',
    ]);
  });
});

describe('quote offsets (evidence.at)', () => {
  const start = SOURCE_TEXT.indexOf(SATURDAY);

  it('accepts offsets that point at the quote', () => {
    const file = testGraphFile();
    file.relations[0]!.evidence[0]!.at = { start, end: start + SATURDAY.length };
    // Whitespace is folded as in quotes: the alliance quote has three spaces, the text one.
    const allies = SOURCE_TEXT.indexOf(ALLIES);
    file.relations[1]!.evidence[0]!.at = { start: allies, end: allies + ALLIES.length };
    expect(problems(parseGraph(file))).toEqual([]);
  });

  it('reports offsets that do not point at the quote, by path', () => {
    const file = testGraphFile();
    file.relations[0]!.evidence[0]!.at = { start: start + 1, end: start + SATURDAY.length };
    file.relations[0]!.evidence[1]!.at = { start: 0, end: SOURCE_TEXT.length + 5 };
    expect(problems(parseGraph(file))).toEqual([
      expect.stringMatching(/^relations\[0\]\.evidence\[0\]\.at: the text of source "src" at 1–/),
      `relations[0].evidence[1].at.end: ${SOURCE_TEXT.length + 5} is past the end of source "src" (${SOURCE_TEXT.length} characters)`,
    ]);
  });

  it('rejects offsets that are not a span', () => {
    const file = testGraphFile() as unknown as { relations: { evidence: Loose[] }[] };
    file.relations[0]!.evidence[0]!.at = { start: 5, end: 5 };
    file.relations[0]!.evidence[1]!.at = { start: -1, end: 2.5 };
    expect(problems(parseGraph(file))).toEqual([
      'relations[0].evidence[0].at.end: end must be after start',
      'relations[0].evidence[1].at.start: must not be negative',
      'relations[0].evidence[1].at.end: must be a whole number',
    ]);
  });
});

describe('events', () => {
  it('dates a relation by the event it is about', () => {
    const r = parseGraph(withEvent());
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.graph.facts.get('ru-tj-alliance')?.start).toBe('2024-03-23');
    const shown = (asOf: string) =>
      computeVisibility(r.graph, { ...ALL_FILTERS, asOf }).relationIds.has('ru-tj-alliance');
    expect(shown('2024-03-22')).toBe(false);
    expect(shown('2024-03-23')).toBe(true);
  });

  it('checks that events exist and that their quote dates them', () => {
    const file = withEvent();
    file.relations[0]!.about = ['statement', 'atlantis'];
    file.events![0]!.evidence.quote = 'روسيا قالت يوم السبت';
    file.events![0]!.evidence.when.expression = 'يوم الأحد';
    file.events!.push({ ...structuredClone(file.events![0]!), id: 'statement' });
    file.events![1]!.evidence.quote = SATURDAY;
    file.events![1]!.evidence.when.expression = 'يوم السبت';
    expect(problems(parseGraph(file))).toEqual([
      'events[1].id: duplicate id "statement" (first used at events[0])',
      'relations[0].about[1]: no event with id "atlantis"',
      'events[0].evidence.quote: not found in source "src": “روسيا قالت يوم السبت”',
      'events[0].evidence.when.expression: “يوم الأحد” is not part of the quote',
    ]);
  });

  it('needs an event to be dated', () => {
    const file = withEvent() as unknown as { events: { evidence: Loose }[] };
    delete file.events[0]!.evidence.when;
    expect(problems(parseGraph(file))).toEqual(['events[0].evidence.when: is missing']);
  });
});

describe('suggestions of the drafting assistant', () => {
  function withSuggestion(): GraphFile {
    const file = testGraphFile();
    const start = SOURCE_TEXT.indexOf('حليفتان');
    file.relations.push({
      ...structuredClone(file.relations[1]!),
      id: 'suggested',
      suggestion: {
        by: 'drafting assistant 0.1',
        confidence: 0.7,
        triggers: [{ text: 'حليفتان', start, end: start + 'حليفتان'.length, role: 'cue' }],
      },
    });
    return file;
  }

  it('accepts a suggestion but never gives it to the reader as a relation', () => {
    const r = parseGraph(withSuggestion());
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.graph.relations.map((x) => x.id)).toEqual(['ru-tj-accusation', 'ru-tj-alliance']);
    expect(r.graph.relationById.has('suggested')).toBe(false);
    expect(r.graph.relationsByActor.get('russia')?.map((x) => x.id)).not.toContain('suggested');
    expect(r.graph.unreviewed).toBe(1);
    const visible = computeVisibility(r.graph, ALL_FILTERS);
    expect(visible.relationIds.has('suggested')).toBe(false);
    expect(visibleGraphFile(r.graph, visible).relations.map((x) => x.id)).not.toContain(
      'suggested',
    );
  });

  it('checks the suggestion and its trigger words', () => {
    const file = withSuggestion();
    const suggestion = file.relations[2]!.suggestion!;
    suggestion.confidence = 1.5;
    suggestion.triggers[0]!.start += 1;
    expect(problems(parseGraph(file))).toEqual([
      'relations[2].suggestion.confidence: must be a number from 0 to 1',
      expect.stringMatching(/^relations\[2\]\.suggestion\.triggers\[0\]: the text of source "src"/),
    ]);
  });
});

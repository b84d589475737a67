/**
 * A graph for the format round trips: Arabic names and quotes, parallel relations (two between
 * the same pair in the same direction, one undirected beside them), ids and texts that XML and
 * CSV must escape, positions with a zero and negatives, and fields of a newsroom's own.
 */
import { expect } from 'vitest';
import type { GraphFile } from '../schema.ts';
import { locateQuote } from '../text.ts';
import { SOURCE_TEXT, testGraphFile } from '../test-graph.ts';

export const AWKWARD_ID = 'مجموعة "x" <&> a,b;c #1';

export function roundTripFile(): GraphFile {
  const file = testGraphFile();
  file.description = { en: 'Tabs\tand\nnew lines, <b>tags</b> & "quotes"', ar: 'وصف «عربي»' };
  const [russia, tajikistan, csto] = file.actors;
  russia!.position = { x: 0, y: -12.5 };
  russia!.aliases = { en: ['Russian Federation'], ar: ['روسيا الاتحادية', 'موسكو'] };
  tajikistan!.position = { x: 120.25, y: 0 };
  csto!.position = { x: -40, y: 80 };
  csto!.description = { en: 'A military alliance', ar: 'تحالف عسكري' };
  // An empty list is a value too (the shipped graph has them): no cell can say it, the JSON can.
  csto!.aliases = { en: ['CSTO'], ar: [] };
  file.actors.push({
    id: AWKWARD_ID,
    kind: 'armed-group',
    name: { en: '=HYPERLINK("x") group', ar: 'جماعة "س" <ص>' },
    position: { x: 5, y: 5 },
  });
  Object.assign(russia!, { desk_note: 'checked by the desk', wikidata: 'Q159' });
  file.relations.push(
    {
      id: 'ru-tj-criticism',
      source: 'russia',
      target: 'tajikistan',
      kind: 'criticism',
      directed: true,
      tension: 1,
      summary: { en: 'Russia, once more', ar: 'روسيا\nمرة أخرى' },
      evidence: [{ source: 'src', quote: 'قالت روسيا', translation: { en: 'Russia said' } }],
    },
    {
      id: 'awkward-csto',
      source: AWKWARD_ID,
      target: 'csto',
      kind: 'attack',
      directed: true,
      tension: 2,
      // U+000B cannot be written in XML at all: it must travel inside the JSON rest.
      summary: { en: '-1 +1 @x', ar: 'هجوم\u000bمفاجئ' },
      evidence: [
        {
          source: 'src',
          quote: 'جاءوا من طاجيكستان',
          translation: { en: 'came from Tajikistan' },
          note: { en: 'A note, with "quotes"; and a semicolon' },
        },
      ],
    },
  );
  Object.assign(file.relations[0]!, { confidence_desk: 3 });
  Object.assign(file, { newsroom: { desk: 'world', tags: ['ru', 'tj'] } });
  Object.assign(file.sources[0]!, { deskNote: { reviewer: 'A.', pages: [1, 2] } });
  // v3: an event a relation is about, quotes' offsets, an unreviewed suggestion.
  file.events = [
    {
      id: 'statement',
      name: { en: 'The statement', ar: 'التصريح' },
      evidence: {
        source: 'src',
        quote: 'قالت روسيا يوم السبت',
        translation: { en: 'Russia said on Saturday' },
        when: { date: '2024-03-23', basis: 'resolved', expression: 'يوم السبت' },
      },
    },
  ];
  file.relations[1]!.about = ['statement'];
  const trigger = locateQuote(SOURCE_TEXT, 'قالت')!;
  file.relations[3]!.suggestion = {
    by: 'draft/1',
    confidence: 0.4,
    triggers: [{ text: 'قالت', start: trigger[0], end: trigger[1], role: 'cue' }],
  };
  for (const relation of file.relations)
    for (const evidence of relation.evidence) {
      const [start, end] = locateQuote(SOURCE_TEXT, evidence.quote)!;
      evidence.at = { start, end };
    }
  Object.assign(file.relations[0]!.evidence[0]!, { deskNote: 'evidence-level' });
  return file;
}

/** The fields no format has a place for came back too (GUIDE §3: a newsroom's own never vanish). */
export function expectOwnFieldsKept(file: GraphFile): void {
  const loose = file as unknown as Record<string, never>;
  expect(loose.newsroom).toEqual({ desk: 'world', tags: ['ru', 'tj'] });
  expect(file.actors[0]).toMatchObject({ desk_note: 'checked by the desk', wikidata: 'Q159' });
  expect(file.sources[0]).toMatchObject({ deskNote: { reviewer: 'A.', pages: [1, 2] } });
  expect(file.relations[0]).toMatchObject({ confidence_desk: 3 });
  expect(file.relations[0]!.evidence[0]).toMatchObject({ deskNote: 'evidence-level' });
  expect(file.relations[0]!.evidence[0]!.at).toBeDefined();
  expect(file.relations[1]!.about).toEqual(['statement']);
  expect(file.relations[3]!.suggestion?.by).toBe('draft/1');
  expect(file.events?.[0]?.id).toBe('statement');
}

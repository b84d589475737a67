/** A richer graph than test-graph.ts for the export tests: awkward text, a second source. */
import type { Graph } from './graph.ts';
import type { GraphFile } from './schema.ts';
import { testGraphFile } from './test-graph.ts';

const SECOND_TEXT = 'Officials said: "yes, we agree"\nand nothing more. A second sentence.';

/** The test graph plus a second source, a relation with awkward text and a membership. */
export function richFile(): GraphFile {
  const file = testGraphFile();
  file.sources.push({
    id: 'wire',
    language: 'en',
    title: { en: 'A "wire", story', ar: 'خبر وكالة' },
    outlet: 'Wire, London',
    published: '2024-03-25',
    url: 'https://example.org/a?b=1,2',
    text: SECOND_TEXT,
  });
  file.actors.push({
    id: 'kazakhstan',
    kind: 'state',
    name: { en: 'Kazakhstan', ar: 'كازاخستان' },
  });
  file.relations.push(
    {
      id: 'ru-csto-cooperation',
      source: 'russia',
      target: 'csto',
      kind: 'cooperation',
      directed: false,
      tension: -1,
      summary: { en: '=HYPERLINK("http://evil.example","click")', ar: 'تعاون، "وثيق"' },
      evidence: [
        {
          source: 'wire',
          quote: 'Officials said: "yes, we agree"\nand nothing more.',
          translation: { ar: 'قال مسؤولون: نعم، نوافق' },
          speaker: 'tajikistan',
          speakerLabel: { en: 'officials', ar: 'مسؤولون' },
          note: { en: '-1 means cooperative', ar: 'ملاحظة' },
          when: { date: '2024-03', until: '2024-04', basis: 'stated', expression: 'said' },
        },
      ],
    },
    {
      id: 'kz-csto-membership',
      source: 'kazakhstan',
      target: 'csto',
      kind: 'membership',
      directed: true,
      tension: -2,
      summary: { en: 'Member', ar: 'عضو' },
      evidence: [
        {
          source: 'wire',
          quote: 'A second sentence.',
          translation: { ar: 'جملة ثانية.' },
          note: '@note',
        },
      ],
    },
  );
  return file;
}

/** A visibility showing only the given relations (and their actors). */
export function only(graph: Graph, ids: string[]) {
  const relationIds = new Set(ids);
  const activeActorIds = new Set(
    graph.relations.filter((r) => relationIds.has(r.id)).flatMap((r) => [r.source, r.target]),
  );
  return { relationIds, activeActorIds };
}

import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvField,
  evidenceCsv,
  exportFileName,
  guardFormula,
  visibleGraphFile,
} from './export.ts';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { indexGraph, type Graph } from './graph.ts';
import { parseGraph } from './parse.ts';
import type { GraphFile } from './schema.ts';
import { testGraphFile } from './test-graph.ts';

const SECOND_TEXT = 'Officials said: "yes, we agree"\nand nothing more. A second sentence.';

/** The test graph plus a second source, a relation with awkward text and a membership. */
function richFile(): GraphFile {
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

function only(graph: Graph, ids: string[]) {
  const relationIds = new Set(ids);
  const activeActorIds = new Set(
    graph.relations.filter((r) => relationIds.has(r.id)).flatMap((r) => [r.source, r.target]),
  );
  return { relationIds, activeActorIds };
}

function reparse(file: GraphFile) {
  return parseGraph(JSON.parse(JSON.stringify(file)));
}

/** RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(csv.slice(1));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describe('visibleGraphFile', () => {
  it('gives back the whole file for an unfiltered view, and it loads', () => {
    const graph = indexGraph(testGraphFile());
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    expect(out).toEqual(testGraphFile());
    const parsed = reparse(out);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.graph.file).toEqual(testGraphFile());
  });

  it('round-trips the richer graph too, with textFile replaced by the inlined text', () => {
    const file = richFile();
    file.sources[1]!.textFile = 'texts/wire.txt';
    const graph = indexGraph(file);
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    expect(reparse(out).ok).toBe(true);
    const expected = richFile();
    expect(out).toEqual(expected);
    expect(out.sources[1]).not.toHaveProperty('textFile');
  });

  it('keeps only visible relations, their actors and cited sources, in file order', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(
      graph,
      computeVisibility(graph, { ...ALL_FILTERS, tensions: [1] }),
    );
    expect(out.format).toBe('faultlines/3');
    expect(out.relations.map((r) => r.id)).toEqual(['ru-tj-accusation']);
    expect(out.actors.map((a) => a.id)).toEqual(['russia', 'tajikistan']);
    expect(out.sources.map((s) => s.id)).toEqual(['src']);
    expect(reparse(out).ok).toBe(true);
  });

  it('keeps speakers, which the file must define, and actors no relation touches', () => {
    const file = richFile();
    file.actors.push({ id: 'loner', kind: 'bloc', name: { en: 'Loner', ar: 'وحيد' } });
    const graph = indexGraph(file);
    const out = visibleGraphFile(graph, only(graph, ['ru-csto-cooperation']));
    expect(out.actors.map((a) => a.id)).toEqual(['russia', 'tajikistan', 'csto', 'loner']);
    expect(out.sources.map((s) => s.id)).toEqual(['wire']);
    expect(reparse(out).ok).toBe(true);
  });

  it('still loads when nothing is visible', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(graph, only(graph, []));
    expect(out.relations).toEqual([]);
    expect(reparse(out).ok).toBe(true);
  });

  it('shares no objects with the graph', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    out.title.en = 'changed';
    out.actors[0]!.name.en = 'changed';
    out.relations[0]!.evidence[0]!.quote = 'changed';
    out.sources[0]!.title.en = 'changed';
    expect(graph.file).toEqual(richFile());
  });
});

describe('evidenceCsv', () => {
  const graph = indexGraph(richFile());
  const all = computeVisibility(graph, ALL_FILTERS);

  it('starts with a BOM and the header, and has one row per evidence item, CRLF-terminated', () => {
    const csv = evidenceCsv(graph, all, 'en');
    expect(csv.startsWith('\uFEFFrelation_id,source_actor,relation_kind,target_actor,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'ru-tj-accusation',
      'ru-tj-accusation',
      'ru-tj-alliance',
      'ru-csto-cooperation',
      'kz-csto-membership',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    // No bare LF outside quoted fields: every line break between records is CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('fills every column from the relation, the evidence and its source', () => {
    const rows = rowsOf(evidenceCsv(graph, all, 'en'));
    expect(rows[0]).toMatchObject({
      source_actor: 'Russia',
      relation_kind: 'accusation',
      target_actor: 'Tajikistan',
      directed: 'true',
      tension: '1',
      summary: 'Russia blames Tajik suspects',
      quote: 'قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.',
      translation_en: 'Russia said on Saturday that the suspects came from Tajikistan.',
      speaker: 'Russia',
      stance: 'asserts',
      date: '2024-03-23',
      date_basis: 'resolved',
      source_id: 'src',
      source_title: 'Source',
    });
    expect(rows[1]).toMatchObject({ speaker: 'Tajikistan', stance: 'denies', date: '' });
    expect(rows[2]).toMatchObject({ speaker: '', stance: 'asserts', tension: '-2' });
    expect(rows[3]).toMatchObject({
      speaker: 'Tajikistan — officials',
      date: '2024-03',
      date_until: '2024-04',
      date_basis: 'stated',
      source_title: 'A "wire", story',
      source_outlet: 'Wire, London',
      source_published: '2024-03-25',
      source_url: 'https://example.org/a?b=1,2',
    });
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    const csv = evidenceCsv(graph, all, 'en');
    expect(csv).toContain('"Officials said: ""yes, we agree""\nand nothing more."');
    expect(csv).toContain(',"Wire, London",');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    // Whatever the delimiter a spreadsheet splits on, no piece of a cell starts a formula.
    expect(csvField('a;=HYPERLINK("x")')).toBe('"a;=HYPERLINK(""x"")"');
    expect(csvField('a\t=1+1')).toBe('"a\t=1+1"');
    expect(rowsOf(csv)[3]!.quote).toBe('Officials said: "yes, we agree"\nand nothing more.');
  });

  it('writes Arabic names, summaries, notes and titles intact', () => {
    const rows = rowsOf(evidenceCsv(graph, all, 'ar'));
    expect(rows[0]).toMatchObject({
      source_actor: 'روسيا',
      target_actor: 'طاجيكستان',
      summary: 'روسيا تتهم',
      speaker: 'روسيا',
      source_title: 'مصدر',
    });
    expect(rows[3]).toMatchObject({
      summary: 'تعاون، "وثيق"',
      speaker: 'طاجيكستان — مسؤولون',
      note: 'ملاحظة',
      source_title: 'خبر وكالة',
    });
    // The English translation column stays English whatever the language.
    expect(rows[0]!.translation_en).toBe(
      'Russia said on Saturday that the suspects came from Tajikistan.',
    );
  });

  it('guards text cells against formulas but leaves numbers alone', () => {
    const rows = rowsOf(evidenceCsv(graph, all, 'en'));
    expect(rows[3]!.summary).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[3]!.note).toBe(`'-1 means cooperative`);
    expect(rows[4]!.note).toBe(`'@note`);
    expect(rows[3]!.tension).toBe('-1');
    expect(rows[4]!.tension).toBe('-2');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(guardFormula(bad)).toBe(`'${bad}`);
    expect(guardFormula('1-2')).toBe('1-2');
    expect(csvField(guardFormula('\r=x'))).toBe(`"'\r=x"`);
  });

  it('writes only visible relations', () => {
    const rows = rowsOf(evidenceCsv(graph, only(graph, ['kz-csto-membership']), 'en'));
    expect(rows.map((r) => r.relation_id)).toEqual(['kz-csto-membership']);
    expect(rowsOf(evidenceCsv(graph, only(graph, []), 'en'))).toEqual([]);
  });
});

describe('exportFileName', () => {
  const named = (id: string) => indexGraph({ ...testGraphFile(), id });

  it('names the download after the graph', () => {
    expect(exportFileName(named('crocus-2024'), 'csv')).toBe('crocus-2024-faultlines.csv');
    expect(exportFileName(named('crocus-2024'), '.JSON')).toBe('crocus-2024-faultlines.json');
    expect(exportFileName(named('crocus-2024'), 'svg', new Date(2024, 2, 5))).toBe(
      'crocus-2024-faultlines-2024-03-05.svg',
    );
  });

  it('sanitizes the id', () => {
    expect(exportFileName(named('a b/#"x'), 'csv')).toBe('a-b-x-faultlines.csv');
    expect(exportFileName(named('--Crocus__2024--'), 'csv')).toBe('crocus-2024-faultlines.csv');
    expect(exportFileName(named('../../etc/passwd'), 'csv')).toBe('etc-passwd-faultlines.csv');
    expect(exportFileName(named('هجوم'), 'csv')).toBe('graph-faultlines.csv');
    const long = exportFileName(named(`${'a'.repeat(59)}-${'b'.repeat(100)}`), 'csv');
    expect(long).toBe(`${'a'.repeat(59)}-faultlines.csv`);
  });
});

/** The evidence table for spreadsheets: RFC 4180, one row per quote, in the reader's language. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, evidenceCsv, guardFormula } from './export.ts';
import { only, richFile } from './export-fixture.ts';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { indexGraph } from './graph.ts';

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

import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../parse.ts';
import { toFlourishSheets, toFlourishZip } from './flourish.ts';
import { importSheetTexts } from './sheet-import.ts';
import { expectOwnFieldsKept, roundTripFile } from './test-fixture.ts';

function validFile() {
  const parsed = parseGraph(roundTripFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.graph.file;
}

describe('Flourish-style points and links sheets', () => {
  it('import back (with the sources) to the same actors and relations, Arabic and parallel relations included', () => {
    const file = validFile();
    const sheets = toFlourishSheets(file, 'ar');
    const result = importSheetTexts(sheets, { sources: file.sources });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const back = parseGraph({ ...file, actors: result.actors, relations: result.relations });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file.actors).toEqual(file.actors);
    expect(back.graph.file.relations).toEqual(file.relations);
    expectOwnFieldsKept({ ...back.graph.file, events: file.events, sources: file.sources });
  });

  it('have the columns Flourish and Kumu look for, one links row per quote, formulas guarded', () => {
    const file = validFile();
    const { points, links } = toFlourishSheets(file, 'en');
    expect(points.startsWith('\uFEFFid,label,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(links.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['source', 'target', 'value', 'kind', 'tension', 'quote']),
    );
    const quotes = file.relations.reduce((n, r) => n + r.evidence.length, 0);
    expect(rows).toHaveLength(quotes);
    // Parallel relations: three rows' relations between russia and tajikistan, each its own id.
    const pair = new Set(
      rows.filter((r) => r.source === 'russia' && r.target === 'tajikistan').map((r) => r.relation),
    );
    expect(pair.size).toBe(3);
    expect(rows.find((r) => r.relation === 'ru-tj-accusation')?.value).toBe('2');
    expect(rows.find((r) => r.relation === 'awkward-csto')?.summary_en).toBe("'-1 +1 @x");
    expect(rows.find((r) => r.relation === 'ru-tj-alliance')?.tension).toBe('-2');
    const awkward = Papa.parse<Record<string, string>>(points.slice(1), { header: true }).data.find(
      (p) => p.kind === 'armed-group',
    );
    expect(awkward?.name_en).toBe(`'=HYPERLINK("x") group`);
    // A note with a semicolon is quoted, so a spreadsheet splitting on ";" keeps it whole.
    expect(links).toContain('"A note, with ""quotes""; and a semicolon"');
  });

  it('zip both sheets into one download', () => {
    const files = unzipSync(toFlourishZip(validFile(), 'ar'));
    expect(Object.keys(files).sort()).toEqual(['links.csv', 'points.csv']);
    expect(strFromU8(files['points.csv']!)).toContain('روسيا');
  });
});

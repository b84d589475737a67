/**
 * The formula guard whatever the spreadsheet's list separator: a comma file opened where ";" (or a
 * tab) separates cells is cut at every ";" inside our fields as well — no cell may then start a formula.
 */
import { describe, expect, it } from 'vitest';
import { evidenceCsv } from './export.ts';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { indexGraph } from './graph.ts';
import { testGraphFile } from './test-graph.ts';

/** How a spreadsheet reads a CSV line with a given separator (RFC 4180 quoting at a cell start). */
function cellsOf(csv: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === separator || c === '\n') {
      cells.push(cell);
      cell = '';
      atStart = true;
    } else if (c !== '\r') {
      cell += c;
      atStart = false;
    }
  }
  cells.push(cell);
  return cells;
}

const hostile = () => {
  const file = testGraphFile();
  const r = file.relations[0]!;
  r.summary.en = 'Allies;=HYPERLINK("http://evil.example","x")';
  r.evidence[0]!.note = 'see;  "@SUM(A1)';
  r.evidence[0]!.speakerLabel = { en: 'Officials\t+cmd', ar: 'مسؤولون;-1+1' };
  r.evidence[0]!.translation = { en: 'They said; =1+1, then "yes;=2"' };
  return indexGraph(file);
};

describe('the CSV formula guard and the list separator', () => {
  const graph = hostile();
  const visibility = computeVisibility(graph, ALL_FILTERS);
  for (const lang of ['en', 'ar'] as const)
    for (const [name, separator] of [
      ['comma', ','],
      ['semicolon', ';'],
      ['tab', '\t'],
    ] as const)
      it(`no ${lang} cell starts a formula when split at each ${name}`, () => {
        const csv = evidenceCsv(graph, visibility, lang).slice(1);
        const cells = cellsOf(csv, separator);
        // The tension column holds numbers such as -2, written as numbers on purpose.
        const formulas = cells.filter((c) => /^[\s"]*[=+\-@]/.test(c) && !/^-?\d+$/.test(c));
        expect(formulas).toEqual([]);
      });

  it('keeps the text readable in a comma spreadsheet', () => {
    const csv = evidenceCsv(graph, visibility, 'en');
    expect(csv).toContain(`Allies;'=HYPERLINK(""http://evil.example"",""x"")`);
  });
});

/**
 * Reading a sheet's text — a CSV or TSV file, or cells pasted from a spreadsheet (tab-separated) —
 * with papaparse: the delimiter guessed (comma, semicolon, tab, pipe), a BOM dropped, quoted
 * newlines kept inside their cell. Every cell stays a string: nothing is typed or evaluated.
 * Rows are numbered as the spreadsheet numbers them (header = row 1), blank rows included.
 */
import Papa from 'papaparse';
import { sheetProblem, type SheetName, type SheetProblem } from './sheet-problems.ts';

export interface SheetRow {
  /** The spreadsheet's row number (the header is row 1). */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Sheet {
  readonly name: SheetName;
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
  readonly delimiter: string;
  readonly problems: readonly SheetProblem[];
}

/** 10 MB, as for graph files: a paste larger than that is a mistake, not a sheet. */
export const MAX_SHEET_CHARS = 10_000_000;

export function readSheet(text: string, name: SheetName): Sheet {
  const empty = (problem: SheetProblem): Sheet => ({
    name,
    headers: [],
    rows: [],
    delimiter: ',',
    problems: [problem],
  });
  if (text.length > MAX_SHEET_CHARS)
    return empty(sheetProblem(name, 'error', 'tooLarge', { max: '10 MB' }));
  // NUL bytes or many replacement characters: a binary file (a PDF, a spreadsheet's .xlsx) read as text.
  if (text.includes('\u0000') || (text.match(/\ufffd/g)?.length ?? 0) > 8)
    return empty(sheetProblem(name, 'error', 'notText'));
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: '',
    delimitersToGuess: ['\t', ',', ';', '|'],
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const problems: SheetProblem[] = [];
  for (const error of parsed.errors)
    if (error.code === 'MissingQuotes')
      problems.push(
        sheetProblem(name, 'error', 'unclosedQuote', {}, { row: (error.row ?? 0) + 1 }),
      );
  const [header = [], ...data] = parsed.data;
  const headers = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c ?? '') }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) problems.push(sheetProblem(name, 'error', 'empty'));
  return { name, headers, rows, delimiter: parsed.meta.delimiter || ',', problems };
}

/**
 * What can be wrong with an imported spreadsheet, row by row. Each problem names its sheet, its
 * row as the spreadsheet numbers it (the header is row 1), the column, and an i18n key under
 * `sheet.problem.` with its values; `message` is the English wording for logs and tests.
 * Errors keep a row out of the import; warnings let it in and say what to check.
 */
import { ellipsize } from '../text.ts';

export type SheetName = 'links' | 'points';

export const SHEET_PROBLEM_TEMPLATES = {
  // Reading
  empty: () => 'the sheet has no rows under its header',
  unclosedQuote: () => 'a quoted cell is never closed: the rest of the sheet was read into it',
  notText: () => 'this is not a text spreadsheet (CSV or TSV): it holds binary data',
  tooLarge: (p) => `the sheet is larger than ${p.max}`,
  // Columns
  missingColumn: (p) => `no column for ${p.field}: map one in the column step`,
  duplicateColumn: (p) => `${p.field} is mapped to two columns (${p.columns}); the first is used`,
  // Values
  missing: (p) => `${p.field} is empty`,
  unknownActorKind: (p) => `actor kind “${p.value}” is not one of: ${p.allowed}`,
  unknownRelationKind: (p) => `relation kind “${p.value}” is not one of: ${p.allowed}`,
  badTension: (p) => `tension “${p.value}” must be a whole number from -2 (allied) to 2 (hostile)`,
  badDirected: (p) => `direction “${p.value}” must be yes/no (true/false, directed/undirected)`,
  badStance: (p) => `stance “${p.value}” must be asserts or denies`,
  badNumber: (p) => `${p.field} “${p.value}” is not a number`,
  badDate: (p) => `date “${p.value}” must be YYYY, YYYY-MM or YYYY-MM-DD`,
  badWikidata: (p) => `Wikidata id “${p.value}” must look like Q159`,
  badExtra: (p) => `the ${p.column} column does not hold a JSON object; it was left out`,
  defaultKind: (p) => `no actor kind: imported as ${p.kind}, check it`,
  oneLanguage: (p) => `${p.field} is given in ${p.given} only: add the ${p.missing}`,
  sameAsExisting: (p) => `${p.name} is already in the graph (${p.id}); the row adds nothing new`,
  duplicateActor: (p) => `${p.name} was already given on row ${p.row}`,
  // Links
  selfLoop: () => 'source and target are the same actor: a relation needs two',
  actorNotImported: (p) => `${p.name} is on a points row that was not imported (row ${p.row})`,
  newActor: (p) =>
    `${p.name} is in no points row and not in the graph: added as ${p.kind}, check it`,
  missingQuote: () => 'no quote: a relation without a sentence does not exist',
  noSources: () => 'there is no source text to find the quotes in: add the article first',
  unknownSource: (p) => `no source “${p.value}” in the graph`,
  quoteNotFound: (p) => `the quote is not found in ${p.source}: “${p.quote}”`,
  unknownSpeaker: (p) => `speaker “${p.value}” is no actor of the graph or the sheets`,
  dateWithoutWords: () =>
    'a date needs the words of the quote that give it (date_expression): left undated',
  conflict: (p) =>
    `${p.field} differs from row ${p.row} of the same relation; row ${p.row}'s is kept`,
  formula: (p) => `${p.field} starts like a spreadsheet formula; it was kept as text, not run`,
} satisfies Record<string, (params: Record<string, string>) => string>;
export type SheetProblemKey = keyof typeof SHEET_PROBLEM_TEMPLATES;

export interface SheetProblem {
  readonly sheet: SheetName;
  /** The spreadsheet's row number (header = 1); absent for the sheet as a whole. */
  readonly row?: number;
  /** The header of the column at fault, as written in the sheet. */
  readonly column?: string;
  readonly severity: 'error' | 'warning';
  readonly key: SheetProblemKey;
  readonly params: Readonly<Record<string, string>>;
  readonly message: string;
}

export function sheetProblem(
  sheet: SheetName,
  severity: SheetProblem['severity'],
  key: SheetProblemKey,
  params: Record<string, string> = {},
  where: { row?: number; column?: string } = {},
): SheetProblem {
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, ellipsize(v, 80)]));
  return {
    sheet,
    severity,
    key,
    params: shown,
    message: SHEET_PROBLEM_TEMPLATES[key](shown),
    ...where,
  };
}

/** "links row 4 (quote): …" for logs and the command line. */
export function formatSheetProblem(p: SheetProblem): string {
  const where = [p.sheet, p.row !== undefined ? `row ${p.row}` : ''].filter(Boolean).join(' ');
  return `${where}${p.column ? ` (${p.column})` : ''}: ${p.message}`;
}

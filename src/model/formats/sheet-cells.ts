/** One row's cells by field, and what every import step needs to say about them. */
import type { Language } from '../vocabulary.ts';
import { fieldColumns, type ColumnTarget, type SheetField } from './sheet-columns.ts';
import {
  sheetProblem,
  type SheetName,
  type SheetProblem,
  type SheetProblemKey,
} from './sheet-problems.ts';
import type { Sheet, SheetRow } from './sheet-read.ts';
import { looksLikeFormula, scriptLanguage, unguard } from './sheet-values.ts';

export class RowReader {
  private readonly fields: Map<SheetField, number>;
  constructor(
    readonly sheet: Sheet,
    readonly columns: readonly ColumnTarget[],
    private readonly problems: SheetProblem[],
  ) {
    this.fields = fieldColumns(columns);
  }

  get name(): SheetName {
    return this.sheet.name;
  }

  has(field: SheetField): boolean {
    return this.fields.has(field);
  }

  /** The cell, trimmed, with our export's formula guard taken off; '' when absent. */
  get(row: SheetRow, field: SheetField): string {
    return unguard(this.raw(row, field)).trim();
  }

  raw(row: SheetRow, field: SheetField): string {
    const i = this.fields.get(field);
    return i === undefined ? '' : (row.cells[i] ?? '');
  }

  header(field: SheetField): string | undefined {
    const i = this.fields.get(field);
    return i === undefined ? undefined : this.sheet.headers[i];
  }

  /** A text that may come in one language-neutral column, the language then told by its script. */
  localized(
    row: SheetRow,
    en: SheetField,
    ar: SheetField,
    either?: SheetField,
  ): Partial<Record<Language, string>> {
    const out: Partial<Record<Language, string>> = {};
    const e = this.get(row, en);
    const a = this.get(row, ar);
    if (e) out.en = e;
    if (a) out.ar = a;
    const any = either ? this.get(row, either) : '';
    if (any) {
      const lang = scriptLanguage(any);
      out[lang] ??= any;
    }
    return out;
  }

  /** Own columns (mapped to `keep`) with a value on this row. */
  kept(row: SheetRow): [string, string][] {
    const out: [string, string][] = [];
    this.columns.forEach((c, i) => {
      const value = unguard(row.cells[i] ?? '').trim();
      if (typeof c === 'object' && 'keep' in c && value !== '') out.push([c.keep, value]);
    });
    return out;
  }

  report(
    row: SheetRow | undefined,
    severity: SheetProblem['severity'],
    key: SheetProblemKey,
    params: Record<string, string> = {},
    field?: SheetField,
  ): void {
    const column = field ? this.header(field) : undefined;
    this.problems.push(
      sheetProblem(this.sheet.name, severity, key, params, {
        ...(row ? { row: row.row } : {}),
        ...(column !== undefined ? { column } : {}),
      }),
    );
  }

  /** Formulas are data: kept as text, with a word to the person in case a value was meant. */
  warnFormula(row: SheetRow, field: SheetField): void {
    const raw = this.raw(row, field);
    if (looksLikeFormula(raw))
      this.report(row, 'warning', 'formula', { field: this.header(field) ?? field }, field);
  }
}

/** Both languages of a localized text; a missing one is '' for the validator to ask for. */
export function bothLanguages(
  reader: RowReader,
  row: SheetRow,
  field: string,
  given: Partial<Record<Language, string>>,
): { en: string; ar: string } {
  if ((given.en === undefined) !== (given.ar === undefined))
    reader.report(row, 'warning', 'oneLanguage', {
      field,
      given: given.en !== undefined ? 'English' : 'Arabic',
      missing: given.en !== undefined ? 'Arabic' : 'English',
    });
  return { en: given.en ?? '', ar: given.ar ?? '' };
}

/** A JSON object cell (our export's own-fields columns), or nothing with a warning. */
export function jsonObject(
  reader: RowReader,
  row: SheetRow,
  field: SheetField,
): Record<string, unknown> {
  const cell = reader.raw(row, field).trim();
  if (cell === '') return {};
  try {
    const value: unknown = JSON.parse(cell);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // fall through to the warning
  }
  reader.report(row, 'warning', 'badExtra', { column: reader.header(field) ?? field }, field);
  return {};
}

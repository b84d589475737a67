/**
 * The spreadsheet import in the interface's language: a problem's message with its values (a
 * field named by its label, an actor kind by its name; what comes from the sheet neutralised so a
 * bidi control in a cell cannot reorder the message), and the label of each field.
 */
import type { TFunction } from 'i18next';
import type { SheetField } from '../../model/formats/sheet-columns.ts';
import type { SheetProblem } from '../../model/formats/sheet-problems.ts';
import { neutralizeBidi } from '../../model/text.ts';
import { keyed, type TranslationKey } from '../../i18n/keys.ts';

export function fieldLabel(field: SheetField | string, t: TFunction): string {
  const key = `editor.sheets.field.${field.replace(/ /g, '_')}`;
  return t(key as TranslationKey, { defaultValue: field });
}

/** The values a message names: the model's words for fields and kinds, put in the reader's. */
function shownParams(p: SheetProblem, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(p.params)) {
    if (name === 'field') out[name] = fieldLabel(value, t);
    else if (name === 'kind' && p.key !== 'unknownRelationKind')
      out[name] = t(`actorKind.${value}` as TranslationKey, { defaultValue: value });
    else if (name === 'given' || name === 'missing')
      out[name] = t(`editor.sheets.language.${value === 'English' ? 'en' : 'ar'}`);
    else out[name] = neutralizeBidi(value);
  }
  return out;
}

export function sheetProblemText(p: SheetProblem, t: TFunction): string {
  return keyed(t)(`sheetProblem.${p.key}`, shownParams(p, t));
}

/** "Links, row 4, column Quote" — where a problem is, as the reader's spreadsheet numbers it. */
export function sheetProblemPlace(p: SheetProblem, t: TFunction): string {
  const parts = [t(`editor.sheets.${p.sheet}.name`)];
  if (p.row !== undefined) parts.push(t('editor.sheets.row', { row: p.row }));
  if (p.column) parts.push(t('editor.sheets.column', { column: neutralizeBidi(p.column) }));
  return parts.join(t('editor.sheets.placeSeparator'));
}

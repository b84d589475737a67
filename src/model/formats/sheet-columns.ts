/**
 * The column-mapping step: which column of a links or points sheet holds which field. Guessed
 * from the headers — ours, Flourish's and Kumu's, in English and Arabic — and then the person's
 * to change. A column that is no field of ours is kept as a field of the same name on the
 * actor or relation (a newsroom's own columns must not vanish), unless they say ignore it.
 */
import { normalizeForSearch } from '../search.ts';
import { sheetProblem, type SheetName, type SheetProblem } from './sheet-problems.ts';

export const LINK_FIELDS = [
  'relation',
  'source',
  'target',
  'kind',
  'tension',
  'directed',
  'summary',
  'summary_en',
  'summary_ar',
  'quote',
  'quote_source',
  'translation_en',
  'translation_ar',
  'speaker',
  'speaker_label_en',
  'speaker_label_ar',
  'stance',
  'date',
  'date_until',
  'date_basis',
  'date_expression',
  'note',
  'note_en',
  'note_ar',
  'relation_extra',
  'evidence_extra',
] as const;
export const POINT_FIELDS = [
  'id',
  'name',
  'name_en',
  'name_ar',
  'kind',
  'aliases',
  'aliases_en',
  'aliases_ar',
  'description',
  'description_en',
  'description_ar',
  'wikidata',
  'x',
  'y',
  'extra',
] as const;
export type LinkField = (typeof LINK_FIELDS)[number];
export type PointField = (typeof POINT_FIELDS)[number];
export type SheetField = LinkField | PointField;

/** What one column feeds: a field, a kept own field (by name), or nothing. */
export type ColumnTarget = { field: SheetField } | { keep: string } | 'ignore';

/** Without these a sheet cannot be imported; the mapping step must name a column for each. */
export const REQUIRED: Record<SheetName, readonly SheetField[]> = {
  links: ['source', 'target', 'kind', 'quote'],
  points: [],
};

/** Headers people use for each field (written naturally; compared as normalizeForSearch sees them). */
const HEADERS: Record<SheetName, Partial<Record<SheetField, string[]>>> = {
  links: {
    relation: [
      'relation',
      'relation id',
      'id',
      'link id',
      'edge id',
      'connection id',
      'معرف',
      'معرف العلاقة',
      'رقم العلاقة',
    ],
    source: [
      'source',
      'from',
      'source actor',
      'source id',
      'start',
      'actor 1',
      'مصدر',
      'المصدر',
      'من',
      'الطرف الأول',
      'الفاعل',
    ],
    target: [
      'target',
      'to',
      'target actor',
      'target id',
      'end',
      'actor 2',
      'هدف',
      'الهدف',
      'إلى',
      'الطرف الثاني',
    ],
    kind: [
      'kind',
      'type',
      'relation kind',
      'relation type',
      'connection type',
      'relationship',
      'نوع',
      'النوع',
      'نوع العلاقة',
    ],
    tension: ['tension', 'tension level', 'level', 'توتر', 'التوتر', 'درجة التوتر'],
    directed: ['directed', 'direction', 'موجه', 'موجهة', 'الاتجاه', 'اتجاه'],
    summary: ['summary', 'label', 'description', 'ملخص', 'الملخص', 'الوصف', 'وصف'],
    summary_en: ['summary en', 'summary english', 'label en', 'الملخص بالإنجليزية'],
    summary_ar: ['summary ar', 'summary arabic', 'label ar', 'الملخص بالعربية'],
    quote: [
      'quote',
      'quotation',
      'evidence',
      'sentence',
      'excerpt',
      'citation',
      'اقتباس',
      'الاقتباس',
      'الشاهد',
      'الجملة',
      'النص',
    ],
    quote_source: [
      'quote source',
      'source document',
      'document',
      'article',
      'المقال',
      'الوثيقة',
      'مصدر الاقتباس',
    ],
    translation_en: [
      'translation',
      'translation en',
      'english translation',
      'english',
      'ترجمة',
      'الترجمة',
      'الترجمة الإنجليزية',
    ],
    translation_ar: ['translation ar', 'arabic translation', 'arabic', 'الترجمة العربية'],
    speaker: ['speaker', 'claimant', 'said by', 'who says', 'المتحدث', 'القائل'],
    speaker_label_en: ['speaker label en', 'speaker label'],
    speaker_label_ar: ['speaker label ar'],
    stance: ['stance', 'الموقف', 'موقف'],
    date: ['date', 'when', 'التاريخ', 'تاريخ'],
    date_until: ['date until', 'until', 'end date', 'حتى'],
    date_basis: ['date basis', 'basis'],
    date_expression: ['date expression', 'date words', 'عبارة التاريخ'],
    note: ['note', 'notes', 'comment', 'ملاحظة', 'ملاحظات'],
    note_en: ['note en'],
    note_ar: ['note ar'],
    relation_extra: ['relation extra'],
    evidence_extra: ['evidence extra'],
  },
  points: {
    id: ['id', 'actor id', 'key', 'معرف', 'المعرف'],
    name: ['name', 'label', 'title', 'actor', 'الاسم', 'اسم', 'التسمية', 'الفاعل'],
    name_en: [
      'name en',
      'label en',
      'english name',
      'english',
      'الاسم بالإنجليزية',
      'الاسم الإنجليزي',
    ],
    name_ar: ['name ar', 'label ar', 'arabic name', 'arabic', 'الاسم بالعربية', 'الاسم العربي'],
    kind: ['kind', 'type', 'group', 'category', 'actor kind', 'النوع', 'نوع', 'الفئة'],
    aliases: ['aliases', 'alias', 'other names', 'أسماء أخرى', 'الأسماء الأخرى'],
    aliases_en: ['aliases en'],
    aliases_ar: ['aliases ar'],
    description: ['description', 'الوصف', 'وصف'],
    description_en: ['description en'],
    description_ar: ['description ar'],
    wikidata: ['wikidata', 'wikidata id', 'qid', 'ويكي بيانات', 'ويكي داتا'],
    x: ['x'],
    y: ['y'],
    extra: ['extra'],
  },
};

/** Columns that Flourish and Kumu derive (line width); nothing of ours comes from them. */
const DERIVED: Record<SheetName, string[]> = {
  links: ['value', 'weight', 'width', 'source label', 'target label'],
  points: [],
};

const LOOKUP = Object.fromEntries(
  (['links', 'points'] as const).map((sheet) => [
    sheet,
    new Map(
      Object.entries(HEADERS[sheet]).flatMap(([field, names]) =>
        names.map((n) => [normalizeForSearch(n), field as SheetField] as const),
      ),
    ),
  ]),
) as Record<SheetName, Map<string, SheetField>>;

/** Keys that must never become an object's own field name. */
const UNSAFE_KEYS = new Set([
  ...['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'],
  ...['id', 'kind', 'name', 'aliases', 'description', 'position', 'wikidata'],
  ...['source', 'target', 'directed', 'tension', 'summary', 'evidence', 'about', 'suggestion'],
]);

/** The guess for each column, in order; each field goes to its first matching column only. */
export function guessColumns(headers: readonly string[], sheet: SheetName): ColumnTarget[] {
  const taken = new Set<SheetField>();
  const guesses = headers.map((header): ColumnTarget | undefined => {
    const field = LOOKUP[sheet].get(normalizeForSearch(header));
    if (field === undefined || taken.has(field)) return undefined;
    taken.add(field);
    return { field };
  });
  return guesses.map((guess, i) => {
    if (guess) return guess;
    const header = headers[i] ?? '';
    const norm = normalizeForSearch(header);
    if (norm === '' || DERIVED[sheet].includes(norm)) return 'ignore';
    return { keep: keepKey(header) };
  });
}

/** An own column's field name: its header, made safe to be a key. */
export function keepKey(header: string): string {
  const key = header.normalize('NFC').trim().replace(/\s+/g, '_');
  return UNSAFE_KEYS.has(key) || key === '' ? `sheet_${key}` : key;
}

/** Problems with a mapping: required fields without a column, a field fed by two columns. */
export function checkColumns(
  headers: readonly string[],
  columns: readonly ColumnTarget[],
  sheet: SheetName,
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const byField = new Map<SheetField, number[]>();
  columns.forEach((c, i) => {
    if (typeof c === 'object' && 'field' in c)
      byField.set(c.field, [...(byField.get(c.field) ?? []), i]);
  });
  for (const field of REQUIRED[sheet])
    if (!byField.has(field))
      problems.push(sheetProblem(sheet, 'error', 'missingColumn', { field }));
  if (
    sheet === 'points' &&
    !['id', 'name', 'name_en', 'name_ar'].some((f) => byField.has(f as SheetField))
  )
    problems.push(sheetProblem(sheet, 'error', 'missingColumn', { field: 'name' }));
  for (const [field, at] of byField)
    if (at.length > 1)
      problems.push(
        sheetProblem(sheet, 'warning', 'duplicateColumn', {
          field,
          columns: at.map((i) => headers[i] ?? `#${i + 1}`).join(', '),
        }),
      );
  return problems;
}

/** Which column feeds each field (the first, if two do). */
export function fieldColumns(columns: readonly ColumnTarget[]): Map<SheetField, number> {
  const map = new Map<SheetField, number>();
  columns.forEach((c, i) => {
    if (typeof c === 'object' && 'field' in c && !map.has(c.field)) map.set(c.field, i);
  });
  return map;
}

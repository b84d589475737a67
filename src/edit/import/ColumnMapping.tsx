/**
 * The column-mapping step of one sheet: each column with its header, its first value and where it
 * goes — a field (guessed from the header), kept as the row's own field, or ignored. The required
 * fields are marked; a missing one is listed with the problems.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { REQUIRED, keepKey, type ColumnTarget } from '../../model/formats/sheet-columns.ts';
import type { SheetName } from '../../model/formats/sheet-problems.ts';
import { ellipsize } from '../../model/text.ts';
import { fieldLabel } from './sheet-labels.ts';
import { fieldsOf, remap, type SheetEntry } from './sheet-state.ts';

const encode = (c: ColumnTarget) =>
  c === 'ignore' ? 'ignore' : 'field' in c ? `field:${c.field}` : 'keep';

export function ColumnMapping({
  name,
  entry,
  onEntry,
}: {
  name: SheetName;
  entry: SheetEntry;
  onEntry: (entry: SheetEntry) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fields = fieldsOf(name);
  const { headers, rows } = entry.sheet;
  if (headers.length === 0) return null;
  const decode = (value: string, header: string): ColumnTarget =>
    value === 'ignore'
      ? 'ignore'
      : value === 'keep'
        ? { keep: keepKey(header) }
        : { field: value.slice('field:'.length) as (typeof fields)[number] };
  return (
    <section className="fl-ed-mapping" aria-labelledby={`${id}-h`} data-testid={`mapping-${name}`}>
      <h4 id={`${id}-h`}>
        {t(`editor.sheets.${name}.name`)}: {t('editor.sheets.mapping')}
      </h4>
      <p className="fl-muted">{t('editor.sheets.mappingHelp')}</p>
      <ol className="fl-ed-mapping-list">
        {headers.map((header, i) => {
          const sample = rows[0]?.cells[i] ?? '';
          const target = entry.columns[i] ?? 'ignore';
          return (
            <li key={`${i}-${header}`} data-testid="mapping-column">
              <label htmlFor={`${id}-c${i}`} className="fl-ed-mapping-header">
                <bdi dir="auto">{header || `#${i + 1}`}</bdi>
              </label>
              {/* Its own direction (dir=auto looks past a <bdi>: an Arabic value, laid out
                  left to right, lost its first words off the cell's edge). */}
              <span
                className="fl-muted fl-ed-mapping-sample"
                dir="auto"
                data-testid="mapping-sample"
              >
                {sample ? ellipsize(sample, 40) : '—'}
              </span>
              <select
                id={`${id}-c${i}`}
                value={encode(target)}
                data-testid="mapping-select"
                onChange={(e) => onEntry(remap(entry, i, decode(e.target.value, header)))}
              >
                {fields.map((f) => (
                  <option key={f} value={`field:${f}`}>
                    {fieldLabel(f, t)}
                    {REQUIRED[name].includes(f) ? ` (${t('editor.sheets.required')})` : ''}
                  </option>
                ))}
                <option value="keep">
                  {t('editor.sheets.keep', { name: keepKey(header || `column_${i + 1}`) })}
                </option>
                <option value="ignore">{t('editor.sheets.ignore')}</option>
              </select>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

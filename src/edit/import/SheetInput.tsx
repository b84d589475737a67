/**
 * One sheet of the import (links or points): a CSV/TSV file opened, or cells pasted from a
 * spreadsheet. A file that is no text sheet is refused with what to do instead; whatever was
 * there before stays.
 */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { FilePickButton } from '../../ui/FilePickButton.tsx';
import type { SheetName } from '../../model/formats/sheet-problems.ts';
import { MAX_SHEET_BYTES, readSheetBytes } from './sheet-file.ts';
import { enterSheet, type SheetEntry } from './sheet-state.ts';

export function SheetInput({
  name,
  entry,
  onEntry,
}: {
  name: SheetName;
  entry: SheetEntry | undefined;
  onEntry: (entry: SheetEntry | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);

  const openFile = async (file: File) => {
    const refuse = (reason: 'workbook' | 'binary' | 'notUtf8' | 'tooBig') =>
      setRefusal(
        `${t(`editor.sheets.fileFailed.${reason}`, { file: file.name })} ${t('editor.sheets.unchanged')}`,
      );
    // Too big is said before the file is read into memory.
    if (file.size > MAX_SHEET_BYTES) return refuse('tooBig');
    const read = readSheetBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return refuse(read.reason);
    setRefusal(null);
    onEntry(enterSheet(name, read.text, file.name));
  };

  const rows = entry?.sheet.rows.length ?? 0;
  return (
    <fieldset className="fl-ed-fieldset fl-ed-sheet" data-testid={`sheet-${name}`}>
      <legend>{t(`editor.sheets.${name}.heading`)}</legend>
      <div className="fl-ed-row">
        <FilePickButton
          label={t('editor.sheets.openFile')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          testId={`sheet-${name}-file`}
          onFile={(file) => void openFile(file)}
        />
        {entry && (
          <button
            type="button"
            className="fl-button fl-ed-small"
            onClick={() => {
              setRefusal(null);
              onEntry(undefined);
            }}
          >
            {t('editor.sheets.clear')}
          </button>
        )}
      </div>
      <label htmlFor={`${id}-paste`}>{t('editor.sheets.paste')}</label>
      <textarea
        id={`${id}-paste`}
        dir="auto"
        rows={4}
        spellCheck={false}
        className="fl-ed-sheet-paste"
        data-testid={`sheet-${name}-paste`}
        value={entry && entry.file === undefined ? entry.text : ''}
        placeholder={entry?.file}
        onChange={(e) => {
          setRefusal(null);
          onEntry(e.target.value.trim() === '' ? undefined : enterSheet(name, e.target.value));
        }}
      />
      {refusal && (
        <p className="fl-ed-error" role="alert" data-testid={`sheet-${name}-refused`}>
          {refusal}
        </p>
      )}
      {entry && (
        <p className="fl-muted" data-testid={`sheet-${name}-read`}>
          {t('editor.sheets.read', {
            count: rows,
            name: entry.file ?? t('editor.sheets.pasted'),
          })}
        </p>
      )}
    </fieldset>
  );
}

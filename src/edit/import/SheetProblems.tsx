/**
 * What is wrong with the sheets, row by row, in the interface's language: where (sheet, row as
 * the spreadsheet numbers it, column as headed) and what. Rows with an error are left out of the
 * import; warnings say what to check in rows that go in.
 */
import { useTranslation } from '../../i18n/react.tsx';
import type { SheetProblem } from '../../model/formats/sheet-problems.ts';
import { sheetProblemPlace, sheetProblemText } from './sheet-labels.ts';

/** Shown at once; a sheet with thousands of bad rows says how many more there are. */
const SHOWN = 200;

export function SheetProblems({ problems }: { problems: readonly SheetProblem[] }) {
  const { t } = useTranslation();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const list = (items: readonly SheetProblem[], kind: 'error' | 'warning') => (
    <>
      <p className={kind === 'error' ? 'fl-ed-error' : undefined}>
        {t(kind === 'error' ? 'editor.sheets.errors' : 'editor.sheets.warnings', {
          count: items.length,
        })}
      </p>
      <ul className="fl-ed-sheet-problems" data-testid={`sheet-${kind}s`}>
        {items.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-testid={`sheet-${kind}`} data-row={p.row} data-key={p.key}>
            <span className={kind === 'error' ? 'fl-ed-error' : 'fl-muted'}>
              {t(`editor.sheets.${kind}`)}
            </span>{' '}
            <strong>{sheetProblemPlace(p, t)}</strong>: {sheetProblemText(p, t)}
          </li>
        ))}
        {items.length > SHOWN && (
          <li className="fl-muted">{t('editor.sheets.more', { count: items.length - SHOWN })}</li>
        )}
      </ul>
    </>
  );
  if (problems.length === 0) return null;
  return (
    <section aria-label={t('editor.sheets.problems')} data-testid="sheet-problems">
      {errors.length > 0 && list(errors, 'error')}
      {warnings.length > 0 && list(warnings, 'warning')}
    </section>
  );
}

/**
 * Importing a links sheet and a points sheet into the draft: the sheets (file or pasted cells),
 * the column mapping of each, what the import will add and every problem row by row — checked
 * live against the draft — then the good rows added in one change, one undo step. A bad sheet
 * changes nothing; rows whose quote is not in an article of the draft never become relations.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { useSummaryTranslators } from '../panels/use-accept.ts';
import { defaultSummary } from '../summary.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { SheetInput } from './SheetInput.tsx';
import { SheetProblems } from './SheetProblems.tsx';
import type { SheetImport } from '../../model/formats/sheet-import.ts';
import { applySheetImport, previewImport, type SheetEntries } from './sheet-state.ts';
import './import.css';

export function SheetImportPanel() {
  const { t } = useTranslation();
  const view = useViewApi();
  const act = useAct();
  const graph = useDoc((s) => s.graph);
  const translators = useSummaryTranslators();
  const heading = useRef<HTMLHeadingElement>(null);
  const [entries, setEntries] = useState<SheetEntries>({});
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const preview = useMemo(() => previewImport(graph, entries), [graph, entries]);
  const counts = (relations: number, actors: number) => ({
    relations: t('editor.sheets.relations', { count: relations }),
    actors: t('editor.sheets.actors', { count: actors }),
  });
  const ready = !!preview && (preview.relations.length > 0 || preview.actors.length > 0);

  const importRows = () => {
    const imported: { result: SheetImport | null } = { result: null };
    const result = act((s) =>
      s.change((doc) => {
        const next = applySheetImport(doc, entries, (a, b, r) =>
          defaultSummary(translators, a, b, r.kind, r.directed),
        );
        imported.result = next.result;
        return next.doc;
      }),
    );
    if (!result.ok || !imported.result) return;
    const { relations, actors } = imported.result;
    setDone(t('editor.sheets.imported', counts(relations.length, actors.length)));
    // The sheets are taken in: importing them again would add every row a second time.
    setEntries({});
  };

  return (
    <section
      className="fl-ed-form fl-ed-import"
      aria-labelledby="fl-ed-sheets-h"
      data-testid="sheet-import"
    >
      <h3 id="fl-ed-sheets-h" ref={heading} tabIndex={-1}>
        {t('editor.sheets.heading')}
      </h3>
      <p className="fl-muted">{t('editor.sheets.intro')}</p>
      {(['links', 'points'] as const).map((name) => (
        <div key={name} className="fl-ed-import-sheet">
          <SheetInput
            name={name}
            entry={entries[name]}
            onEntry={(entry) => {
              setDone(null);
              setEntries((e) => {
                const { [name]: _old, ...rest } = e;
                return entry ? { ...rest, [name]: entry } : rest;
              });
            }}
          />
          {entries[name] && (
            <ColumnMapping
              name={name}
              entry={entries[name]}
              onEntry={(entry) => setEntries((e) => ({ ...e, [name]: entry }))}
            />
          )}
        </div>
      ))}
      <section aria-labelledby="fl-ed-sheets-check" aria-live="polite" data-testid="sheet-preview">
        <h4 id="fl-ed-sheets-check">{t('editor.sheets.check')}</h4>
        {preview ? (
          <p data-testid="sheet-will-add">
            {t('editor.sheets.willAdd', counts(preview.relations.length, preview.actors.length))}
          </p>
        ) : (
          !done && <p className="fl-muted">{t('editor.sheets.nothing')}</p>
        )}
        {preview && <SheetProblems problems={preview.problems} />}
        {done && (
          <p role="status" data-testid="sheet-imported">
            {done}
          </p>
        )}
      </section>
      <div className="fl-ed-row fl-ed-form-actions">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          disabled={!ready}
          onClick={importRows}
          data-testid="sheet-import-submit"
        >
          {t('editor.sheets.import')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.sheets.cancel')}
        </button>
      </div>
    </section>
  );
}

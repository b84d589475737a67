/**
 * Export: the graph file, once it is valid — until then, what is missing, each item leading to
 * its field. Suggestions not yet reviewed stay in the draft and out of the file. A backup of the
 * whole draft (suggestions too) can be downloaded at any time.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { problemText } from '../../i18n/problems.ts';
import { useViewApi } from '../context.tsx';
import { useAutosave, useDoc, useDocApi } from '../doc-hooks.tsx';
import { toStored } from '../doc/index.ts';
import { documentOf } from '../doc/index.ts';
import type { CheckedProblem } from '../check.ts';
import { goTo, useCheck } from './ProblemsPanel.tsx';

export function download(name: string, value: unknown) {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (id: string) => `${id.replace(/[^\w-]+/g, '-').slice(0, 80) || 'graph'}.json`;

/** Why the graph cannot leave the editor yet: each problem leads to its field. */
export function BlockedBy({ problems, testId }: { problems: CheckedProblem[]; testId: string }) {
  const { t } = useTranslation();
  const view = useViewApi();
  return (
    <>
      <p role="alert" data-testid={testId}>
        {t('editor.export.blocked', { count: problems.length })}
      </p>
      <ol className="fl-problems fl-ed-problem-list">
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}>
            <button
              type="button"
              className="fl-ed-link"
              onClick={() => goTo(view.getState(), p.target)}
            >
              <code dir="ltr">{p.path || t('problem.whole')}</code> <span>{problemText(p, t)}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

export function ExportPanel() {
  const { t } = useTranslation();
  const view = useViewApi();
  const store = useDocApi();
  const autosave = useAutosave();
  const pending = useDoc((s) => s.graph.relations.filter((r) => r.suggestion).length);
  const { ok, problems, file } = useCheck();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-export-h" data-testid="export-panel">
      <h3 id="fl-ed-export-h" ref={heading} tabIndex={-1}>
        {t('editor.export.heading')}
      </h3>
      {ok ? (
        <p>
          {t('editor.export.ready', {
            relations: file.relations.length,
            actors: file.actors.length,
          })}
        </p>
      ) : (
        <BlockedBy problems={problems} testId="export-blocked" />
      )}
      {pending > 0 && <p className="fl-muted">{t('editor.export.pending', { count: pending })}</p>}
      <div className="fl-ed-row fl-ed-form-actions">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          disabled={!ok}
          data-testid="export-download"
          onClick={() => {
            download(fileName(file.id), file);
            void autosave?.markDownloaded();
          }}
        >
          {t('editor.export.download')}
        </button>
        <button
          type="button"
          className="fl-button"
          data-testid="export-backup"
          onClick={() => {
            void autosave?.markDownloaded();
            download(
              `${fileName(file.id).replace(/\.json$/, '')}.draft.json`,
              toStored(documentOf(store.getState())),
            );
          }}
        >
          {t('editor.export.backup')}
        </button>
        <button
          type="button"
          className="fl-button"
          data-testid="export-publish"
          onClick={() => view.getState().open({ type: 'publish' })}
        >
          {t('editor.publish.open')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The graph's title and description, and each source's details, in both languages. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { CommitInput } from '../forms/CommitInput.tsx';

export function GraphPanel({ source }: { source?: string }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const sources = source ? graph.sources.filter((s) => s.id === source) : graph.sources;
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-graph-h" data-testid="graph-panel">
      <h3 id="fl-ed-graph-h" ref={heading} tabIndex={-1}>
        {t('editor.graph.heading')}
      </h3>
      {(['en', 'ar'] as const).map((l) => (
        <div className="fl-ed-field fl-ed-field-wide" key={l}>
          <label htmlFor={`fl-ed-title-${l}`}>{t(`editor.graph.title.${l}`)}</label>
          <CommitInput
            id={`fl-ed-title-${l}`}
            dir="auto"
            lang={l}
            data-field={source ? undefined : `title.${l}`}
            data-testid={`graph-title-${l}`}
            value={graph.title[l]}
            onCommit={(v) => act((s) => s.updateGraph({ title: { ...graph.title, [l]: v } }))}
          />
        </div>
      ))}
      {sources.map((s) => (
        <fieldset className="fl-ed-fieldset" key={s.id}>
          <legend dir="auto">{t('editor.graph.source', { id: s.id })}</legend>
          {(['en', 'ar'] as const).map((l) => (
            <div className="fl-ed-field fl-ed-field-wide" key={l}>
              <label htmlFor={`fl-ed-s-${s.id}-${l}`}>{t(`editor.graph.sourceTitle.${l}`)}</label>
              <CommitInput
                id={`fl-ed-s-${s.id}-${l}`}
                dir="auto"
                lang={l}
                data-field={source ? `title.${l}` : `sources.${s.id}.title.${l}`}
                value={s.title[l]}
                onCommit={(v) =>
                  act((x) => x.updateSource(s.id, { title: { ...s.title, [l]: v } }))
                }
              />
            </div>
          ))}
        </fieldset>
      ))}
      <div className="fl-ed-row fl-ed-form-actions">
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.graph.done')}
        </button>
      </div>
    </section>
  );
}

/** Another source for the draft, at any time: the article form again; the assistant reads it. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useViewApi } from '../context.tsx';
import { useAct } from '../doc-hooks.tsx';
import { addSource } from '../doc/index.ts';
import { sourceInput } from '../new-document.ts';
import { ArticleForm } from '../StartPanel.tsx';

export function SourcePanel() {
  const { t } = useTranslation();
  const view = useViewApi();
  const act = useAct();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-source-h" data-testid="source-panel">
      <h3 id="fl-ed-source-h" ref={heading} tabIndex={-1}>
        {t('editor.article.addSource')}
      </h3>
      <ArticleForm
        submitLabel={t('editor.article.addSource')}
        onSubmit={(article) => {
          let added = '';
          const done = act((s) =>
            s.change((doc) => {
              const next = addSource(doc.graph, sourceInput(article));
              added = next.id;
              return { ...doc, graph: next.graph };
            }),
          );
          if (!done.ok) return;
          view.getState().close();
          view.getState().showSource(added);
          view.getState().draftLater(added);
        }}
      />
    </section>
  );
}

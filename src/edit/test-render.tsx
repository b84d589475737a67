/**
 * Mounting editor components in a unit test (happy-dom) as the page mounts them: the real
 * translator in the language asked for, a view store, and a document store with undo.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createEditorI18n } from '../i18n/editor.ts';
import { TranslationProvider } from '../i18n/react.tsx';
import type { Language } from '../model/vocabulary.ts';
import { ViewProvider } from './context.tsx';
import { DocProvider } from './doc-hooks.tsx';
import { createDocStore, type EditorDocument } from './doc/index.ts';
import { createViewStore } from './view-store.ts';

export function renderInEditor(
  ui: ReactNode,
  { lang = 'en', doc }: { lang?: Language; doc?: EditorDocument } = {},
) {
  const view = createViewStore(lang);
  const store = createDocStore(doc ?? { graph: emptyGraph(), rejected: [] });
  const i18n = createEditorI18n(lang);
  const result = render(
    <ViewProvider store={view}>
      <TranslationProvider i18n={i18n} lang={lang}>
        <DocProvider store={store}>
          <div dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
            {ui}
          </div>
        </DocProvider>
      </TranslationProvider>
    </ViewProvider>,
  );
  return { ...result, view, store };
}

function emptyGraph(): EditorDocument['graph'] {
  return {
    format: 'faultlines/3',
    id: 'test',
    title: { en: 'Test', ar: 'اختبار' },
    sources: [],
    actors: [],
    relations: [],
  } as unknown as EditorDocument['graph'];
}

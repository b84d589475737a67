/**
 * The editor page: its own stores and translator, the document's language and direction on the
 * page (the Arabic editor is mirrored, not only translated), a header with the document's
 * commands, then the start screen or the workspace.
 */
import { useEffect, useState } from 'react';
import { createEditorI18n } from '../i18n/editor.ts';
import { TranslationProvider, useTranslation } from '../i18n/react.tsx';
import { isLanguage, isRtl, type Language } from '../model/vocabulary.ts';
import { CanvasSlotProvider, type CanvasSlot } from './canvas-slot.tsx';
import { ViewProvider, useView } from './context.tsx';
import { createViewStore } from './view-store.ts';
import { Editor } from './Editor.tsx';
import { PublisherProvider, type LoadPublisher } from './publisher.tsx';
import './edit.css';

/** Marks the editor's root; the bundle test looks for it in the scripts each page loads. */
export const EDITOR_PAGE = 'faultlines-editor-page';

function initialLanguage(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/**
 * `canvas`: the live graph beside the article (the page's entry passes the canvas engine's).
 * `publisher`: how the page publishes (loaded on demand); without one, Publish says it cannot.
 */
export function EditorApp({
  search,
  canvas = null,
  publisher = null,
}: {
  search: string;
  canvas?: CanvasSlot | null;
  publisher?: LoadPublisher | null;
}) {
  const [view] = useState(() => createViewStore(initialLanguage(search)));
  const [i18n] = useState(() => createEditorI18n(view.getState().lang));
  return (
    <ViewProvider store={view}>
      <CanvasSlotProvider canvas={canvas}>
        <PublisherProvider load={publisher}>
          <Translated i18n={i18n} />
        </PublisherProvider>
      </CanvasSlotProvider>
    </ViewProvider>
  );
}

function Translated({ i18n }: { i18n: ReturnType<typeof createEditorI18n> }) {
  const lang = useView((s) => s.lang);
  return (
    <TranslationProvider i18n={i18n} lang={lang}>
      <Page />
    </TranslationProvider>
  );
}

function Page() {
  const { t } = useTranslation();
  const lang = useView((s) => s.lang);
  const dir = isRtl(lang) ? 'rtl' : 'ltr';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = `${t('editor.title')} · ${t('app.name')}`;
    // The language is part of the address, so a reload or a shared link keeps it.
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }, [lang, dir, t]);
  return (
    <div
      className="fl-app fl-editor"
      lang={lang}
      dir={dir}
      data-testid="editor"
      data-page={EDITOR_PAGE}
    >
      <Editor />
    </div>
  );
}

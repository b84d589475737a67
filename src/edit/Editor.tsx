/**
 * The editor: the start screen until there is a document, then the workspace around it. Every
 * document is a draft kept in this browser (session.ts); its id in the address brings it back
 * after a reload. The header carries what applies to the whole document and the way back to the
 * reader's graph.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { DocProvider } from './doc-hooks.tsx';
import { LanguageButtons } from '../ui/LanguageSwitch.tsx';
import { useView, useViewApi } from './context.tsx';
import { DraftsList } from './DraftsList.tsx';
import { documentFromArticle, documentFromGraph } from './new-document.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { openStorage, resumeSession, startSession, type Session, type Storage } from './session.ts';
import { StartScreen } from './StartScreen.tsx';
import { Workspace, WorkspaceTools } from './Workspace.tsx';
import type { EditorDocument } from './doc/index.ts';

export function Editor() {
  const { t } = useTranslation();
  const view = useViewApi();
  const [storage, setStorage] = useState<Storage | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<{ text: string; detail?: string } | null>(null);

  const show = (s: Session, draft: boolean) => {
    setSession(s);
    const first = s.store.getState().graph.sources[0]?.id ?? null;
    view.getState().showSource(first);
    if (draft && first) view.getState().draftLater(first);
  };
  const open = async (doc: EditorDocument, draft = false) =>
    show(await startSession(doc, storage ?? (await openStorage())), draft);
  const resume = async (id: string, opened: Storage) => {
    const r = await resumeSession(id, opened);
    if ('session' in r) show(r.session, false);
    else
      setFailure({
        text: t('editor.save.notLoaded', { reason: t(`editor.save.why.${r.failed.code}`) }),
        detail: r.failed.detail,
      });
  };

  useEffect(() => {
    let live = true;
    void openStorage().then((opened) => {
      if (!live) return;
      setStorage(opened);
      const id = new URLSearchParams(location.search).get('draft');
      if (id) void resume(id, opened);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page opens
  }, []);
  // Pending changes are written before the page forgets the session.
  useEffect(() => () => void session?.autosave.stop(), [session]);

  const header = (
    <header className="fl-header fl-ed-header">
      <div className="fl-titles">
        <p className="fl-brand">
          <a href={`./?lang=${view.getState().lang}`}>{t('app.name')}</a>
        </p>
        <h1>{t('editor.title')}</h1>
      </div>
      <div className="fl-header-tools">
        {session && <SaveStatus />}
        {session && <WorkspaceTools />}
        <EditorLanguageSwitch />
      </div>
    </header>
  );

  if (!session)
    return (
      <>
        {header}
        {failure && (
          <div role="alert" className="fl-ed-message" data-testid="editor-failure">
            <p>{failure.text}</p>
            {failure.detail && (
              // The browser's own words stay in English: they are for a bug report.
              <details>
                <summary>{t('editor.save.detail')}</summary>
                <bdi dir="ltr" lang="en">
                  {failure.detail}
                </bdi>
              </details>
            )}
          </div>
        )}
        <StartScreen
          onArticle={(article) => void open(documentFromArticle(article), true)}
          onGraph={(file, name) => {
            const doc = documentFromGraph(file);
            if (typeof doc === 'string')
              setFailure({ text: t('editor.start.graphUnreadable', { name }), detail: doc });
            else void open(doc);
          }}
          drafts={
            storage && (
              <DraftsList
                storage={storage.storage}
                {...(storage.problem ? { problem: storage.problem } : {})}
                onOpen={(id) => void resume(id, storage)}
              />
            )
          }
        />
      </>
    );
  return (
    <DocProvider store={session.store} autosave={session.autosave}>
      {header}
      <Workspace />
    </DocProvider>
  );
}

/** The interface language, from the editor's view store (the reader's buttons, its own store). */
function EditorLanguageSwitch() {
  const lang = useView((s) => s.lang);
  const setLanguage = useView((s) => s.setLanguage);
  return <LanguageButtons lang={lang} onSelect={setLanguage} />;
}

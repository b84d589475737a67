/**
 * The editor: the start screen until there is a document, then the workspace around it. The
 * header carries what applies to the whole document (undo, redo, export, publish) and the way back
 * to the reader's graph.
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { createDocStore, type DocStore } from './doc/index.ts';
import { DocProvider } from './doc-hooks.tsx';
import { useViewApi } from './context.tsx';
import { EditorLanguageSwitch } from './EditorApp.tsx';
import { documentFromArticle, documentFromGraph } from './new-document.ts';
import { StartScreen } from './StartScreen.tsx';
import { Workspace, WorkspaceTools } from './Workspace.tsx';
import type { EditorDocument } from './doc/index.ts';

export function Editor() {
  const { t } = useTranslation();
  const view = useViewApi();
  const [store, setStore] = useState<DocStore | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const open = (doc: EditorDocument, draft = false) => {
    setStore(createDocStore(doc));
    const first = doc.graph.sources[0]?.id ?? null;
    view.getState().showSource(first);
    if (draft && first) view.getState().draftLater(first);
  };

  const header = (
    <header className="fl-header fl-ed-header">
      <div className="fl-titles">
        <p className="fl-brand">
          <a href={`./?lang=${view.getState().lang}`}>{t('app.name')}</a>
        </p>
        <h1>{t('editor.title')}</h1>
      </div>
      <div className="fl-header-tools">
        {store && <WorkspaceTools />}
        <EditorLanguageSwitch />
      </div>
    </header>
  );

  if (!store)
    return (
      <>
        {header}
        {failure && (
          <p role="alert" className="fl-ed-message">
            {failure}
          </p>
        )}
        <StartScreen
          onArticle={(article) => open(documentFromArticle(article), true)}
          onGraph={(file, name) => {
            const doc = documentFromGraph(file);
            if (typeof doc === 'string') setFailure(`${name}: ${doc}`);
            else open(doc);
          }}
        />
      </>
    );
  return (
    <DocProvider store={store}>
      {header}
      <Workspace />
    </DocProvider>
  );
}

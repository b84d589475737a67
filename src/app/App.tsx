import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { StillCanvas } from '../graph/StillCanvas.tsx';
import type { Graph } from '../model/graph.ts';
import { isRtl } from '../model/vocabulary.ts';
import { AppStoreProvider, useAppStore, useAppStoreApi } from '../store/context.tsx';
import { Localised } from './Localised.tsx';
import { connectUrl } from '../store/url-sync.ts';
import type { Notice } from '../store/notices.ts';
import { neutralizeBidi } from '../model/text.ts';
import { ArticleView } from '../ui/ArticleView.tsx';
import { CanvasToolbar } from '../ui/CanvasToolbar.tsx';
import { ExportBar } from '../ui/ExportBar.tsx';
import { Data } from '../ui/DataText.tsx';
import { EvidencePanel } from '../ui/EvidencePanel.tsx';
import { SourceCredit } from '../ui/EvidenceList.tsx';
import { FilterPanel } from '../ui/FilterPanel.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Legend } from '../ui/Legend.tsx';
import { Notices } from '../ui/Notices.tsx';
import { RelationsTable } from '../ui/RelationsTable.tsx';
import { CopyLink } from '../ui/CopyLink.tsx';
import { GraphFileDrop, OpenFileButton } from '../ui/OpenFile.tsx';
import { GraphList, type GraphListItem } from '../ui/GraphList.tsx';
import { SearchBox } from '../ui/SearchBox.tsx';
import { ShareButton } from '../ui/ShareDialog.tsx';
import { afterNextPaint } from '../ui/progressive.ts';
import { Tabs } from '../ui/Tabs.tsx';
import { TimeControl } from '../ui/TimeControl.tsx';

/** The longest the article and table wait for the canvas. */
const REST_AFTER_MS = 1000;

export function App({
  graph,
  search,
  graphs = [],
  notices = [],
  picture,
  still,
  editor = null,
}: {
  graph: Graph;
  /** The view the page's address asks for (its query string). */
  search: string;
  /** The editor's page, relative to this one; null where the folder has none (no link shown). */
  editor?: string | null;
  /** The page's build-time picture of the graph (its first paint), kept until the canvas draws. */
  picture?: string | undefined;
  /**
   * The page's first paint, rendered before any code runs (src/app/first-paint-markup.tsx): the
   * picture, under this id, stands in the canvas's place, and nothing is interactive yet.
   */
  still?: string | undefined;
  /** The site's graphs, each with its own page (more than one: the app lists them). */
  graphs?: readonly GraphListItem[];
  notices?: Notice[];
}) {
  return (
    <AppStoreProvider graph={graph} notices={notices} search={search}>
      <Localised>
        <UrlSync />
        <Shell graphs={graphs} picture={picture} still={still} editor={editor} />
      </Localised>
    </AppStoreProvider>
  );
}

function UrlSync() {
  const store = useAppStoreApi();
  useEffect(() => connectUrl(store, window, afterNextPaint), [store]);
  return null;
}

function Shell({
  graphs,
  picture,
  still,
  editor,
}: {
  graphs: readonly GraphListItem[];
  picture: string | undefined;
  still: string | undefined;
  editor: string | null;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const graph = useAppStore((s) => s.graph);
  const dir = isRtl(lang) ? 'rtl' : 'ltr';
  // The graph first: the article, the table and the footer (below the canvas, and the costliest
  // part of the page to render and lay out) follow once the canvas has drawn, or after a second
  // if it is slow (a large graph's layout). The page around the graph is there from the start.
  const [graphFirst, setGraphFirst] = useState(true);
  const showRest = useCallback(() => setGraphFirst(false), []);
  useEffect(() => {
    const timer = setTimeout(showRest, REST_AFTER_MS);
    return () => clearTimeout(timer);
  }, [showRest]);
  // The full app owns its page, so the document follows the interface language too.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = `${neutralizeBidi(graph.file.title[lang])} · ${t('app.name')}`;
  }, [lang, dir, graph, t]);

  return (
    <div className="fl-app" lang={lang} dir={dir} data-testid="app">
      <GraphFileDrop>
        <header className="fl-header">
          <div className="fl-titles">
            <p className="fl-brand">{t('app.name')}</p>
            <h1>
              <Data value={graph.file.title[lang]} />
            </h1>
            {graph.file.description && (
              <p className="fl-dek">
                <Data value={graph.file.description[lang]} />
              </p>
            )}
            <GraphList graphs={graphs} />
          </div>
          <div className="fl-header-tools">
            <SearchBox />
            <CopyLink />
            <ShareButton />
            {editor && (
              <a
                className="fl-button fl-edit-link"
                href={`${editor}?lang=${lang}`}
                title={t('app.makeGraphHint')}
              >
                {t('app.makeGraph')}
              </a>
            )}
            <LanguageSwitch />
          </div>
        </header>
        <Notices />
        <main className="fl-main">
          <div className="fl-stage">
            {still && picture ? (
              <StillCanvas picture={picture} id={still} />
            ) : (
              <GraphCanvas
                picture={picture}
                tools={(canvas) => (
                  <>
                    <CanvasToolbar canvas={canvas} />
                    <ExportBar canvas={canvas} />
                  </>
                )}
                onSettled={showRest}
              />
            )}
            <TimeControl />
            <Tabs
              label={t('article.tabs')}
              tabs={[
                {
                  id: 'article',
                  label: t('article.tab'),
                  content: graphFirst ? null : <ArticleView />,
                },
                {
                  id: 'table',
                  label: t('table.tab'),
                  content: graphFirst ? null : <RelationsTable />,
                },
              ]}
            />
          </div>
          <aside className="fl-side fl-side-controls">
            <FilterPanel />
            <Legend />
            <OpenFileButton />
          </aside>
          <aside className="fl-side fl-side-evidence">
            <EvidencePanel />
          </aside>
        </main>
        <footer className="fl-footer">
          {!graphFirst && graph.file.sources.map((s) => <SourceCredit key={s.id} source={s} />)}
          <p className="fl-muted">{t('footer.method')}</p>
        </footer>
      </GraphFileDrop>
    </div>
  );
}

/**
 * Embed mode (`embed=1`): title, graph, legend, a compact evidence panel and a credit line to the
 * full app — no other chrome. It reads the URL once and never writes it (an iframe must not add
 * entries to the host's history), talks to the host by postMessage only, and touches nothing
 * outside its own document.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { StillCanvas } from '../graph/StillCanvas.tsx';
import type { Graph } from '../model/graph.ts';
import { isLanguage, isRtl, TENSION_LEVELS, tensionName } from '../model/vocabulary.ts';
import { AppStoreProvider, useAppStore } from '../store/context.tsx';
import { CanvasToolbar } from '../ui/CanvasToolbar.tsx';
import { EmbedActivation } from '../ui/EmbedActivation.tsx';
import { EvidencePanel } from '../ui/EvidencePanel.tsx';
import { Legend } from '../ui/Legend.tsx';
import { SourceCredit } from '../ui/EvidenceList.tsx';
import { LineSample } from '../ui/Samples.tsx';
import type { Theme } from '../look/palette.ts';
import { HostBridge } from './HostBridge.tsx';
import { Localised } from './Localised.tsx';
import { EMBED_ONLY_PARAMS, readPageParams, type ThemeChoice } from './params.ts';

function useTheme(param: ThemeChoice): Theme {
  // None on the server (the page's first paint is rendered at build): the light theme, as asked.
  const query = useMemo(
    () =>
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null,
    [],
  );
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setSystemDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  if (param === 'dark') return 'dark';
  if (param === 'auto') return systemDark ? 'dark' : 'light';
  return 'light';
}

/**
 * An embed page is written in one language (embed-ar.html in Arabic): with no `lang` in its
 * address — as an oEmbed iframe has none — the live embed keeps the page's language.
 */
export function withPageLanguage(search: string, pageLang: string): string {
  const params = new URLSearchParams(search);
  if (params.has('lang') || !isLanguage(pageLang)) return search;
  params.set('lang', pageLang);
  return `?${params}`;
}

/** The full app beside this page (embed.html, embed-ar.html or /?embed=1), with the same view. */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  // The embed shows its built-in graph, and so does the app it links to (no `graph=`).
  for (const key of EMBED_ONLY_PARAMS) url.searchParams.delete(key);
  url.hash = ''; // WordPress's `#?secret=…` names the iframe, not the view
  return url.toString();
}

export interface EmbedProps {
  graph: Graph;
  /** The view the page's address asks for (with the page's language: withPageLanguage). */
  search: string;
  /** Where "Explore" goes: the full app with the same view (fullAppUrl). */
  appUrl: string;
  /** The build-time picture of the graph (embed.html), shown until the canvas has drawn. */
  picture?: string | undefined;
  /**
   * The page's first paint, rendered before any code runs (src/publish/first-paint-html.tsx):
   * the picture, under this id, stands in the canvas's place, and nothing is interactive yet.
   */
  still?: string | undefined;
}

export function Embed({ graph, search, appUrl, picture, still }: EmbedProps) {
  return (
    <AppStoreProvider graph={graph} search={search}>
      <Localised>
        <HostBridge />
        <EmbedShell search={search} appUrl={appUrl} picture={picture} still={still} />
      </Localised>
    </AppStoreProvider>
  );
}

function EmbedShell({ search, appUrl, picture, still }: Omit<EmbedProps, 'graph'>) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const graph = useAppStore((s) => s.graph);
  const theme = useTheme(useMemo(() => readPageParams(search).theme, [search]));
  const source = graph.file.sources[0];
  const rootRef = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={rootRef}
      className="fl-app fl-embed"
      lang={lang}
      dir={isRtl(lang) ? 'rtl' : 'ltr'}
      data-theme={theme}
      data-testid="app"
    >
      <h1 className="fl-embed-title">{graph.file.title[lang]}</h1>
      <div className="fl-embed-main">
        <div className="fl-stage">
          {still && picture ? (
            <StillCanvas picture={picture} id={still} />
          ) : (
            <GraphCanvas
              mode="embed"
              theme={theme}
              picture={picture}
              tools={(canvas) => (
                <>
                  <CanvasToolbar canvas={canvas} />
                  <EmbedActivation canvas={canvas} />
                </>
              )}
            />
          )}
          <ul className="fl-embed-key" aria-label={t('legend.tension')}>
            {TENSION_LEVELS.map((level) => (
              <li key={level}>
                <LineSample tension={level} />
                {t(`tension.${tensionName(level)}`)}
              </li>
            ))}
          </ul>
          <details className="fl-embed-legend">
            <summary>{t('legend.heading')}</summary>
            <Legend />
          </details>
        </div>
        <aside className="fl-side fl-side-evidence">
          <EvidencePanel />
        </aside>
      </div>
      <footer className="fl-embed-footer">
        {source && <SourceCredit source={source} />}
        <a href={appUrl} target="_blank" rel="noopener">
          {t('embed.explore')}
        </a>
      </footer>
    </div>
  );
}

/** The full app, mounted over #root: React and everything it renders load in this chunk. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexGraph, type Graph } from '../model/graph.ts';
import type { Notice } from '../store/notices.ts';
import { markEmbeddable } from '../ui/embed-code.ts';
import { App } from './App.tsx';
import { appPictureId } from '../publish/first-paint.ts';
import { pageEditor, pageGraph, pageGraphs } from './page-data.ts';

/** `graph`: a loaded graph file's, or null for the page's own. */
export function mountApp(root: HTMLElement, graph: Graph | null, notices: Notice[]): void {
  const shown = graph ?? indexGraph(pageGraph());
  // The build-time picture the page painted first (the same App, rendered at build:
  // src/app/first-paint-markup.tsx), if it painted one:
  // the live canvas keeps it on screen until it has drawn the same graph in the same box.
  const first = document.documentElement.dataset.flFirst;
  const picture =
    !graph && (first === 'en' || first === 'ar')
      ? root.querySelector(`#${appPictureId(first)}`)?.innerHTML
      : undefined;
  // Only the graph this site ships can be embedded (the embed pages carry it, not another file).
  if (!graph) markEmbeddable(shown);
  createRoot(root).render(
    <StrictMode>
      <App
        graph={shown}
        search={location.search}
        graphs={pageGraphs()}
        editor={pageEditor()}
        notices={notices}
        picture={picture}
      />
    </StrictMode>,
  );
}

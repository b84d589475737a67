/** The full app, mounted over #root: React and everything it renders load in this chunk. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexGraph, type Graph } from '../model/graph.ts';
import type { Notice } from '../store/url.ts';
import { App } from './App.tsx';
import { pageGraph, pageGraphs } from './page-data.ts';

/** `graph`: a loaded graph file's, or null for the page's own. */
export function mountApp(root: HTMLElement, graph: Graph | null, notices: Notice[]): void {
  createRoot(root).render(
    <StrictMode>
      <App graph={graph ?? indexGraph(pageGraph())} graphs={pageGraphs()} notices={notices} />
    </StrictMode>,
  );
}

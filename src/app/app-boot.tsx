/** The full app, mounted over #root: React and everything it renders load in this chunk. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import defaultGraph from 'virtual:faultlines-graph/crocus-2024';
import { indexGraph, type Graph } from '../model/graph.ts';
import type { Notice } from '../store/url.ts';
import { App } from './App.tsx';

/** `graph`: a loaded graph file's, or null for the shipped default. */
export function mountApp(root: HTMLElement, graph: Graph | null, notices: Notice[]): void {
  createRoot(root).render(
    <StrictMode>
      <App graph={graph ?? indexGraph(defaultGraph)} notices={notices} />
    </StrictMode>,
  );
}

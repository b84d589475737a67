import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import defaultGraph from 'virtual:faultlines-graph/crocus-2024';
import { indexGraph } from '../model/graph.ts';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The shipped graph was validated when it was bundled (vite.config.ts), so the reader's browser
// skips the validator and its schema library; files from elsewhere go through parseGraph.
createRoot(root).render(
  <StrictMode>
    <App graph={indexGraph(defaultGraph)} />
  </StrictMode>,
);

/** edit.html's entry: the editor, a page of its own (the reader's app loads none of it). */
import './page-styles.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from '../edit/EditorApp.tsx';
import { EditorCanvas } from './EditorCanvas.tsx';

/**
 * The pages' writers, their first paint, the zip and the kit: loaded when the author publishes.
 * The dev server (npm start) has no built pages to publish from: there the panel says where to go.
 */
const publisher = import.meta.env.DEV ? undefined : () => import('./publish-entry.ts');

const root = document.getElementById('root');
if (!root) throw new Error('edit.html has no #root');
createRoot(root).render(
  <StrictMode>
    <EditorApp search={location.search} canvas={() => <EditorCanvas />} publisher={publisher} />
  </StrictMode>,
);

/** The interactive embed, mounted over #root (and over the static picture embed.html shows). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexGraph } from '../model/graph.ts';
import { Embed } from './Embed.tsx';
import { pageGraph } from './page-data.ts';

export function mountEmbed(root: HTMLElement): void {
  // Our own build-time markup (src/publish/picture.ts), kept on screen until the canvas draws.
  const picture = root.querySelector('#fl-static-picture')?.innerHTML;
  createRoot(root).render(
    <StrictMode>
      <Embed graph={indexGraph(pageGraph())} picture={picture} />
    </StrictMode>,
  );
}

/** The interactive embed, mounted over #root (and over the static picture embed.html shows). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import defaultGraph from 'virtual:faultlines-graph/crocus-2024';
import { indexGraph } from '../model/graph.ts';
import { Embed } from './Embed.tsx';

export function mountEmbed(root: HTMLElement): void {
  // Our own build-time markup (scripts/lib/static-embed.ts), kept on screen until the canvas draws.
  const picture = root.querySelector('#fl-static-picture')?.innerHTML;
  createRoot(root).render(
    <StrictMode>
      <Embed graph={indexGraph(defaultGraph)} picture={picture} />
    </StrictMode>,
  );
}
